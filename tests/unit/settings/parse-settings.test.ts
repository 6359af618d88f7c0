import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, SETTINGS_VERSION, type Settings } from '../../../lib/settings';
import { mulberry32, mutate, randomValue } from './seeded-random';

/** Independent statement of what a valid Settings value is (not derived from the parser). */
function expectValid(s: Settings): void {
  expect(s.version).toBe(SETTINGS_VERSION);
  expect(s.payers.selected.length).toBeLessThanOrEqual(40);
  for (const p of s.payers.selected) expect(p).toMatch(/^[a-z0-9-]{2,40}$/);
  expect(new Set(s.payers.selected).size).toBe(s.payers.selected.length);
  expect([null, 'J5', 'J6', 'J8', 'J15', 'JE', 'JF', 'JH', 'JJ', 'JK', 'JL', 'JM', 'JN']).toContain(
    s.payers.macJurisdiction,
  );
  if (s.payers.bcbsPlan !== null) expect(s.payers.bcbsPlan).toMatch(/^[a-z0-9-]{2,40}$/);
  for (const o of s.enabledSites) expect(o).toMatch(/^https?:\/\/[a-z0-9.*-]+(:\d+)?$/);
  const p = s.preferences;
  expect(Number.isInteger(p.hoverDelayMs) && p.hoverDelayMs >= 0 && p.hoverDelayMs <= 3000).toBe(true);
  expect(['underline', 'tint', 'off']).toContain(p.highlightStyle);
  expect(['dark', 'light', 'system']).toContain(p.theme);
  expect(Object.keys(p.codeSystems).sort()).toEqual(['cptI', 'cptII', 'cptIII', 'hcpcs', 'pla']);
  for (const v of Object.values(p.codeSystems)) expect(typeof v).toBe('boolean');
  for (const [k, v] of Object.entries(p.popoverSections)) {
    expect(k).toMatch(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/);
    expect(['shown', 'collapsed', 'hidden']).toContain(v);
  }
  expect(Object.getPrototypeOf(p.popoverSections)).toBe(Object.prototype);
  expect(s.recentLookups.length).toBeLessThanOrEqual(10);
  for (const c of s.recentLookups) expect(c).toMatch(/^(\d{5}|\d{4}[FTUMA]|[A-V]\d{4})$/);
}

const full = {
  version: 1,
  payers: { selected: ['medicare', 'aetna', 'bcbs'], macJurisdiction: 'JH', bcbsPlan: 'anthem-ca' },
  enabledSites: ['https://www.availity.com', 'http://127.0.0.1:8080'],
  preferences: {
    hoverDelayMs: 0,
    highlightStyle: 'tint',
    codeSystems: { cptI: true, cptII: false, cptIII: true, pla: false, hcpcs: true },
    popoverSections: { summary: 'collapsed', ptp: 'hidden' },
    theme: 'dark',
  },
  recentLookups: ['64634', 'J1100', '0213T'],
};

describe('parseSettings', () => {
  it('returns defaults without errors when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ value: defaultSettings(), errors: [] });
  });

  it('keeps a fully valid blob unchanged and reports nothing', () => {
    const { value, errors } = parseSettings(structuredClone(full));
    expect(errors).toEqual([]);
    expect(value.payers).toEqual(full.payers);
    expect(value.enabledSites).toEqual(full.enabledSites);
    expect(value.preferences.popoverSections.summary).toBe('collapsed');
    expect(value.preferences.popoverSections.ptp).toBe('hidden');
    expect(value.preferences.popoverSections.mue).toBe('shown');
    expect(value.preferences.codeSystems.cptII).toBe(false);
    expect(value.recentLookups).toEqual(['64634', 'J1100', '0213T']);
  });

  it.each([null, 'garbage', 42, true, [], [1, 2], 'x'.repeat(5_000_000)])('falls back to defaults for %#', (raw) => {
    const { value, errors } = parseSettings(raw);
    expect(value).toEqual(defaultSettings());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^settings: expected an object/);
    expect(errors[0].length).toBeLessThan(100);
  });

  it('falls back per field and names each field, without quoting values', () => {
    const { value, errors } = parseSettings({
      ...full,
      payers: { selected: ['aetna', 'BAD ID', 'aetna', 7], macJurisdiction: 'J99', bcbsPlan: '<b>x</b>' },
      preferences: { ...full.preferences, hoverDelayMs: 5000, theme: 'neon' },
      enabledSites: ['https://ok.example.org', 'https://evil.example/path', '<all_urls>', '*://*/*'],
    });
    expect(value.payers).toEqual({ selected: ['aetna'], macJurisdiction: null, bcbsPlan: null });
    expect(value.preferences.hoverDelayMs).toBe(300);
    expect(value.preferences.theme).toBe('system');
    expect(value.preferences.highlightStyle).toBe('tint');
    expect(value.enabledSites).toEqual(['https://ok.example.org']);
    expect(value.recentLookups).toEqual(full.recentLookups);
    const joined = errors.join('\n');
    for (const f of [
      'payers.selected[1]',
      'payers.selected[2]',
      'payers.selected[3]',
      'payers.macJurisdiction',
      'payers.bcbsPlan',
      'preferences.hoverDelayMs',
      'preferences.theme',
      'enabledSites[1]',
      'enabledSites[2]',
      'enabledSites[3]',
    ]) {
      expect(joined).toContain(`${f}:`);
    }
    expect(joined).not.toContain('<b>');
    expect(joined).not.toContain('evil');
  });

  it('accepts unknown but well-formed payer ids (the UI filters them)', () => {
    expect(parseSettings({ version: 1, payers: { selected: ['humana', 'kaiser-nw'] } }).value.payers.selected).toEqual([
      'humana',
      'kaiser-nw',
    ]);
  });

  it('normalises MAC case and sites, and stores recent lookups as codes only', () => {
    const { value, errors } = parseSettings({
      version: 1,
      payers: { macJurisdiction: 'jk' },
      enabledSites: ['HTTPS://WWW.Availity.com/', 'https://portal.example.com:443'],
      recentLookups: ['j1100', 'facet joint injection', '64634', '64634', '99213 patient Smith', '0002m'],
    });
    expect(value.payers.macJurisdiction).toBe('JK');
    expect(value.enabledSites).toEqual(['https://www.availity.com', 'https://portal.example.com']);
    expect(value.recentLookups).toEqual(['J1100', '64634', '0002M']);
    expect(errors).toHaveLength(3);
  });

  it('caps recent lookups at ten', () => {
    const codes = Array.from({ length: 14 }, (_, i) => String(64400 + i));
    const { value } = parseSettings({ version: 1, recentLookups: codes });
    expect(value.recentLookups).toEqual(codes.slice(0, 10));
  });

  it('ignores __proto__ and constructor keys without polluting prototypes', () => {
    const raw = JSON.parse(
      '{"version":1,"__proto__":{"polluted":1},"preferences":{"__proto__":{"polluted":2},"popoverSections":{"__proto__":"shown","constructor":"hidden"}},"payers":{"__proto__":{"selected":["aetna"]}}}',
    );
    const { value, errors } = parseSettings(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(value.payers.selected).toEqual([]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value.preferences.popoverSections, '__proto__')).toBe(false);
    expect(errors.some((e) => e.includes('invalid section id'))).toBe(true);
  });

  it('rejects a huge array whole, with one error', () => {
    const { value, errors } = parseSettings({ version: 1, enabledSites: Array(100_000).fill('https://a.example') });
    expect(value.enabledSites).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/^enabledSites: list of 100000 items is far too long/)]);
  });

  it('caps the error list for a blob full of junk', () => {
    const { errors } = parseSettings({ version: 1, recentLookups: Array(900).fill('nope') });
    expect(errors.length).toBe(51);
    expect(errors[50]).toMatch(/more problems/);
  });

  it('survives a throwing getter', () => {
    const raw = {
      version: 1,
      get payers() {
        throw new Error('boom');
      },
    };
    const { value, errors } = parseSettings(raw);
    expect(value).toEqual(defaultSettings());
    expect(errors).toEqual(['settings: unreadable value; using defaults']);
  });

  it('fuzz: 2,000 seeded random and corrupt values always yield valid, stable settings', () => {
    const rand = mulberry32(20261127);
    let changed = 0;
    let rejectedSomething = 0;
    for (let i = 0; i < 2000; i++) {
      const mode = rand();
      const raw =
        mode < 0.3
          ? randomValue(rand)
          : mode < 0.5
            ? { version: 1, ...(randomValue(rand) as object) }
            : mutate(full, rand);
      let parsed: ReturnType<typeof parseSettings> | undefined;
      expect(() => {
        parsed = parseSettings(raw);
      }, `case ${i}`).not.toThrow();
      expectValid(parsed!.value);
      if (JSON.stringify(parsed!.value) !== JSON.stringify(defaultSettings())) changed++;
      if (parsed!.errors.length > 0) rejectedSomething++;
      // Parsing the result again is lossless: validation is idempotent.
      expect(parseSettings(JSON.parse(JSON.stringify(parsed!.value)))).toEqual({ value: parsed!.value, errors: [] });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The generator must exercise both paths: values that get through and values that are rejected.
    expect(changed).toBeGreaterThan(50);
    expect(rejectedSomething).toBeGreaterThan(500);
  });
});
