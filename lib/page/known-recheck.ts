/**
 * Which codes count changed while a page is open: the user imported CMS tables or reverted them (the known-code
 * set's difference, entrypoints/content/known-codes.ts), or switched a code system off or on in the options.
 * The store must then lose the codes that no longer count and gain the ones that now do, without a reload.
 */
import type { Recogniser } from '../detect/recognisers';
import type { MatchStore } from './match-store';
import type { MatchChange } from './scan-stats';
import { StoreWriter } from './store-writer';

/**
 * Forgets the codes of every text in `store` that `codes` (judging by the new set) no longer holds, tells
 * `onChange`, then awaits `rescan`, which reads the whole page again with placement `search`: a stored text
 * is read again too, so a code that stopped counting beside one that still counts goes, and a code that now
 * counts is found where it stands.
 */
export async function recheckKnown(
  store: MatchStore,
  codes: Recogniser,
  onChange: (change: MatchChange) => void,
  rescan: () => Promise<unknown>,
): Promise<void> {
  const writer = new StoreWriter(store);
  const change: MatchChange = { added: [], removed: [], settled: false };
  // Collected first: forgetting nodes may compact the store's order under an index loop.
  const stale: Text[] = [];
  for (let i = 0; i < store.orderLength; i++) {
    const t = store.nodeAt(i);
    if (t && !codes.mayHold(t.data)) stale.push(t);
  }
  for (const t of stale) writer.write(t, [], change, 0);
  if (change.removed.length) onChange(change);
  await rescan();
}
