/**
 * Hover intent for the popover: a code must stay under the pointer for the hover delay before the popover
 * opens (crossing a grid fires nothing), details are prefetched the moment the pointer lands on a code (so
 * the popover can show them as soon as the delay is up), and leaving the code or the popover closes it
 * after a short grace period unless it is pinned or the pointer came back. Timers are injected.
 */

/** Timer functions (a window's `setTimeout` / `clearTimeout`). */
export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

/** What the state machine asks its owner to do. */
export interface HoverActions<T> {
  /** The pointer landed on `target`: start fetching its details. */
  prefetch(target: T): void;
  /** The hover delay elapsed on `target`: show its popover. */
  open(target: T): void;
  /** Close the popover. */
  close(): void;
}

/** The hover-intent state machine; see the module comment. */
export class HoverIntent<T> {
  private pending: T | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private current: T | undefined;
  private pinnedFlag = false;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: () => number,
    private readonly graceMs: number,
    private readonly actions: HoverActions<T>,
    /** Whether two targets are the same (page matches are rebuilt on every hit test, so not by identity). */
    private readonly same: (a: T, b: T) => boolean = (a, b) => a === b,
  ) {}

  /** The target whose popover is open, if any. */
  get openTarget(): T | undefined {
    return this.current;
  }

  /** True while the popover is pinned. */
  get pinned(): boolean {
    return this.pinnedFlag;
  }

  /** Reports what is under the pointer: a target, nothing (`undefined`), or our own UI (`overUi`). */
  pointer(target: T | undefined, overUi = false): void {
    if (overUi || (target !== undefined && this.is(target, this.current))) {
      this.cancelClose();
      if (overUi) this.cancelOpen();
      return;
    }
    if (target !== undefined) {
      if (this.is(target, this.pending)) return;
      this.cancelOpen();
      this.pending = target;
      this.actions.prefetch(target);
      this.openTimer = this.timers.set(() => this.openNow(target), Math.max(0, this.delayMs()));
      return;
    }
    this.cancelOpen();
    if (this.current !== undefined && !this.pinnedFlag && this.closeTimer === undefined) {
      this.closeTimer = this.timers.set(() => this.closeNow(), this.graceMs);
    }
  }

  /** Opens `target` at once (keyboard panel, or the delay elapsed); a pin held by another target ends. */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    if (!this.is(target, this.current)) this.pinnedFlag = false;
    this.current = target;
    this.actions.open(target);
  }

  /** Pins or unpins the open popover. */
  setPinned(pinned: boolean): void {
    this.pinnedFlag = pinned;
    if (pinned) this.cancelClose();
  }

  /** Closes the popover now (Escape, close button, scroll, click elsewhere). */
  closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    const wasOpen = this.current !== undefined;
    this.current = undefined;
    this.pinnedFlag = false;
    if (wasOpen) this.actions.close();
  }

  private is(a: T, b: T | undefined): boolean {
    return b !== undefined && this.same(a, b);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.timers.clear(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.timers.clear(this.closeTimer);
    this.closeTimer = undefined;
  }
}
