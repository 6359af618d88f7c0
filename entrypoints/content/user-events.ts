/**
 * Which events may open, pin or reveal ClaimLens's UI: only the user's own. An event the page makes
 * (`dispatchEvent(new PointerEvent(...))`, `el.click()`) has `isTrusted === false`; one the browser makes from
 * a real pointer, key or focus change has `isTrusted === true`. A page script that fakes a hover would
 * otherwise open the popover and have the browser render the user's notes and licensed text for it
 * (PRIVACY.md, "What a page can observe").
 *
 * Every listener a feature adds through `ContentContext.on` is filtered by this; a listener added another way
 * (a Preact handler inside the UI, the UI host's own key listener) checks it itself.
 */

/** True when the browser made `e` from the user's input; false for anything a page script dispatched. */
export function isUserEvent(e: Event): boolean {
  return e.isTrusted === true;
}
