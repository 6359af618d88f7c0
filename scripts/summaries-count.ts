/**
 * Prints how many distinct CPT/HCPCS codes `claimlens lookup` returns a ClaimLens plain-language summary for,
 * each with a dated public source, per family: `npm run --silent summaries:count [-- --min 600]`.
 * Exit code 1 when fewer than `--min` codes are covered or a summarised code comes back without one.
 */
import { parseArgs } from 'node:util';
import { SUMMARIES, summarisedCodes } from '../lib/editorial/summaries';
import { loadDataset } from './node/load-dataset';
import { contentProvider } from './node/content-provider';
import { summaryCoverage } from './node/summary-coverage';

const { values } = parseArgs({ options: { min: { type: 'string', default: '600' } } });
const min = Number(values.min);
if (!Number.isInteger(min) || min < 0) {
  process.stderr.write('summaries-count: --min takes a whole number\n');
  process.exit(2);
}
const ds = loadDataset();
const cover = summaryCoverage(ds, await contentProvider(), summarisedCodes());
const rows = Object.entries(cover.byFamily).sort((a, b) => b[1] - a[1]);
const width = Math.max(...rows.map(([f]) => f.length));
for (const [family, n] of rows)
  process.stdout.write(`${family.padEnd(width)}  ${String(n).padStart(4)}  ${SUMMARIES.families[family] ?? ''}\n`);
process.stdout.write(
  `\n${cover.covered.length} distinct codes return a ClaimLens summary from lookup, each with a dated source` +
    ` (written ${SUMMARIES.writtenOn}; minimum ${min}).\n`,
);
if (cover.missing.length) process.stdout.write(`Without a summary or a dated source: ${cover.missing.join(', ')}\n`);
process.exit(cover.covered.length >= min && !cover.missing.length ? 0 : 1);
