// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initHighlight } from '../../../entrypoints/content/features/highlight';
import type { LiveSettings } from '../../../entrypoints/content/live-settings';
import type { Settings } from '../../../lib/settings/types';
import { surroundings } from './harness';

/** Settings the test changes, as the options page does while a page is open. */
function changingSettings(start: Settings) {
  const listeners: ((s: Settings) => void)[] = [];
  let current = start;
  const settings: LiveSettings = {
    get current() {
      return current;
    },
    onChange: (fn) => void listeners.push(fn),
    ready: Promise.resolve(),
  };
  const change = (next: Settings) => {
    current = next;
    for (const fn of listeners) fn(next);
  };
  return { settings, change };
}

/** Waits until `probe` holds (the recheck reads the page in slices after a settings change). */
async function until(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !probe(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(probe()).toBe(true);
}

describe('highlight: an open page follows which code systems count', () => {
  let retire: (() => void) | undefined;
  afterEach(() => retire?.());

  it('switching HCPCS off drops J1100 from the page, switching it on finds it again; CPT codes stay', async () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<p>Lines: 64633 and J1100</p>';
    const s = surroundings();
    retire = s.retire;
    const { settings, change } = changingSettings(s.settings.current);
    const withHcpcs = (on: boolean): Settings => ({
      ...settings.current,
      preferences: {
        ...settings.current.preferences,
        codeSystems: { ...settings.current.preferences.codeSystems, hcpcs: on },
      },
    });
    const highlight = initHighlight(s.page, settings, s.ui);
    const codes = () => [...highlight.store.all()].map((m) => m.code).sort();
    // The first read of the stored settings comes before the first scan and reads nothing again.
    change(withHcpcs(true));
    await highlight.start();
    expect(codes()).toEqual(['64633', 'J1100']);

    change(withHcpcs(false));
    await until(() => codes().length === 1);
    expect(codes()).toEqual(['64633']);

    change(withHcpcs(true));
    await until(() => codes().length === 2);
    expect(codes()).toEqual(['64633', 'J1100']);
  });
});
