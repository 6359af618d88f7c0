import { render } from 'preact';
import meta from '../../data/meta.json';
import '../../components/claimlens.css';
import '../../components/popup/popup.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { DatasetMeta } from '../../lib/dataset/types';
import { browserPort } from '../../components/extension/browser-port';
import { dataUpdatePort } from './data-update-port';

const root = document.getElementById('claimlens-options-root');
if (root) {
  const start = performance.now();
  document.documentElement.setAttribute('data-theme', 'system');
  render(
    <OptionsApp
      port={browserPort}
      dataUpdate={dataUpdatePort}
      meta={meta as unknown as DatasetMeta}
      today={new Date()}
      onTheme={(t) => document.documentElement.setAttribute('data-theme', t)}
    />,
    root,
  );
  // Render time for the report (a number only); read by the e2e.
  requestAnimationFrame(() => root.setAttribute('data-render-ms', (performance.now() - start).toFixed(1)));
}
