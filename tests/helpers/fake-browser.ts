/**
 * Unit tests run against WXT's fake extension APIs (`wxt/testing`'s fakeBrowser, an in-memory browser with
 * working storage areas and events): `wxt/browser` resolves to it (vitest.config.ts), and the `browser` /
 * `chrome` globals that `@wxt-dev/storage` reads are it. Tests call `fakeBrowser.reset()` to start clean.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

export const browser = fakeBrowser;
