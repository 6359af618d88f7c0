/** The chosen payers in the order their notes are shown (first one open), each with move up / move down. */
import { movePayer } from './payer-order';

export function PayerOrderList({
  selected,
  nameOf,
  locked,
  onReorder,
}: {
  selected: readonly string[];
  nameOf(id: string): string;
  /** Set by the organisation's policy: the buttons are shown but disabled. */
  locked: boolean;
  onReorder(selected: string[]): void;
}) {
  if (selected.length === 0) return null;
  return (
    <>
      <h3>Order</h3>
      <ol class="cl-payer-order">
        {selected.map((id, i) => (
          <li data-payer={id}>
            {nameOf(id)}{' '}
            <button
              type="button"
              aria-label={`Move ${nameOf(id)} up`}
              disabled={locked || i === 0}
              onClick={() => onReorder(movePayer(selected, id, -1))}
            >
              ↑
            </button>{' '}
            <button
              type="button"
              aria-label={`Move ${nameOf(id)} down`}
              disabled={locked || i === selected.length - 1}
              onClick={() => onReorder(movePayer(selected, id, 1))}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
