/** About the data: every table's CMS release and as-of date (never wrapped), rows, age, the licensing statement. */
import type { DatasetMeta } from '../../lib/dataset/types';
import { ageInDays, describeAge, tablesOf } from '../data-age';

export function AboutData({ meta, today }: { meta: DatasetMeta; today: Date }) {
  return (
    <section aria-labelledby="about-h" id="about">
      <h2 id="about-h">About the data</h2>
      <p>
        Data version <code>{meta.datasetVersion}</code>. Every fact in the popover names its table and as-of date.
      </p>
      <table class="cl-tables">
        <thead>
          <tr>
            <th>Table</th>
            <th>CMS release</th>
            <th>As of</th>
            <th>Age</th>
            <th>Rows</th>
          </tr>
        </thead>
        <tbody>
          {tablesOf(meta).map((t) => (
            <tr data-table={t.id}>
              <td>{t.title}</td>
              <td data-imported={t.importedOn ? 'true' : undefined}>
                {t.importedOn ? `CMS release ${t.release}, imported by you on ${t.importedOn}` : t.release}
              </td>
              <td class="cl-nowrap">{t.asOf}</td>
              <td class="cl-nowrap">{describeAge(ageInDays(t.asOf, today))}</td>
              <td>{t.rows.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Licensing</h3>
      <p>
        ClaimLens bundles public CMS data only: codes, NCCI edits, MUEs, fee-schedule and OPPS indicators, and HCPCS
        Level II text (public domain). CPT® descriptors are copyrighted by the American Medical Association and are not
        bundled; the short summaries shown for some CPT codes are ClaimLens’s own plain-language wording and are
        labelled as such. If your organisation licenses CPT descriptors, import them below: they stay in this browser
        and are labelled as imported. Payer notes are summaries with their source and the date they were checked; always
        confirm with the payer.
      </p>
      <h3>Taking newer CMS releases</h3>
      <p>
        Use <a href="#data-update">Update data from CMS files</a> above with the files you download from CMS: the tables
        get their new release and as-of dates here and in every popover, marked as imported by you.
      </p>
    </section>
  );
}
