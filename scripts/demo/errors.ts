/** An expected demo failure: its message is printed as one line, without a stack trace. */
export class DemoError extends Error {
  override name = 'DemoError';
}

/** The first line of any error's message, for the demo's one-line failure report. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright and the harness prefix their own context ("e2e: ", "page.goto: "); the first line says what failed.
  return (text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error').replace(/^e2e: /, '').trim();
}
