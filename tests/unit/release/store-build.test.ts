import { describe, expect, it } from 'vitest';
import { storeBuildProblems, storeFileProblems } from '../../../scripts/release/store-build';

const STORE = {
  manifest_version: 3,
  name: 'ClaimLens',
  version: '0.2.0',
  permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
};

describe('storeBuildProblems', () => {
  it('accepts a production manifest of the expected version', () => {
    expect(storeBuildProblems(STORE, '0.2.0')).toEqual([]);
  });

  it('refuses the e2e variant: fixture host access and static content scripts', () => {
    const e2e = {
      ...STORE,
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content-scripts/content.js'] }],
    };
    const problems = storeBuildProblems(e2e, '0.2.0');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/host_permissions/);
    expect(problems.join('\n')).toMatch(/static content_scripts/);
    expect(problems.join('\n')).toMatch(/127\.0\.0\.1 or localhost/);
  });

  it('refuses any install-time host access and a loopback mention anywhere', () => {
    expect(storeBuildProblems({ ...STORE, host_permissions: ['https://portal.example.com/*'] }, '0.2.0')).toHaveLength(
      1,
    );
    expect(storeBuildProblems({ ...STORE, optional_host_permissions: ['http://localhost/*'] }, '0.2.0')).toHaveLength(
      1,
    );
  });

  it('refuses a build of another version (a stale build folder)', () => {
    expect(storeBuildProblems(STORE, '0.3.0')).toEqual(['manifest version "0.2.0" is not package.json\'s 0.3.0']);
  });
});

describe('storeFileProblems', () => {
  const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
  const ROOT = '/home/dev/claimlens';

  it('accepts a production bundle', () => {
    expect(storeFileProblems([file('chunks/options.js', 'x(`h2`,{id:`about-h`,children:`About`})')], ROOT)).toEqual([]);
  });

  it('refuses development JSX (what a build under NODE_ENV=test made) and the build machine’s paths', () => {
    const devJsx = 'x(`h2`,{id:`about-h`},void 0,!1,{fileName:D,lineNumber:8,columnNumber:7},this)';
    expect(storeFileProblems([file('chunks/options.js', devJsx)], ROOT)).toEqual([
      'chunks/options.js is a development bundle (JSX source locations)',
    ]);
    expect(storeFileProblems([file('background.js', `var D="${ROOT}/lib/x.ts"`)], ROOT)).toEqual([
      `background.js contains the build machine's path ${ROOT}`,
    ]);
  });

  it('reads text files only', () => {
    expect(storeFileProblems([file('data/ptp.bin', ROOT)], ROOT)).toEqual([]);
  });
});
