/**
 * Which sites are enabled, from what the browser granted and what the user asked for. Granted host
 * permissions are the truth: an origin stays enabled only while its pattern is granted. Origins the user
 * granted at runtime (optional permissions) are always enabled; an origin covered by the manifest's own host
 * access (a development or e2e build) is enabled only when the user asked for it.
 */
import { originToMatchPattern } from '../settings/origins';
import { userGrantedOrigins } from './match-patterns';

/** Inputs of {@link reconcileSites}. */
export interface ReconcileInput {
  /** Patterns `permissions.getAll()` reports. */
  granted: readonly string[];
  /** The manifest's `host_permissions` (fixed access, not chosen by the user). */
  required?: readonly string[];
  /** The enabled-site list in storage. */
  stored: readonly string[];
  /** Origins the user just enabled. */
  add?: readonly string[];
  /** Origins the user just removed. */
  drop?: readonly string[];
}

/** The enabled origins, sorted and de-duplicated. */
export function reconcileSites(input: ReconcileInput): string[] {
  const granted = new Set(input.granted);
  const drop = new Set(input.drop ?? []);
  const out = new Set(userGrantedOrigins(input.granted, input.required ?? []));
  for (const o of [...input.stored, ...(input.add ?? [])]) if (granted.has(originToMatchPattern(o))) out.add(o);
  for (const o of drop) out.delete(o);
  return [...out].sort();
}
