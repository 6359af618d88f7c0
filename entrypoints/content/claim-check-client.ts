/**
 * "Check this claim" in the content script: picks the region (the page selection if it holds codes, else
 * the table row group of the code pointed at, else the whole page), reads its claim lines from the match
 * store, asks the background to check them, and remembers which matches were checked so a code's popover
 * can ask for the findings that involve it. Only codes, modifiers and units leave the page.
 */
import { askBackground, PAGE_ASK_ERRORS } from '../../components/extension/ask-background';
import type { ClaimCheckState, ClaimScope } from '../../components/ClaimCheck';
import type { ClaimLine } from '../../lib/claim/types';
import type { MueSetting } from '../../lib/dataset/types';
import type { ClaimContext } from '../../lib/claim/verdict';
import { claimLinesFrom, type LineRecheck, rowGroupOf, rowOf } from '../../lib/page/claim-lines';
import { claimInGroup, matchesInSelection } from '../../lib/page/claim-region';
import { type MatchStore, type PageMatch, sameMatch } from '../../lib/page/match-store';
import { serviceDateOf } from '../../lib/page/service-date';

/** The selection's ranges (none when nothing or only a caret is selected). */
function selectionRanges(doc: Document): Range[] {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed) return [];
  const out: Range[] = [];
  for (let i = 0; i < sel.rangeCount; i++) out.push(sel.getRangeAt(i));
  return out;
}

export class ClaimCheckClient {
  /** The last check, shown in the panel until closed or replaced. */
  state: ClaimCheckState | null = null;
  private checked: PageMatch[] = [];
  private lines: ClaimLine[] = [];
  private dateOfService: string | null = null;
  /** Which claim the lines are checked as (README "Updating the data": outpatient hospital PTP edits). */
  setting: MueSetting = 'practitioner';
  private run = 0;
  private readonly answered: (() => void)[] = [];

  constructor(
    private readonly doc: Document,
    private readonly store: MatchStore,
    private readonly onChange: () => void,
    /** A fresh computed-style re-read per check (hidden text never counts; see lib/page/line-recheck.ts). */
    private readonly recheck?: () => LineRecheck,
  ) {}

  /** Time the last check took to choose its region and read its lines, in ms (a count for the bench). */
  lastRegionMs: number | undefined;

  /** Runs a check; `pointed` is the code the user points at (open popover, or the panel's selected code). */
  check(pointed: PageMatch | undefined): void {
    const t0 = performance.now();
    let scope: ClaimScope = { kind: 'page' };
    let region: Iterable<PageMatch> = matchesInSelection(this.store, selectionRanges(this.doc));
    if ((region as PageMatch[]).length > 0) scope = { kind: 'selection' };
    else {
      const group = pointed && rowGroupOf(pointed);
      if (group && pointed) {
        scope = { kind: 'rowGroup', code: pointed.code };
        region = claimInGroup(this.store, group, pointed);
      } else region = this.store.all();
    }
    const read = claimLinesFrom(region, undefined, this.recheck?.(), true);
    this.lastRegionMs = performance.now() - t0;
    const lines = read.lines.map((l) => l.line);
    const id = ++this.run;
    this.checked = read.lines.map((l) => l.match);
    this.lines = lines;
    const state: ClaimCheckState = { scope, lines, skipped: read.skipped, answer: { kind: 'loading' } };
    this.state = state;
    if (lines.length === 0) {
      state.answer = {
        kind: 'error',
        message: 'No claim lines to check here: no billable codes were found in this part of the page.',
      };
      this.onChange();
      return;
    }
    this.onChange();
    // The rows' date-of-service column, when the page has one: edits and terminations are judged on it.
    this.dateOfService = serviceDateOf(read.lines.map((l) => rowOf(l.match)));
    this.ask(state, id);
  }

  /**
   * Checks the same lines again as a claim of `setting` (the panel's choice; kept for later checks on this
   * page): the outpatient hospital check uses its own PTP table, or says PTP edits were not checked.
   */
  checkAs(setting: MueSetting): void {
    this.setting = setting;
    const last = this.state;
    if (!last || this.lines.length === 0) return;
    const state: ClaimCheckState = { ...last, answer: { kind: 'loading' } };
    this.state = state;
    this.onChange();
    this.ask(state, ++this.run);
  }

  private ask(state: ClaimCheckState, id: number): void {
    const { lines, dateOfService, setting } = this;
    const req = { type: 'csToBg:checkClaim', lines, setting, ...(dateOfService ? { dateOfService } : {}) } as const;
    void askBackground(req, PAGE_ASK_ERRORS).then((res) => {
      if (id !== this.run) return;
      state.answer = res.ok
        ? { kind: 'ready', result: res.result, tables: res.tables ?? [] }
        : { kind: 'error', message: res.error };
      this.onChange();
      if (res.ok) for (const fn of this.answered) fn();
    });
  }

  /** Called after each check's answer is in (an open popover then asks again, with the checked lines). */
  onAnswer(fn: () => void): void {
    this.answered.push(fn);
  }

  /** The checked claim's lines when `m` is one of them (its popover then shows the findings involving it). */
  linesFor(m: PageMatch): ClaimLine[] | undefined {
    // The popover's findings come from a practitioner check (lib/background/answer.ts, codeDetails): after an
    // outpatient hospital check they would contradict the panel, so the popover then lists none.
    if (this.setting !== 'practitioner') return undefined;
    return this.state?.answer.kind === 'ready' && this.checked.some((c) => sameMatch(c, m)) ? this.lines : undefined;
  }

  /**
   * The billed lines of `m`'s claim, read as a check from `m` would read them (its row group, hidden text
   * and mentions left out), with `m`'s own line and the rows' date of service: the verdict strip's claim.
   * Undefined for a code outside any table, or a region without billed lines.
   */
  claimOf(m: PageMatch): ClaimContext | undefined {
    const group = rowGroupOf(m);
    if (!group) return undefined;
    const read = claimLinesFrom(claimInGroup(this.store, group, m), undefined, this.recheck?.(), true);
    if (read.lines.length === 0) return undefined;
    const index = read.lines.findIndex((l) => sameMatch(l.match, m));
    const dateOfService = serviceDateOf(read.lines.map((l) => rowOf(l.match)));
    return {
      lines: read.lines.map((l) => l.line),
      ...(index >= 0 ? { index } : {}),
      ...(dateOfService ? { dateOfService } : {}),
    };
  }

  /** Forgets the check (the panel's × on the claim section). */
  close(): void {
    this.run++;
    this.state = null;
    this.checked = [];
    this.lines = [];
    this.onChange();
  }
}
