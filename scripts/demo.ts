/**
 * `npm run demo`: the newcomer's first command.
 *
 * Builds the e2e variant of the extension (`npm run build:e2e`; `--no-build` skips it), serves the demo
 * billing-portal page (scripts/demo/portal.html) on 127.0.0.1 and launches Chromium with ClaimLens:
 * - with a display (DISPLAY or WAYLAND_DISPLAY set, and no `--headless`): a window the user explores until Ctrl+C;
 * - otherwise headless: waits for the scan, prints the codes found and the look-alikes left alone, hovers
 *   64634, 64490, J1100 and a ZIP, saves screenshots under demo-output/ (`--out DIR` to change) and prints
 *   what the 64634 popover says.
 * Exit code 0 on success; on failure one line on stderr and exit code 1.
 */
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launchExtension, REPO_ROOT, type ExtensionHarness } from '../tests/e2e/harness';
import { buildE2eVariant } from './demo/build';
import { DemoError, oneLine } from './demo/errors';
import { chooseDemoPayers, DEMO_MAC, DEMO_PAYERS } from './demo/extension-control';
import { HEADLESS_VIEWPORT, runHeadless } from './demo/headless';
import { runHeaded } from './demo/headed';

const USAGE = 'usage: npm run demo [-- --no-build] [--headless] [--out DIR]';
/** A headless run that takes longer than this is stuck. */
const HEADLESS_TIMEOUT_MS = 120_000;

interface Options {
  build: boolean;
  headless: boolean;
  out: string;
}

function parseArgs(args: string[]): Options {
  const options: Options = {
    build: true,
    headless: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    out: resolve(REPO_ROOT, 'demo-output'),
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--headless') options.headless = true;
    else if (arg === '--out' && args[i + 1] && !args[i + 1].startsWith('--')) options.out = resolve(args[++i]);
    else throw new DemoError(`unknown argument ${JSON.stringify(arg)} (${USAGE})`);
  }
  return options;
}

function assertChromium(): void {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new DemoError(
      `no Chromium at ${path}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary`,
    );
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const options = parseArgs(process.argv.slice(2));
  assertChromium();
  print(`ClaimLens demo (${options.headless ? 'headless: no display, or --headless' : 'a Chromium window'})`);
  if (options.build) {
    print('Build     npm run build:e2e …');
    const ms = await buildE2eVariant(REPO_ROOT);
    print(`Build     .output/chrome-mv3-e2e (${(ms / 1000).toFixed(1)} s)`);
  } else {
    print('Build     skipped (--no-build): using .output/chrome-mv3-e2e as it is');
  }
  let harness: ExtensionHarness | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    harness = await launchExtension({
      fixturesDir: resolve(REPO_ROOT, 'scripts/demo'),
      headless: options.headless,
      viewport: options.headless ? HEADLESS_VIEWPORT : null,
      // With a window, Ctrl+C is how the user ends the demo: close the browser and clean up here, exit code 0.
      handleSIGINT: options.headless,
    }).catch((error: unknown) => {
      if (options.headless || error instanceof DemoError) throw error;
      const display = process.env.WAYLAND_DISPLAY
        ? `Wayland display ${process.env.WAYLAND_DISPLAY}`
        : `display ${process.env.DISPLAY}`;
      throw new DemoError(
        `could not open a Chromium window on ${display} (${oneLine(error)}); run \`npm run demo -- --headless\` to use none`,
      );
    });
    await chooseDemoPayers(harness.serviceWorker);
    print(`Payers    ${DEMO_PAYERS.join(', ')} (Medicare MAC ${DEMO_MAC}), set as the options page would`);
    if (!options.headless) {
      await runHeaded(harness, print);
      print('Closing the browser.');
      return 0;
    }
    const h = harness;
    const stuck = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new DemoError(`the headless demo did not finish within ${HEADLESS_TIMEOUT_MS / 1000} s`)),
        HEADLESS_TIMEOUT_MS,
      );
    });
    await Promise.race([runHeadless(h, options.out, print), stuck]);
    print(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    clearTimeout(timer);
    await harness?.close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo: ${oneLine(error)}\n`);
    process.exit(1);
  },
);
