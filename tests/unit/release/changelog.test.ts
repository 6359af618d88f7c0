import { describe, expect, it } from 'vitest';
import { changelogEntry, releaseProblems } from '../../../scripts/release/changelog';

const LOG = `# Changelog

Intro text.

## 0.3.0 — unreleased

Data: dataset \`2026-07-01.aaaa\`.

## 0.2.0 — 2026-12-10

Data: dataset \`2026-04-01.9970d80c2c\`.
- A change.

## 0.1.0

First.
`;

describe('changelogEntry', () => {
  it('finds a version entry with its heading label and body up to the next entry', () => {
    const entry = changelogEntry(LOG, '0.2.0');
    expect(entry?.label).toBe('2026-12-10');
    expect(entry?.body).toContain('2026-04-01.9970d80c2c');
    expect(entry?.body).not.toContain('First.');
    expect(changelogEntry(LOG, '0.3.0')?.label).toBe('unreleased');
    expect(changelogEntry(LOG, '0.1.0')?.label).toBe('');
  });

  it('does not take a version for a prefix of another (0.2 is not 0.2.0)', () => {
    expect(changelogEntry(LOG, '0.2')).toBeUndefined();
    expect(changelogEntry(LOG, '9.9.9')).toBeUndefined();
  });
});

describe('releaseProblems', () => {
  it('a dated entry naming the bundled dataset may be released', () => {
    expect(releaseProblems(LOG, '0.2.0', '2026-04-01.9970d80c2c', true)).toEqual({ errors: [], warnings: [] });
  });

  it('a missing entry is an error even outside a release', () => {
    expect(releaseProblems(LOG, '0.4.0', 'x', false).errors).toEqual([
      'CHANGELOG.md has no "## 0.4.0" entry: add one before packaging',
    ]);
  });

  it('an unreleased entry, or one naming another dataset, stops a release and only warns otherwise', () => {
    const strict = releaseProblems(LOG, '0.3.0', '2026-10-01.bbbb', true);
    expect(strict.errors).toEqual([
      'CHANGELOG.md\'s 0.3.0 entry is dated "unreleased", not YYYY-MM-DD',
      "CHANGELOG.md's 0.3.0 entry does not name the bundled dataset 2026-10-01.bbbb",
    ]);
    const lenient = releaseProblems(LOG, '0.3.0', '2026-10-01.bbbb', false);
    expect(lenient).toEqual({ errors: [], warnings: strict.errors });
  });
});
