/**
 * Validators of every message a ClaimLens context receives (protocol.ts): each returns a clean copy, or
 * `undefined` for anything malformed or unknown, which then changes nothing. Payload validators: payloads.ts.
 */
import type { ClaimContext } from '../claim/verdict';
import { MAX_PAGE_CODES } from '../codes';
import { isIsoDate } from '../dataset/dates';
import { isCode, isObject, parseExplainAdjustment, parseExplainModifier, parseLines } from './payloads';
import type {
  BackgroundRequest,
  CheckClaimRequest,
  CodeDetailsRequest,
  ContentMessage,
  LoadUiRequest,
} from './protocol';

export { parseLines } from './payloads';
import { parseSitesRequest } from './sites';

function parseCodes(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_PAGE_CODES || !v.every(isCode)) return undefined;
  return [...new Set(v as string[])];
}

/** The requests answered from the dataset (details, claim check, warm-up): see lib/background/answer.ts. */
export type AnswerRequest = Exclude<BackgroundRequest, { type: `uiToBg:${string}` } | LoadUiRequest>;

/** Validates a request to the background; returns a clean copy, or undefined for anything malformed. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | undefined {
  return parseAnswerRequest(msg) ?? parseSitesRequest(msg) ?? parseLoadUi(msg);
}

/** Validates the content script's request for the UI script (lib/background/ui-script.ts answers it). */
export function parseLoadUi(msg: unknown): LoadUiRequest | undefined {
  return isObject(msg) && msg.type === 'csToBg:loadUi' ? { type: 'csToBg:loadUi' } : undefined;
}

/** Validates a request answered from the dataset (not a site request). */
export function parseAnswerRequest(msg: unknown): AnswerRequest | undefined {
  if (!isObject(msg)) return undefined;
  switch (msg.type) {
    case 'csToBg:codeDetails':
    case 'popupToBg:codeDetails': {
      if (!isCode(msg.code)) return undefined;
      const pageCodes = parseCodes(msg.pageCodes ?? []);
      if (!pageCodes) return undefined;
      const req: CodeDetailsRequest = { type: msg.type, code: msg.code, pageCodes };
      if (msg.lines !== undefined) {
        const lines = parseLines(msg.lines);
        if (!lines) return undefined;
        req.lines = lines;
      }
      if (msg.claim !== undefined) {
        const claim = parseClaimContext(msg.claim);
        if (!claim) return undefined;
        req.claim = claim;
      }
      return req;
    }
    case 'csToBg:warmup':
    case 'popupToBg:searchTables':
      return { type: msg.type };
    case 'csToBg:checkClaim':
      return parseCheckClaim(msg);
    case 'csToBg:explainAdjustment':
      return parseExplainAdjustment(msg);
    case 'csToBg:explainModifier':
      return parseExplainModifier(msg);
    default:
      return undefined;
  }
}

/** Validates a claim check: lines, and optionally a date of service and the claim's setting. */
function parseCheckClaim(msg: Record<string, unknown>): CheckClaimRequest | undefined {
  const lines = parseLines(msg.lines);
  if (!lines || lines.length === 0) return undefined;
  const req: CheckClaimRequest = { type: 'csToBg:checkClaim', lines };
  const { dateOfService: date, setting } = msg;
  if (date !== undefined) {
    if (typeof date !== 'string' || !isIsoDate(date)) return undefined;
    req.dateOfService = date;
  }
  if (setting !== undefined) {
    if (setting !== 'practitioner' && setting !== 'outpatientHospital') return undefined;
    req.setting = setting;
  }
  return req;
}

/** Validates a code's claim for the verdict strip: lines, the code's own line index, a date of service. */
function parseClaimContext(v: unknown): ClaimContext | undefined {
  if (!isObject(v)) return undefined;
  const lines = parseLines(v.lines);
  if (!lines || lines.length === 0) return undefined;
  const claim: ClaimContext = { lines };
  if (v.index !== undefined) {
    if (!Number.isInteger(v.index) || (v.index as number) < 0 || (v.index as number) >= lines.length) return undefined;
    claim.index = v.index as number;
  }
  if (v.dateOfService !== undefined) {
    if (typeof v.dateOfService !== 'string' || !isIsoDate(v.dateOfService)) return undefined;
    claim.dateOfService = v.dateOfService;
  }
  return claim;
}

/** Validates a message to the content script. */
export function parseContentMessage(msg: unknown): ContentMessage | undefined {
  if (!isObject(msg)) return undefined;
  if (msg.type === 'bgToCs:openPanel') return { type: 'bgToCs:openPanel' };
  if (msg.type === 'bgToCs:scanStats') return { type: 'bgToCs:scanStats' };
  if (msg.type === 'bgToCs:checkClaim') return { type: 'bgToCs:checkClaim' };
  return undefined;
}
