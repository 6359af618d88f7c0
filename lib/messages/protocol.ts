/**
 * The message protocol between ClaimLens contexts, as two maps from message type to request and answer:
 * {@link BackgroundProtocol} (content script, popup and options page to the background) and
 * {@link ContentProtocol} (background to the content script). Types are named by direction (`csToBg:*`,
 * `popupToBg:*`, `uiToBg:*`, `bgToCs:*`). Every answer type is derived from these maps ({@link AnswerTo}), so
 * a caller cannot pick its own. Receivers check the sender and validate every payload (validate.ts, listen.ts).
 * Messages carry codes, modifiers and units only — never page text (ground rule 1).
 */
import type { CheckResult, ClaimLine, Finding } from '../claim/types';
import type { ClaimContext, Verdict } from '../claim/verdict';
import type { CodesRow, HcpcsFileRow } from '../dataset/artifacts';
import type { DatasetMeta, MueSetting, PtpEdit, SourceRef } from '../dataset/types';
import type { AdjustmentView } from '../denials/view';
import type { CodeReport } from '../lookup/code-report';
import type { ModifierView } from '../modifiers/modifier-on-claim';
import type { ScanStats } from '../page/page-scanner';
import type { EnableSitesRequest, ListSitesRequest, RemoveSiteRequest, RunOnceRequest, SitesResponse } from './sites';

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
  /** Which claim the lines are (the panel's choice); absent: practitioner. */
  setting?: MueSetting;
}

/** Start loading the dataset now (sent once a page shows its first code, so the first hover is fast). */
export interface WarmupRequest {
  type: 'csToBg:warmup';
}

/**
 * Inject the in-page UI script into the sender's own frame (the content script's first popover, panel or
 * check): lib/background/ui-script.ts. Carries nothing; the frame is the sender's.
 */
export interface LoadUiRequest {
  type: 'csToBg:loadUi';
}

/** Answer to {@link LoadUiRequest}: ok once the script has run in the frame. */
export type LoadUiResponse = { ok: true } | { ok: false; error: string };

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

/** Scan and mark counters a content script reports (counts and times only, never page text). */
export type ScanReport = ScanStats & {
  startedAt: number;
  matches: number;
  ranges: number;
  markUpdates: number;
  markBandChanges: number;
  longestMarkUpdateMs: number;
  /** Time the keyboard panel last took to open, and the claim check to find its region (bench). */
  panelOpenMs?: number;
  checkRegionMs?: number;
  /** Time the in-page UI script took to load on first need (injection round trip), in ms (bench). */
  uiLoadMs?: number;
};

/** The popup asks for the search tables of the dataset in use (it reads the bundled ones itself). */
export interface SearchTablesRequest {
  type: 'popupToBg:searchTables';
}

/** The codes and HCPCS tables the background answers from, and their provenance. */
export interface SearchTables {
  meta: DatasetMeta;
  codes: Record<string, CodesRow>;
  hcpcs: Record<string, HcpcsFileRow>;
}

/** Answer to {@link SearchTablesRequest}: `tables` null while the bundled tables are in use. */
export type SearchTablesResponse = { ok: true; tables: SearchTables | null } | { ok: false; error: string };

/** Every request the background answers, by type, with its answer. */
export interface BackgroundProtocol {
  'csToBg:warmup': { request: WarmupRequest; answer: WarmupResponse };
  'csToBg:codeDetails': { request: CodeDetailsRequest & { type: 'csToBg:codeDetails' }; answer: CodeDetailsResponse };
  'popupToBg:codeDetails': {
    request: CodeDetailsRequest & { type: 'popupToBg:codeDetails' };
    answer: CodeDetailsResponse;
  };
  'popupToBg:searchTables': { request: SearchTablesRequest; answer: SearchTablesResponse };
  'csToBg:checkClaim': { request: CheckClaimRequest; answer: CheckClaimResponse };
  'csToBg:explainAdjustment': { request: ExplainAdjustmentRequest; answer: ExplainAdjustmentResponse };
  'csToBg:explainModifier': { request: ExplainModifierRequest; answer: ExplainModifierResponse };
  'csToBg:loadUi': { request: LoadUiRequest; answer: LoadUiResponse };
  'uiToBg:enableSites': { request: EnableSitesRequest; answer: SitesResponse };
  'uiToBg:removeSite': { request: RemoveSiteRequest; answer: SitesResponse };
  'uiToBg:listSites': { request: ListSitesRequest; answer: SitesResponse };
  'uiToBg:runOnce': { request: RunOnceRequest; answer: SitesResponse };
}

/** Every message the content script accepts, by type, with its answer (`undefined`: none). */
export interface ContentProtocol {
  'bgToCs:openPanel': { request: OpenPanelMessage; answer: undefined };
  'bgToCs:checkClaim': { request: CheckClaimMessage; answer: undefined };
  'bgToCs:scanStats': { request: ScanStatsMessage; answer: ScanReport };
}

/** Any request the background answers. */
export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];

/** Any message the content script accepts. */
export type ContentMessage = ContentProtocol[keyof ContentProtocol]['request'];

/** The answer to request `R`, from the protocol map. */
export type AnswerTo<R extends BackgroundRequest> = BackgroundProtocol[R['type']]['answer'];

/** The answer to content message `M`, from the protocol map. */
export type ContentAnswerTo<M extends ContentMessage> = ContentProtocol[M['type']]['answer'];
