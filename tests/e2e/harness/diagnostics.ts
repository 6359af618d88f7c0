import type { BrowserContext, ConsoleMessage, Worker } from 'playwright-core';

/** One uncaught error or console error, tagged with where it happened. */
export interface Diagnostic {
  kind: 'pageerror' | 'console';
  /** URL of the page or worker that reported it. */
  url: string;
  text: string;
}

/**
 * Collects uncaught page errors and `console.error` calls from every page and service worker of a
 * browser context, for assertions like "this page rendered with zero errors".
 */
export class DiagnosticsCollector {
  readonly entries: Diagnostic[] = [];

  /** Starts listening on `context` (pages opened later included) and on the given workers. */
  attach(context: BrowserContext, workers: Worker[] = []): void {
    context.on('weberror', (webError) => {
      this.entries.push({ kind: 'pageerror', url: webError.page()?.url() ?? '', text: String(webError.error()) });
    });
    context.on('console', (message) => this.onConsole(message, message.page()?.url() ?? ''));
    for (const worker of workers) this.attachWorker(worker);
  }

  /** Listens to a service worker's console, which the context-level event does not always cover. */
  attachWorker(worker: Worker): void {
    worker.on('console', (message) => this.onConsole(message, worker.url()));
  }

  /** Page errors, optionally only those whose URL starts with `urlPrefix`. */
  pageErrors(urlPrefix = ''): Diagnostic[] {
    return this.entries.filter((entry) => entry.kind === 'pageerror' && entry.url.startsWith(urlPrefix));
  }

  /** Console errors, optionally only those whose URL starts with `urlPrefix`. */
  consoleErrors(urlPrefix = ''): Diagnostic[] {
    return this.entries.filter((entry) => entry.kind === 'console' && entry.url.startsWith(urlPrefix));
  }

  /** Forgets everything collected so far (between test cases sharing one browser). */
  clear(): void {
    this.entries.length = 0;
  }

  private onConsole(message: ConsoleMessage, url: string): void {
    if (message.type() !== 'error') return;
    // The same worker message can arrive through both the context and the worker listener.
    const duplicate = this.entries.some((e) => e.kind === 'console' && e.url === url && e.text === message.text());
    if (!duplicate) this.entries.push({ kind: 'console', url, text: message.text() });
  }
}
