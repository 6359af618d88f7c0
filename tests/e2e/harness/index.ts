export { launchExtension, type ExtensionHarness, type LaunchOptions } from './launch';
export { DiagnosticsCollector, type Diagnostic } from './diagnostics';
export { EgressRecorder, type EgressRequest } from './egress-recorder';
export { startStaticServer, type StaticServer } from './static-server';
export {
  assertE2ePrerequisites,
  chromiumPath,
  readManifest,
  E2E_EXTENSION_DIR,
  FIXTURE_PAGES_DIR,
  PRODUCTION_EXTENSION_DIR,
  REPO_ROOT,
  type BuiltManifest,
} from './paths';
export { clickToolbarButton, TOOLBAR_ARGS, type ActionPopup } from './toolbar';
export { readClosedUi, type ClosedUi, type SimpleSelector, type UiElement } from './closed-ui';
