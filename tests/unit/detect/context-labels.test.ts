/**
 * Column headers and labels: what they say about the values next to them.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeader, labelBefore } from '../../../lib/detect';

describe('classifyHeader', () => {
  it.each([
    ['Procedure', 'code'],
    ['Proc Code', 'code'],
    ['PROC', 'code'],
    ['CPT/HCPCS', 'code'],
    ['CPT Code', 'code'],
    ['HCPCS', 'code'],
    ['Code', 'code'],
    ['Service Code', 'code'],
    ['Product/Service', 'code'],
    ['Billed CPT', 'code'],
    ['Mod', 'modifier'],
    ['MODS', 'modifier'],
    ['Modifier', 'modifier'],
    ['Modifiers', 'modifier'],
    ['Modifier 2', 'modifier'],
    ['Mod 1', 'modifier'],
    ['Units', 'units'],
    ['NOS', 'units'],
    ['Qty', 'units'],
    ['Days or Units', 'units'],
    ['Units Billed', 'units'],
    ['Billed Units', 'units'],
    ['ZIP', 'negative'],
    ['Zip Code', 'negative'],
    ['Postal Code', 'negative'],
    ['Claim #', 'negative'],
    ['Member ID', 'negative'],
    ['Payer ID', 'negative'],
    ['ICN', 'negative'],
    ['DCN', 'negative'],
    ['NPI', 'negative'],
    ['Phone', 'negative'],
    ['Amount', 'negative'],
    ['Billed', 'negative'],
    ['Charge', 'negative'],
    ['Reason Code', 'negative'],
    ['Revenue Code', 'negative'],
    ['Diagnosis Code', 'negative'],
    ['Service Date', 'negative'],
    ['Check #', 'negative'],
    ['Patient Acct #', 'negative'],
    ['Line', 'neutral'],
    ['Status', 'negative'],
    ['Notes', 'neutral'],
    ['', 'neutral'],
  ])('%s → %s', (header, role) => {
    expect(classifyHeader(header)).toBe(role);
  });
});

describe('labelBefore', () => {
  it.each([
    ['CPT ', 'positive'],
    ['CPT® ', 'positive'],
    ['CPT(R) code ', 'positive'],
    ['HCPCS: ', 'positive'],
    ['Proc ', 'positive'],
    ['Procedure code: ', 'positive'],
    ['Codes ', 'positive'],
    ['ZIP ', 'negative'],
    ['Zip Code: ', 'negative'],
    ['Postal ', 'negative'],
    ['Claim # ', 'negative'],
    ['Member ID: ', 'negative'],
    ['Payer ID ', 'negative'],
    ['ICN ', 'negative'],
    ['DCN: ', 'negative'],
    ['NPI ', 'negative'],
    ['Tax ID ', 'negative'],
    ['Phone: ', 'negative'],
    ['Fax ', 'negative'],
    ['Pattern ', 'negative'],
    ['ext. ', 'negative'],
    ['Spokane, WA ', 'negative'],
    ['Spokane WA ', 'negative'],
    ['\nWA ', 'negative'],
    ['PO Box ', 'negative'],
    ['Check # ', 'negative'],
    ['billed ', 'none'],
    ['and ', 'none'],
    ['on this claim: ', 'none'],
    ['check ', 'none'],
    ['New patient ', 'none'],
    ['99213-GA ', 'none'],
    ['the group ', 'none'],
  ])('%j → %s', (left, verdict) => {
    expect(labelBefore(left)).toBe(verdict);
  });
});
