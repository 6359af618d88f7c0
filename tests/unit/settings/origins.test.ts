import { describe, expect, it } from 'vitest';
import { normalizeOrigin, originToMatchPattern } from '../../../lib/settings';

describe('normalizeOrigin', () => {
  it.each([
    ['https://www.availity.com', 'https://www.availity.com'],
    ['https://www.availity.com/', 'https://www.availity.com'],
    ['HTTPS://Provider.Aetna.COM', 'https://provider.aetna.com'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['https://example.org:443', 'https://example.org'],
    ['http://example.org:80', 'http://example.org'],
    ['https://*.uhcprovider.com', 'https://*.uhcprovider.com'],
  ])('accepts %s', (raw, expected) => expect(normalizeOrigin(raw)).toBe(expected));

  it.each([
    'https://www.availity.com/path',
    'https://www.availity.com/*',
    'https://a.com?x=1',
    'https://a.com#x',
    'https://user:pw@a.com',
    'ftp://a.com',
    'file:///etc',
    'javascript:alert(1)',
    '<all_urls>',
    '*://*/*',
    'https://*',
    'https://*.com',
    'https://a.*.com',
    'https://-a.com',
    'https://a_b.com',
    'https://a.com:0',
    'https://a.com:65536',
    'https://a.com:080',
    'https://999.1.1.1',
    'https://ex ample.com',
    'https://é.com',
    '',
    42,
    null,
    `https://${'a'.repeat(400)}.com`,
  ])('rejects %j', (raw) => expect(normalizeOrigin(raw)).toBeUndefined());

  it('builds a port-free host permission pattern', () => {
    expect(originToMatchPattern('https://www.availity.com')).toBe('https://www.availity.com/*');
    expect(originToMatchPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});
