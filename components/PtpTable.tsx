/**
 * The bundling table of the details view: one row per NCCI PTP edit with another code of the page or the
 * claim (partner · the code's column · modifier allowed? · on this claim? · modifier present?). The meaning
 * of the columns and each edit's reason are explained once, behind "?". Advice fits the code: an E&M code
 * is answered with modifier 25 (or 57), never with a distinct-service modifier.
 */
import { isEmCode } from '../lib/claim/modifiers';
import type { PtpRow } from '../lib/claim/ptp-rows';

function allowed(code: string, r: PtpRow): string {
  if (r.modifierIndicator === 0) return '✖ no';
  if (r.modifierIndicator === 9) return 'edit not in effect';
  return isEmCode(code) || isEmCode(r.partner) ? 'yes: 25 on the E&M' : 'yes, if distinct';
}

/** E&M modifiers: on an E&M pair only these are the answer (the strip says the same, lib/claim/ptp-chips.ts). */
const EM_MODIFIERS = new Set(['24', '25', '57', '27']);

function present(code: string, r: PtpRow, claim: boolean): string {
  if (!claim || r.onClaim.length === 0) return '—';
  const em = isEmCode(code) || isEmCode(r.partner);
  const bypass = em ? r.bypassedBy.filter((m) => EM_MODIFIERS.has(m)) : r.bypassedBy;
  if (bypass.length) return `${bypass.join(', ')} ✓`;
  if (em && r.bypassedBy.length) return 'none on the E&M';
  if (r.rejected.length) return `${r.rejected.join(', ')} (does not bypass)`;
  return 'none';
}

function Why({ code, rows }: { code: string; rows: PtpRow[] }) {
  const em = isEmCode(code) || rows.some((r) => isEmCode(r.partner));
  return (
    <details class="cl-why">
      <summary aria-label="What the table means">?</summary>
      <p>
        In each edit the column 2 code is denied when both are billed for the same patient, provider and date. “Modifier
        allowed” means a modifier can let both be paid, only when the services were truly distinct (another session,
        site or encounter) and the record shows it; “no” means no modifier can.
      </p>
      {em && (
        <p>
          For an E&amp;M code the answer is modifier 25 on the E&amp;M (a significant, separately identifiable visit; 57
          when it is the visit that decided major surgery). Distinct-service modifiers do not belong on an E&amp;M code.
        </p>
      )}
      <ul>
        {rows.map((r) => (
          <li>
            {r.partner}: {r.rationale}.
          </li>
        ))}
      </ul>
    </details>
  );
}

export function PtpTable({ code, rows, claim }: { code: string; rows: PtpRow[]; claim: boolean }) {
  return (
    <>
      <table class="cl-ptp-table" aria-label="PTP edits with other codes on this page or claim">
        <thead>
          <tr>
            <th>With</th>
            <th>Its column</th>
            <th>Modifier allowed?</th>
            <th>On this claim</th>
            <th>Modifier present</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-partner={r.partner} title={r.rationale}>
              <td>
                <strong>{r.partner}</strong>
              </td>
              <td>{r.column === 2 ? '2 (denied)' : '1'}</td>
              <td>{allowed(code, r)}</td>
              <td>{!claim ? '—' : r.onClaim.length ? `line ${r.onClaim.join(', ')}` : 'no (page only)'}</td>
              <td>{present(code, r, claim)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Why code={code} rows={rows} />
    </>
  );
}
