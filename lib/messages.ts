/**
 * The one message protocol between ClaimLens contexts (content script, popup, background).
 *
 * Message types are named by direction (`csToBg:*`, `popupToBg:*`, `bgToCs:*`). Every receiver first checks
 * the sender (`sender.id === browser.runtime.id`: only our own contexts) and then runs the payload through
 * the validators here: a malformed or unknown message gets `undefined` back and changes nothing.
 * Messages carry codes, modifiers and units only — never page text (ground rule 1).
 */
import { isIsoDate } from './dataset/dates';
import type { CheckResult, ClaimLine, Finding } from './claim/types';
import type { PtpEdit, SourceRef } from './dataset/types';
import type { CodeReport } from './lookup/code-report';
import { MAX_PAGE_CODES } from './codes';
import type { AdjustmentView } from './denials/view';
import type { ClaimContext, Verdict } from './claim/verdict';
import type { ModifierView } from './modifiers/modifier-on-claim';
import { isCode, isObject, parseExplainAdjustment, parseExplainModifier, parseLines } from './message-payloads';

export { parseLines } from './message-payloads';

/** Ask for everything the details view shows about `code`. */
export interface CodeDetailsRequest {
  type: 'csToBg:codeDetails' | 'popupToBg:codeDetails';
  code: string;
  /** Other codes on the page: the answer lists the PTP edits between them and `code`. */
  pageCodes: string[];
  /** Claim lines around the code (the code's own claim), to run the claim check over; optional. */
  lines?: ClaimLine[];
  /** The billed lines of the code's claim on the page, for the verdict strip (codes, modifiers, units only). */
  claim?: ClaimContext;
}

/** Run the claim check over lines taken from the page. */
export interface CheckClaimRequest {
  type: 'csToBg:checkClaim';
  lines: ClaimLine[];
  /** The rows' date of service (ISO) when the page has a date column; absent: today. */
  dateOfService?: string;
}

/** Start loading the dataset now (sent once a page shows its first code, so the first hover is fast). */
export interface WarmupRequest {
  type: 'csToBg:warmup';
}

/** Explain an adjustment or remark code found on a page row; the row's claim lines find the likely cause. */
export interface ExplainAdjustmentRequest {
  type: 'csToBg:explainAdjustment';
  kind: 'carc' | 'rarc';
  code: string;
  group?: string;
  /** Remark codes on the same row. */
  remarks: string[];
  /** Claim lines of the row's table section (codes, modifiers, units only) and the row's own line. */
  lines?: ClaimLine[];
  lineIndex?: number;
}

/** Explain a modifier found on a page next to a code; the claim's lines say which PTP edits it bypasses. */
export interface ExplainModifierRequest {
  type: 'csToBg:explainModifier';
  modifier: string;
  /** Claim lines of the modifier's claim (codes, modifiers, units only) and the modifier's own line. */
  lines?: ClaimLine[];
  lineIndex?: number;
}

/** Any request the background answers. */
export type BackgroundRequest =
  | CodeDetailsRequest
  | CheckClaimRequest
  | WarmupRequest
  | ExplainAdjustmentRequest
  | ExplainModifierRequest;

/** Background to content script: open the keyboard panel (sent when the `open-panel` command fires). */
export interface OpenPanelMessage {
  type: 'bgToCs:openPanel';
}

/** Background (or a benchmark driving it) to content script: report scan counters (counts and times only). */
export interface ScanStatsMessage {
  type: 'bgToCs:scanStats';
}

/**
 * Background to content script: "Check this claim" (context menu on a selection). Carries nothing: the
 * content script reads the codes of the page's own selection itself, so no page text travels.
 */
export interface CheckClaimMessage {
  type: 'bgToCs:checkClaim';
}

/** Any message the content script accepts. */
export type ContentMessage = OpenPanelMessage | ScanStatsMessage | CheckClaimMessage;

/** Everything the details view (popover and popup) renders for one code. */
export interface CodeDetails {
  report: CodeReport;
  /** Active PTP edits between the code and other codes on the page (each pair once). */
  pagePairs: PtpEdit[];
  /** Modifier indicators of the active edits with this code in column 1 (the column 2 side has counts only). */
  column1Indicators: { noModifier: number; modifierAllowed: number; notApplicable: number };
  /** Claim-check findings that involve the code, or null when no claim lines were given. */
  findings: Finding[] | null;
  /** The verdict strip: how the code stands on its claim (lib/claim/verdict.ts). */
  verdict: Verdict;
  /** Payer ids whose notes were asked for, in the user's order (empty: none chosen). */
  payers: string[];
  /** Dataset version (derived from the newest table's as-of date). */
  datasetVersion: string;
}

/** Answer to {@link CodeDetailsRequest}. */
export type CodeDetailsResponse = { ok: true; details: CodeDetails } | { ok: false; error: string };
/** Answer to {@link CheckClaimRequest}; `tables` are the CMS tables the check read (for "tables as of …"). */
export type CheckClaimResponse = { ok: true; result: CheckResult; tables?: SourceRef[] } | { ok: false; error: string };

/** Answer to {@link WarmupRequest}. */
export type WarmupResponse = { ok: true } | { ok: false; error: string };

/** Answer to {@link ExplainAdjustmentRequest}. */
export type ExplainAdjustmentResponse = { ok: true; view: AdjustmentView } | { ok: false; error: string };

/** Answer to {@link ExplainModifierRequest}. */
export type ExplainModifierResponse = { ok: true; view: ModifierView } | { ok: false; error: string };

/** The response type of each request type. */
export interface ResponseOf {
  'csToBg:warmup': WarmupResponse;
  'csToBg:codeDetails': CodeDetailsResponse;
  'popupToBg:codeDetails': CodeDetailsResponse;
  'csToBg:checkClaim': CheckClaimResponse;
  'csToBg:explainAdjustment': ExplainAdjustmentResponse;
  'csToBg:explainModifier': ExplainModifierResponse;
}

function parseCodes(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_PAGE_CODES || !v.every(isCode)) return undefined;
  return [...new Set(v as string[])];
}

/** Validates a request to the background; returns a clean copy, or undefined for anything malformed. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | undefined {
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
      return { type: msg.type };
    case 'csToBg:checkClaim': {
      const lines = parseLines(msg.lines);
      if (!lines || lines.length === 0) return undefined;
      if (msg.dateOfService === undefined) return { type: msg.type, lines };
      return typeof msg.dateOfService === 'string' && isIsoDate(msg.dateOfService)
        ? { type: msg.type, lines, dateOfService: msg.dateOfService }
        : undefined;
    }
    case 'csToBg:explainAdjustment':
      return parseExplainAdjustment(msg);
    case 'csToBg:explainModifier':
      return parseExplainModifier(msg);
    default:
      return undefined;
  }
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

/** True when a message comes from one of this extension's own contexts. */
export function isOwnSender(sender: { id?: string } | undefined, runtimeId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === runtimeId;
}
