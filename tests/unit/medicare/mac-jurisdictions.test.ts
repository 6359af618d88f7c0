/**
 * MAC names spelled out from the GPCI file's MAC numbers. The expected state lists are the ones published when
 * CMS merged the numbered jurisdictions (F: Alaska, Washington, Oregon, Idaho, North Dakota, South Dakota,
 * Montana, Wyoming, Utah, Arizona; H: Louisiana, Arkansas, Mississippi, Texas, Oklahoma, Colorado, New Mexico;
 * K: New York, Connecticut, Massachusetts, Rhode Island, Vermont, Maine, New Hampshire; E: California, Hawaii,
 * Nevada; 15: Kentucky, Ohio); every jurisdiction must get states and every GPCI MAC number a jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import gpci from '../../../data/gpci.json';
import {
  jurisdictionOfMac,
  jurisdictionStates,
  localitiesOfGpciRows,
  macLabel,
} from '../../../lib/medicare/mac-jurisdictions';
import { MAC_JURISDICTIONS } from '../../../lib/settings/types';

const localities = localitiesOfGpciRows(gpci.rows);
const states = jurisdictionStates(localities);

describe('MAC jurisdictions from the GPCI file', () => {
  it('every MAC number of the GPCI file has a jurisdiction, and every jurisdiction has states', () => {
    expect(localities.length).toBe(Object.keys(gpci.rows).length);
    for (const l of localities) expect(jurisdictionOfMac(l.mac), l.id).not.toBeNull();
    for (const j of MAC_JURISDICTIONS) expect(states[j].length, j).toBeGreaterThan(0);
  });

  it('merged jurisdictions have the states CMS published for them', () => {
    expect(states.JF).toEqual(['AK', 'AZ', 'ID', 'MT', 'ND', 'OR', 'SD', 'UT', 'WA', 'WY']);
    expect(states.JH).toEqual(['AR', 'CO', 'LA', 'MS', 'NM', 'OK', 'TX']);
    expect(states.JK).toEqual(['CT', 'MA', 'ME', 'NH', 'NY', 'RI', 'VT']);
    expect(states.JE).toEqual(['CA', 'HI', 'NV']);
    expect(states.J15).toEqual(['KY', 'OH']);
  });

  it('labels read "JF — Noridian: AK, AZ, …"', () => {
    expect(macLabel('JF', states.JF)).toBe('JF — Noridian: AK, AZ, ID, MT, ND, OR, SD, UT, WA, WY');
    expect(macLabel('J15')).toBe('J15 — CGS');
    expect(jurisdictionOfMac('99999')).toBeNull();
    expect(localitiesOfGpciRows({ bad: 1, '02102:01': ['AK', 'ALASKA*', 1.5] })).toEqual([
      { id: '02102:01', mac: '02102', state: 'AK', name: 'ALASKA*' },
    ]);
  });
});
