import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring is added by the feature issues; the service worker must exist for the e2e harness.
});
