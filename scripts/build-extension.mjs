// Bundles the VS Code extension (the language client) and its language server into CommonJS files
// (dist/vsix/extension.cjs, dist/vsix/server.cjs; the extension host loads CommonJS and this package is
// "type": "module") and the web extension (dist/vsix/web/) in the extension's own folder
// (scripts/stage-extension.mjs: its manifest, icon, Marketplace README), and the extension-host test suites
// into out/test/vscode/ and out/test/vscode-web/.
// The JSON schemas are inlined through the core's JSON imports; tsc then type-checks test/vscode.
// `--no-tests`: the extension only.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { STAGE, stageExtension } from './stage-extension.mjs';
import { compileContext } from './compile-context.mjs';
import { constructsOnce } from './constructs-once.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  sourcemap: true,
  sourcesContent: false,
  // One context object for every event of the events-to-mdast step (see compile-context.mjs); micromark's
  // constructs merged once per extension array (constructs-once.mjs).
  plugins: [compileContext, constructsOnce],
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/vscode/extension.ts'],
  outfile: `${STAGE}/extension.cjs`,
  minify: true,
  keepNames: true,
});
// The language server the desktop client starts in its own Node process (and, in it, its lint worker).
await build({
  ...common,
  entryPoints: ['src/server/lsp-entry.ts'],
  outfile: `${STAGE}/server.cjs`,
  minify: true,
  keepNames: true,
  // lsp-entry.ts reads import.meta.url only where __filename does not exist (an ES module): not in this bundle.
  logOverride: { 'empty-import-meta': 'silent' },
});

// The web extension (the manifest's "browser"): the client and its language server in a web worker. No
// Node built-ins: what would need one fails this build.
// charset utf8: Korean and Chinese text as itself, not as \u escapes (twice the bytes).
const web = { bundle: true, platform: 'browser', target: 'es2022', logLevel: 'warning', minify: true, charset: 'utf8', sourcemap: true, sourcesContent: false, conditions: ['worker'], plugins: [compileContext, constructsOnce] };
// (conditions: a package's web-worker build over its DOM build: decode-named-character-reference decodes with `document` otherwise)
await build({ ...web, entryPoints: ['src/vscode/extension.web.ts'], outfile: `${STAGE}/web/extension.js`, format: 'cjs', external: ['vscode'] });
// The browser server compiles the bundled schemas at run time instead of shipping their build-time
// validators (src/server/browser-validators.ts says why).
const runtimeValidators = {
  name: 'runtime-validators',
  setup(b) {
    b.onResolve({ filter: /\/generated\/validators\.js$/ }, () => ({ path: new URL('../src/server/browser-validators.ts', import.meta.url).pathname }));
  },
};
await build({ ...web, entryPoints: ['src/server/browser.ts'], outfile: `${STAGE}/web/server.js`, format: 'iife', plugins: [compileContext, constructsOnce, runtimeValidators] });

stageExtension(STAGE);
if (process.argv.includes('--no-tests')) {
  console.log(`built ${STAGE}/`);
  process.exit(0);
}

rmSync('out/test/vscode', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['test/vscode/index.ts', 'test/vscode/extension.test.ts', 'test/vscode/untrusted.test.ts', 'test/vscode/runTest.ts'],
  outdir: 'out/test/vscode',
  outExtension: { '.js': '.cjs' },
  // resolved at run time from node_modules, as the runners expect
  external: [...common.external, 'mocha', '@vscode/test-electron'],
});

// The web suite runs in the web worker extension host (test/vscode-host/stage-web.mjs puts it beside the staged extension).
await build({ ...web, minify: false, entryPoints: ['test/vscode/web/index.ts'], outfile: 'out/test/vscode-web/index.js', format: 'cjs', external: ['vscode'] });

// esbuild strips types without checking them: check the extension-host suite against @types/vscode.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.vscode.json'], { stdio: 'inherit' });
console.log(`built ${STAGE}/ and out/test/vscode/`);
