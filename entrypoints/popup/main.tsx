import { render } from 'preact';
import meta from '../../data/meta.json';
import '../../components/claimlens.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import type { DatasetMeta } from '../../lib/dataset/types';
import { browserPort } from '../../components/extension/browser-port';

const root = document.getElementById('claimlens-popup-root');
if (root) {
  void browserPort.readSettings().then((s) => document.documentElement.setAttribute('data-theme', s.preferences.theme));
  document.documentElement.setAttribute('data-theme', 'system');
  render(
    <PopupApp
      port={browserPort}
      meta={meta as unknown as DatasetMeta}
      initialCode={new URLSearchParams(location.search).get('code') ?? undefined}
      now={() => performance.now()}
      idle={(fn) =>
        typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 50)
      }
      close={() => window.close()}
    />,
    root,
  );
}
