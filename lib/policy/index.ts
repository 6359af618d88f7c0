/** Managed policy (storage.managed): types, validation, applying it to settings, the background wiring. */
export * from './types';
export { parsePolicy } from './parse-policy';
export { applyPolicy, isLocked, lockedSites, type SeededPresets } from './apply-policy';
export { applyManagedPolicy, installPolicy, readPolicy, SEEDED_KEY, type PolicyApi, type PolicyHooks } from './install';
