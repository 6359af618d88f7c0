/**
 * The project's plain-language summaries, looked up by code. `data/content/summaries.json` holds what every
 * summary shares (label, date written, family names); `data/content/summaries/*.json` hold the summaries,
 * written as groups of neighbouring codes (docs/content.md). JSON is imported statically so Vite (extension)
 * and tsx/vitest (Node) both bundle it; only the background and the popup import this module, never the
 * content script (docs/performance.md).
 */
import indexJson from '../../data/content/summaries.json';
import anesthesia from '../../data/content/summaries/anesthesia.json';
import behavioralHealth from '../../data/content/summaries/behavioral-health.json';
import careManagement from '../../data/content/summaries/care-management.json';
import digestive from '../../data/content/summaries/digestive.json';
import drugsSupplies from '../../data/content/summaries/drugs-supplies.json';
import eye from '../../data/content/summaries/eye.json';
import imagingCardiology from '../../data/content/summaries/imaging-cardiology.json';
import injectionsInfusions from '../../data/content/summaries/injections-infusions.json';
import lab from '../../data/content/summaries/lab.json';
import musculoskeletal from '../../data/content/summaries/musculoskeletal.json';
import painSpine from '../../data/content/summaries/pain-spine.json';
import preventive from '../../data/content/summaries/preventive.json';
import skinWound from '../../data/content/summaries/skin-wound.json';
import therapy from '../../data/content/summaries/therapy.json';
import vaccines from '../../data/content/summaries/vaccines.json';
import visits from '../../data/content/summaries/visits.json';
import type { CodeSummary, SummariesFile, SummariesIndexFile, SummaryGroup, SummaryGroupFile } from './types';

/** The summary files, by name (for validation messages and the count script). */
export const SUMMARY_FILES: Readonly<Record<string, SummaryGroupFile>> = Object.fromEntries(
  Object.entries({
    anesthesia,
    'behavioral-health': behavioralHealth,
    'care-management': careManagement,
    digestive,
    'drugs-supplies': drugsSupplies,
    eye,
    'imaging-cardiology': imagingCardiology,
    'injections-infusions': injectionsInfusions,
    lab,
    musculoskeletal,
    'pain-spine': painSpine,
    preventive,
    'skin-wound': skinWound,
    therapy,
    vaccines,
    visits,
  }).map(([name, file]) => [name, file as unknown as SummaryGroupFile]),
);

/** One code's record: the group's shared fields, then the code's own entry over them. */
export function expandGroup(group: SummaryGroup): CodeSummary[] {
  const { codes, note: groupNote, ...shared } = group;
  return codes.map(({ note, ...own }) => {
    // The code's own remark first: it is the more specific one.
    const notes = [note, groupNote].filter(Boolean).join(' ');
    const related = codes.map((c) => c.code).filter((c) => c !== own.code);
    return {
      ...shared,
      ...own,
      kind: 'plain-language-summary',
      ...(notes ? { note: notes } : {}),
      ...(related.length ? { related } : {}),
    };
  });
}

const index = indexJson as unknown as SummariesIndexFile;

/** The bundled summaries: the shared index plus every record, expanded per code. */
export const SUMMARIES: SummariesFile = {
  ...index,
  records: Object.values(SUMMARY_FILES).flatMap((f) => f.groups.flatMap(expandGroup)),
};

const byCode = new Map<string, CodeSummary>(SUMMARIES.records.map((r) => [r.code, r]));

/** The plain-language summary for a code, or undefined when the project has not written one. */
export function summaryOf(code: string): CodeSummary | undefined {
  return byCode.get(code);
}

/** Every summarised code, sorted. */
export function summarisedCodes(): string[] {
  return [...byCode.keys()].sort();
}

/** Words in a summary, counted the way the 8–25 word rule counts them. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
