import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: grepping for network and storage APIs must be reliable (conventions A6.2).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'ClaimLens',
    description: 'Explains CPT and HCPCS codes on payer-portal pages from bundled public CMS data. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
  },
});
