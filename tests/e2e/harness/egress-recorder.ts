import type { BrowserContext, Request } from 'playwright-core';

/** A request that left the extension and the fixture server: a zero-egress violation. */
export interface EgressRequest {
  url: string;
  method: string;
  resourceType: string;
  /** URL of the page that issued it, or `service-worker` when it came from the extension's worker. */
  from: string;
}

/** URL schemes that never reach the network. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/**
 * Records every request from pages and service workers of a context whose URL is neither the extension's
 * own `chrome-extension://<id>/` origin nor an allowed origin (the fixture server), for zero-egress tests.
 * Service-worker requests are included: Playwright ≥ 1.5x reports them by default (unless
 * `PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK` is set), so `from` is `service-worker` for those.
 */
export class EgressRecorder {
  readonly requests: EgressRequest[] = [];
  private readonly allowedPrefixes: string[];

  /** @param allowedOrigins origins such as `http://127.0.0.1:41234` or `chrome-extension://<id>`. */
  constructor(allowedOrigins: string[]) {
    this.allowedPrefixes = allowedOrigins.map(toPrefix);
  }

  /** Starts recording on `context`. */
  attach(context: BrowserContext): void {
    context.on('request', (request) => this.onRequest(request));
  }

  /** Adds an allowed origin, e.g. the extension's once its id is known. */
  allow(origin: string): void {
    this.allowedPrefixes.push(toPrefix(origin));
  }

  /** Forgets everything recorded so far. */
  clear(): void {
    this.requests.length = 0;
  }

  private onRequest(request: Request): void {
    const url = request.url();
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
    // Prefix match, not URL#origin: Node gives non-special schemes such as chrome-extension: a "null" origin.
    if (this.allowedPrefixes.some((prefix) => url.startsWith(prefix))) return;
    const frame = request.serviceWorker() ? undefined : safeFrameUrl(request);
    this.requests.push({
      url,
      method: request.method(),
      resourceType: request.resourceType(),
      from: frame ?? 'service-worker',
    });
  }
}

/** `http://127.0.0.1:4000` → `http://127.0.0.1:4000/`, so that `:40001` does not pass as `:4000`. */
function toPrefix(origin: string): string {
  return origin.endsWith('/') ? origin : `${origin}/`;
}

function safeFrameUrl(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    // Requests from workers have no frame.
    return undefined;
  }
}
