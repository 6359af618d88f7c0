import { describe, expect, it } from 'vitest';
import { defaultSettings, migrateSettings, parseSettings, type MigrationStep } from '../../../lib/settings';

describe('migrateSettings / parseSettings across versions', () => {
  it('upgrades the flat version-0 layout to version 1', () => {
    const v0 = {
      selectedPayers: ['aetna', 'medicare'],
      macJurisdiction: 'JF',
      bcbsPlan: null,
      enabledSites: ['https://www.availity.com'],
      hoverDelay: 750,
      highlightStyle: 'off',
      theme: 'light',
      recentLookups: ['64633'],
    };
    const migrated = migrateSettings(v0);
    expect(migrated.fromVersion).toBe(0);
    expect(migrated.errors).toEqual([]);
    const { value, errors } = parseSettings(v0);
    expect(errors).toEqual([]);
    expect(value).toEqual({
      ...defaultSettings(),
      payers: { selected: ['aetna', 'medicare'], macJurisdiction: 'JF', bcbsPlan: null },
      enabledSites: ['https://www.availity.com'],
      preferences: { ...defaultSettings().preferences, hoverDelayMs: 750, highlightStyle: 'off', theme: 'light' },
      recentLookups: ['64633'],
    });
  });

  it('falls back per field inside a corrupt version-0 blob', () => {
    const { value, errors } = parseSettings({ selectedPayers: 'aetna', hoverDelay: -5, theme: 'dark' });
    expect(value.payers.selected).toEqual([]);
    expect(value.preferences.hoverDelayMs).toBe(300);
    expect(value.preferences.theme).toBe('dark');
    expect(errors.map((e) => e.split(':')[0])).toEqual(['payers.selected', 'preferences.hoverDelayMs']);
  });

  it('downgrade: reads a newer-version blob field by field and reports it', () => {
    const future = {
      version: 7,
      payers: { selected: ['cigna'], macJurisdiction: 'J15', bcbsPlan: null, tiers: { gold: true } },
      preferences: { hoverDelayMs: 120, highlightStyle: 'sparkle', theme: 'dark', newThing: 1 },
      enabledSites: { origins: ['https://x.example'] },
      recentLookups: ['64490'],
      somethingNew: [1, 2, 3],
    };
    const m = migrateSettings(future);
    expect(m.newer).toBe(true);
    expect(m.fromVersion).toBe(7);
    const { value, errors } = parseSettings(future);
    expect(value.version).toBe(1);
    expect(value.payers).toEqual({ selected: ['cigna'], macJurisdiction: 'J15', bcbsPlan: null });
    expect(value.preferences.hoverDelayMs).toBe(120);
    expect(value.preferences.theme).toBe('dark');
    expect(value.preferences.highlightStyle).toBe('underline');
    expect(value.enabledSites).toEqual([]);
    expect(value.recentLookups).toEqual(['64490']);
    expect(errors[0]).toMatch(/^settings\.version: 7 is newer than this build's 1/);
    expect(errors.slice(1).map((e) => e.split(':')[0])).toEqual(['enabledSites', 'preferences.highlightStyle']);
    expect(value).not.toHaveProperty('somethingNew');
  });

  it.each([['1'], [0], [-1], [1.5], [null]])('treats an invalid version %j as current and says so', (version) => {
    const { value, errors } = parseSettings({ version, preferences: { theme: 'light' } });
    expect(value.preferences.theme).toBe('light');
    expect(errors).toEqual([expect.stringMatching(/^settings\.version: not a valid version/)]);
  });

  it('runs injected steps in order from the stored version', () => {
    const steps: MigrationStep[] = [
      { from: 1, migrate: (o) => ({ ...o, version: 2, b: 'from1' }) },
      { from: 2, migrate: (o) => ({ ...o, version: 3, c: `${String(o.b)}+from2` }) },
    ];
    expect(migrateSettings({ version: 1 }, steps, 3).data).toEqual({ version: 3, b: 'from1', c: 'from1+from2' });
    expect(migrateSettings({ version: 2, b: 'x' }, steps, 3).data).toEqual({ version: 3, b: 'x', c: 'x+from2' });
  });

  it('reports a missing or failing step instead of throwing', () => {
    expect(migrateSettings({ version: 1 }, [], 2).errors).toEqual([
      'settings.version: no migration from 1; read as version 2',
    ]);
    const boom: MigrationStep[] = [
      {
        from: 1,
        migrate: () => {
          throw new Error('x');
        },
      },
    ];
    expect(migrateSettings({ version: 1, a: 1 }, boom, 2)).toEqual({
      data: {},
      fromVersion: 1,
      newer: false,
      errors: ['settings.version: migration from 1 failed; using defaults'],
    });
  });
});
