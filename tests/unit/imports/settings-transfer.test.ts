import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from '../../../lib/imports';
import { defaultSettings, type Settings } from '../../../lib/settings';

const settings: Settings = {
  ...defaultSettings(),
  payers: { selected: ['medicare', 'aetna'], macJurisdiction: 'JL', bcbsPlan: 'highmark' },
  enabledSites: ['https://www.availity.com'],
  preferences: { ...defaultSettings().preferences, hoverDelayMs: 500, theme: 'dark' },
  recentLookups: ['64634', 'J1100'],
};
const imports = {
  descriptors: [{ code: '64634', text: 'Our licensed wording (test)' }],
  orgNotes: [{ payer: 'aetna', from: '64490', to: '64495', text: 'Attach the diary.' }],
};

/** An exported settings file as JSON, loosened so a test can break any field. */
interface ExportedFile {
  format?: string;
  formatVersion: number;
  settings: Omit<Settings, 'payers' | 'version'> & {
    version?: number;
    payers: Omit<Settings['payers'], 'bcbsPlan'> & { bcbsPlan: string };
  };
  imports: { descriptors: { code: string; text: string }[]; orgNotes: { payer: string }[] };
}

function edit(mutate: (o: ExportedFile) => void): string {
  const o: ExportedFile = JSON.parse(exportSettings(settings, imports));
  mutate(o);
  return JSON.stringify(o);
}

describe('exportSettings / importSettings', () => {
  it('round-trips settings and imports, leaving out recent lookups', () => {
    const text = exportSettings(settings, imports);
    expect(JSON.parse(text)).toMatchObject({ format: 'claimlens-settings', formatVersion: 1 });
    expect(text).not.toContain('recentLookups');
    const r = importSettings(new TextEncoder().encode(text));
    expect(r).toEqual({
      ok: true,
      value: { settings: { ...settings, recentLookups: [] }, imports },
      summary: 'Imported settings, 1 descriptors, 1 organisation notes',
    });
  });

  it('accepts a BOM', () => {
    expect(importSettings(`\ufeff${exportSettings(settings)}`).ok).toBe(true);
  });

  it.each([
    [
      'a future format version',
      (o: ExportedFile) => {
        o.formatVersion = 99;
      },
      /newer ClaimLens \(format version 99\)/,
    ],
    [
      'a future settings version',
      (o: ExportedFile) => {
        o.settings.version = 99;
      },
      /settings\.version: 99 is newer/,
    ],
    [
      'another format id',
      (o: ExportedFile) => {
        o.format = 'something-else';
      },
      /Not a ClaimLens settings file/,
    ],
    [
      'a missing settings version',
      (o: ExportedFile) => {
        delete o.settings.version;
      },
      /no settings\.version/,
    ],
    [
      'an HTML BCBS plan name',
      (o: ExportedFile) => {
        o.settings.payers.bcbsPlan = '<img src=x>';
      },
      /settings\.payers\.bcbsPlan/,
    ],
    [
      'a bad site',
      (o: ExportedFile) => {
        o.settings.enabledSites.push('https://x.example/path');
      },
      /settings\.enabledSites\[1\]/,
    ],
    [
      'a bad descriptor',
      (o: ExportedFile) => {
        o.imports.descriptors.push({ code: '99999', text: '<script>x</script>' });
      },
      /imports\.descriptors\[1\]: .*HTML/,
    ],
    [
      'a conflicting descriptor',
      (o: ExportedFile) => {
        o.imports.descriptors.push({ code: '64634', text: 'Other' });
      },
      /imports\.descriptors\[1\]: Code 64634 appears again .*entry 1/,
    ],
    [
      'a bad note',
      (o: ExportedFile) => {
        o.imports.orgNotes[0].payer = '';
      },
      /imports\.orgNotes\[0\]: Payer is missing/,
    ],
  ])('rejects %s as a whole', (_name, mutate, reason) => {
    const r = importSettings(edit(mutate));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(reason);
  });

  it('keeps unknown but well-formed payer ids (the UI filters them)', () => {
    const r = importSettings(
      edit((o) => {
        o.settings.payers.selected.push('humana');
      }),
    );
    expect(r.ok && r.value.settings.payers.selected).toEqual(['medicare', 'aetna', 'humana']);
  });

  it.each([['{not json'], ['null'], ['[]'], ['"a string"']])('rejects %j', (text) => {
    expect(importSettings(text).ok).toBe(false);
  });

  it('rejects a 50 MB file by size', () => {
    expect(importSettings(new Uint8Array(50 * 1024 * 1024))).toEqual({
      ok: false,
      errors: [{ line: 0, reason: 'File is 50.0 MB; the limit is 5.0 MB' }],
    });
  });
});
