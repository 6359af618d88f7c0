/**
 * What the user can see, judged from computed style: text hidden by stylesheets must never count as part of
 * a claim (a `font-size:0` "64633" once suppressed an add-on error; a class-hidden "-59" once bypassed a PTP
 * edit). Used where a judgement feeds a verdict (the claim check's lines), for the few nodes involved, so
 * the cost of style reads stays small; the page scan itself keeps the cheap attribute check
 * (`visibility.ts`). Needs a window (pass it in; `lib/` reads no globals).
 */
import { attributeHidden, type HiddenCheck } from './visibility';

/** The judgements a walk needs: per element on a text's path, and once for the text's own parent. */
export interface SeenCheck {
  /** An element that hides its whole subtree (attributes, clipping, a collapsed overflow box, off the page). */
  isHidden: HiddenCheck;
  /** The text directly under `parent` cannot be seen (display, visibility, opacity up the tree; zero font size; transparent text). */
  isTextHidden: (parent: Element) => boolean;
}

type StyleWindow = Pick<Window, 'getComputedStyle'> & { scrollX?: number; scrollY?: number };

const NO_AREA_RECT =
  /^rect\(\s*(-?[\d.]+)(?:px)?\s*,?\s*(-?[\d.]+)(?:px)?\s*,?\s*(-?[\d.]+)(?:px)?\s*,?\s*(-?[\d.]+)(?:px)?\s*\)$/;
/** `inset(50%)` or more closes the clip from both sides; `circle(0)` is a point. */
const CLOSED_CLIP_PATH = /^(?:inset\(\s*(?:[5-9]\d(?:\.\d+)?|100)%|circle\(\s*0(?:px)?\b)/;
/** How far off the page's top-left a positioned box may sit and still be scrolled to (never, past 0). */
const OFF_PAGE_PX = -1;

/** True when a CSS colour is fully transparent (`transparent`, or an alpha of 0). */
export function isTransparent(color: string): boolean {
  const c = color.trim().toLowerCase();
  if (c === 'transparent') return true;
  const m = /^(?:rgba?|hsla?)\((.*)\)$/.exec(c);
  if (!m) return false;
  // The alpha is after a slash (`rgb(0 0 0 / 0)`) or the fourth comma-separated value (`rgba(0, 0, 0, 0)`).
  const slash = m[1].split('/');
  const parts = m[1].split(',');
  const alpha = slash.length === 2 ? slash[1] : parts.length === 4 ? parts[3] : null;
  return alpha !== null && Number.parseFloat(alpha) === 0;
}

function clipsEverything(cs: CSSStyleDeclaration): boolean {
  const position = cs.position;
  if (position === 'absolute' || position === 'fixed') {
    const r = NO_AREA_RECT.exec(cs.clip ?? '');
    if (r) {
      const [top, right, bottom, left] = r.slice(1).map(Number);
      if (right <= left || bottom <= top) return true;
    }
  }
  return CLOSED_CLIP_PATH.test((cs.clipPath ?? '').trim());
}

/**
 * A {@link SeenCheck} over `win`'s computed style. `checkVisibility({ opacityProperty, visibilityProperty })`
 * judges display, visibility and opacity up the tree where the browser has it; `contentVisibilityAuto` is
 * deliberately not asked for: it reports rows that are merely scrolled away inside a `content-visibility:
 * auto` table as hidden, which would drop real billed lines the user scrolls to.
 */
export function seenCheck(win: StyleWindow): SeenCheck {
  const styleOf = (el: Element) => win.getComputedStyle(el);
  const isHidden: HiddenCheck = (el) => {
    if (attributeHidden(el)) return true;
    const cs = styleOf(el);
    if (clipsEverything(cs)) return true;
    const overflow = `${cs.overflowX} ${cs.overflowY}`;
    const positioned = cs.position === 'absolute' || cs.position === 'fixed';
    if (!/hidden|clip/.test(overflow) && !positioned) return false;
    // A box clipped to (almost) nothing, or placed where no scrolling reaches: the "visually hidden" patterns.
    const box = el.getBoundingClientRect();
    if (/hidden|clip/.test(overflow) && (box.width <= 1 || box.height <= 1)) return true;
    return (
      positioned && (box.right + (win.scrollX ?? 0) < OFF_PAGE_PX || box.bottom + (win.scrollY ?? 0) < OFF_PAGE_PX)
    );
  };
  const isTextHidden = (parent: Element): boolean => {
    const visible = (parent as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (typeof visible === 'function' && !visible.call(parent, { opacityProperty: true, visibilityProperty: true }))
      return true;
    const cs = styleOf(parent);
    if (typeof visible !== 'function') {
      // Engines without checkVisibility: the same questions of the parent, ancestors judged by the walk.
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
      if (cs.opacity !== '' && Number(cs.opacity) === 0) return true;
    }
    if (cs.fontSize !== '' && Number.parseFloat(cs.fontSize) === 0) return true;
    const fill = cs.getPropertyValue('-webkit-text-fill-color');
    return isTransparent(fill && fill !== 'currentcolor' ? fill : cs.color);
  };
  return { isHidden, isTextHidden };
}
