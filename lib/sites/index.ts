/** Site enablement helpers (pure): curated portals, origin ↔ match pattern, content-script registration. */
export { CURATED_PORTALS, curatedOrigins, type CuratedPortal } from './curated-portals';
export { matchPatternToOrigin, originToMatchPattern, patternForOrigin, siteOriginOfUrl, userGrantedOrigins } from './match-patterns';
export { reconcileSites, type ReconcileInput } from './reconcile';
export { parseSitesRequest, type SitesRequest, type SitesResponse, type EnableSitesRequest, type RemoveSiteRequest, type ListSitesRequest, type RunOnceRequest } from './messages';
export {
  CONTENT_SCRIPT_JS, SITES_SCRIPT_ID, desiredRegistration, registrationStep,
  type CurrentRegistration, type RegistrationStep, type SiteScriptRegistration,
} from './registration';
