/** Site enablement helpers (pure): curated portals, origin ↔ match pattern, content-script registration. */
export { CURATED_PORTALS, curatedOrigins, type CuratedPortal } from './curated-portals';
export {
  matchPatternToOrigin,
  originToMatchPattern,
  patternForOrigin,
  siteOriginOfUrl,
  userGrantedOrigins,
} from './match-patterns';
export { reconcileSites, type ReconcileInput } from './reconcile';
export {
  parseSitesRequest,
  type SitesRequest,
  type SitesResponse,
  type EnableSitesRequest,
  type RemoveSiteRequest,
  type ListSitesRequest,
  type RunOnceRequest,
} from '../messages/sites';
export {
  CONTENT_SCRIPT_JS,
  HIGHLIGHT_SHEET_JS,
  SITE_SCRIPT_IDS,
  SITES_SCRIPT_ID,
  SITES_STYLE_SCRIPT_ID,
  desiredRegistrations,
  registrationCalls,
  registrationSteps,
  type CurrentRegistration,
  type RegistrationCalls,
  type RegistrationStep,
  type SiteScriptRegistration,
  type SiteScriptRunAt,
} from './registration';
