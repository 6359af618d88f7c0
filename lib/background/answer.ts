/**
 * Pure request handlers of the background: build each answer from the dataset, the content provider and the
 * user's settings. `entrypoints/background.ts` only wires the message listener to these.
 */
import { checkClaim } from '../claim/check-claim';
import type { ClaimLine } from '../claim/types';
import { findingsForCode } from '../claim/summary';
import { type ClaimContext, codeVerdict } from '../claim/verdict';
import type { Dataset, MueSetting, PtpEdit, SourceRef, TableId } from '../dataset/types';
import { codeReport, type ContentProvider } from '../lookup/code-report';
import { parseLocalityId } from '../payment/locality-id';
import { explainAdjustment } from '../denials/page-explain';
import { todayIso } from '../dataset/dates';
import { modifierOnClaim } from '../modifiers/modifier-on-claim';
import type {
  AnswerRequest,
  AnswerTo,
  CheckClaimResponse,
  CodeDetails,
  CodeDetailsResponse,
  ExplainAdjustmentResponse,
  ExplainModifierResponse,
  SearchTablesResponse,
  WarmupResponse,
} from '../messages';
import type { MergedDataset } from '../data-update/merge';
import type { Settings } from '../settings/types';
import { withUserImports, type UserImports } from './imported-content';

/** What the handlers read; each getter may load lazily (the service worker starts empty). */
export interface AnswerContext {
  dataset(): Promise<Dataset>;
  settings(): Promise<Settings>;
  /** Content (summaries, categories, payer notes) for the given settings and dataset. */
  content(settings: Settings, dataset: Dataset): ContentProvider | undefined;
  /** The user's imported descriptors and organisation notes (optional: none when absent). */
  imports?(): Promise<UserImports>;
  /** The artifacts the dataset was built from and the imports in use (optional: the popup then searches the bundle). */
  merged?(): Promise<MergedDataset>;
}

/** The codes and HCPCS tables in use when imports changed them; null while the bundled files are in use. */
async function searchTables(ctx: AnswerContext): Promise<SearchTablesResponse> {
  const m = await ctx.merged?.();
  if (!m || m.used.length === 0) return { ok: true, tables: null };
  const { meta, codes, hcpcs } = m.artifacts;
  return { ok: true, tables: { meta, codes: codes.rows, hcpcs: hcpcs.rows } };
}

/** PTP edits between `code` and each other page code, each pair once, column 1 order as CMS lists it. */
export function pagePairs(ds: Dataset, code: string, pageCodes: readonly string[]): PtpEdit[] {
  const out: PtpEdit[] = [];
  for (const other of new Set(pageCodes)) {
    if (other === code) continue;
    const edit = ds.ptpPair(code, other);
    if (edit) out.push(edit);
  }
  return out;
}

/**
 * The CMS tables a claim check in `setting` reads (the UI names them with their as-of dates): the setting's own
 * PTP table only when there is one (outpatient hospital edits come only from an import, lib/data-update/).
 */
export function checkedTables(ds: Dataset, setting: MueSetting): SourceRef[] {
  const ptp = ds.ptpFor(setting)?.source;
  const rest: TableId[] = setting === 'practitioner' ? ['muePractitioner', 'pfs'] : ['mueOutpatientHospital'];
  return [ds.source('aoc'), ...(ptp ? [ptp] : []), ...rest.map((t) => ds.source(t))];
}

/** Builds {@link CodeDetails} for one code. */
export function codeDetails(
  ds: Dataset,
  settings: Settings,
  content: ContentProvider | undefined,
  req: { code: string; pageCodes: string[]; lines?: ClaimLine[]; claim?: ClaimContext },
): CodeDetails {
  const payers = [...settings.payers.selected];
  const at = settings.payers.pfsLocality ? parseLocalityId(settings.payers.pfsLocality) : null;
  const report = codeReport(ds, req.code, { payers, content, locality: at });
  const findings =
    req.lines && req.lines.length > 0 ? findingsForCode(checkClaim(req.lines, ds).findings, req.code) : null;
  const column1Indicators = { noModifier: 0, modifierAllowed: 0, notApplicable: 0 };
  for (const e of ds.ptpColumn2Of(req.code)) {
    if (e.modifierIndicator === 0) column1Indicators.noModifier++;
    else if (e.modifierIndicator === 1) column1Indicators.modifierAllowed++;
    else column1Indicators.notApplicable++;
  }
  const pairs = pagePairs(ds, req.code, req.pageCodes);
  return {
    report,
    pagePairs: pairs,
    column1Indicators,
    findings,
    verdict: codeVerdict(ds, req.code, req.claim, { pagePairs: pairs }),
    payers,
    datasetVersion: ds.meta.datasetVersion,
  };
}

const DATA_ERROR = {
  ok: false,
  error: 'ClaimLens could not read its bundled data. Reload the extension and try again.',
} as const satisfies { ok: false; error: string };

/** Answers a validated request. Never rejects: failures become `{ ok: false, error }` with a plain message. */
export async function answer<R extends AnswerRequest>(req: R, ctx: AnswerContext): Promise<AnswerTo<R>> {
  // TypeScript cannot narrow a generic return type through the switch in answerOf; the protocol map ties
  // each request type to its answer there.
  return (await answerOf(req, ctx).catch(() => DATA_ERROR)) as AnswerTo<R>;
}

async function answerOf(
  req: AnswerRequest,
  ctx: AnswerContext,
): Promise<
  | WarmupResponse
  | SearchTablesResponse
  | ExplainAdjustmentResponse
  | ExplainModifierResponse
  | CheckClaimResponse
  | CodeDetailsResponse
> {
  if (req.type === 'csToBg:warmup') {
    await ctx.dataset();
    return { ok: true } satisfies WarmupResponse;
  }
  if (req.type === 'popupToBg:searchTables') return searchTables(ctx);
  if (req.type === 'csToBg:explainAdjustment') {
    const view = explainAdjustment(await ctx.dataset(), req);
    return { ok: true, view } satisfies ExplainAdjustmentResponse;
  }
  if (req.type === 'csToBg:explainModifier') {
    const view = modifierOnClaim(await ctx.dataset(), req, todayIso());
    return { ok: true, view } satisfies ExplainModifierResponse;
  }
  const [ds, settings, imports] = await Promise.all([ctx.dataset(), ctx.settings(), ctx.imports?.()]);
  if (req.type === 'csToBg:checkClaim') {
    const result = checkClaim(req.lines, ds, {
      ...(req.dateOfService ? { dateOfService: req.dateOfService } : {}),
      ...(req.setting ? { setting: req.setting } : {}),
    });
    return { ok: true, result, tables: checkedTables(ds, result.setting) } satisfies CheckClaimResponse;
  }
  const base = ctx.content(settings, ds);
  const content = imports ? withUserImports(base, imports, settings.payers.selected) : base;
  return { ok: true, details: codeDetails(ds, settings, content, req) } satisfies CodeDetailsResponse;
}
