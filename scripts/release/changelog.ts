/**
 * Reading CHANGELOG.md for a release: the entry of one version, and whether it may ship. Each entry's heading is
 * `## <version>` optionally followed by ` — <date>` or ` — unreleased`; its body names the bundled dataset
 * (data/meta.json's `datasetVersion`) and the tables' as-of dates.
 */

/** One version's entry. */
export interface ChangelogEntry {
  version: string;
  /** What follows the version on the heading line (a date, `unreleased`, or empty). */
  label: string;
  /** The entry's text up to the next `## ` heading. */
  body: string;
}

/** The entry for `version`, or `undefined` when CHANGELOG.md has none. */
export function changelogEntry(markdown: string, version: string): ChangelogEntry | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => {
    const m = /^## +(\S+)(.*)$/.exec(line);
    return m !== null && m[1] === version;
  });
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const label = lines[start]
    .replace(/^## +\S+/, '')
    .replace(/^\s*[—–-]\s*/, '')
    .trim();
  return { version, label, body: (end < 0 ? rest : rest.slice(0, end)).join('\n') };
}

/**
 * Why `version` may not be released. Always: it needs an entry. For a release (`strict`), the entry must carry a
 * date (not `unreleased`) and name the bundled `datasetVersion`, so the version notes say which data ships.
 */
export function releaseProblems(
  markdown: string,
  version: string,
  datasetVersion: string,
  strict: boolean,
): { errors: string[]; warnings: string[] } {
  const entry = changelogEntry(markdown, version);
  if (!entry) return { errors: [`CHANGELOG.md has no "## ${version}" entry: add one before packaging`], warnings: [] };
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.label))
    problems.push(`CHANGELOG.md's ${version} entry is dated "${entry.label || '(none)'}", not YYYY-MM-DD`);
  if (!entry.body.includes(datasetVersion))
    problems.push(`CHANGELOG.md's ${version} entry does not name the bundled dataset ${datasetVersion}`);
  return strict ? { errors: problems, warnings: [] } : { errors: [], warnings: problems };
}
