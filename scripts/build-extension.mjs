// Bundles the VS Code extension into one CommonJS file (dist/vsix/extension.cjs; the extension host loads
// CommonJS and this package is "type": "module") in the extension's own folder (scripts/stage-extension.mjs:
// its manifest, icon, Marketplace README), and the extension-host test suite into out/test/vscode/.
// The JSON schemas are inlined through the core's JSON imports; tsc then type-checks test/vscode.
// `--no-tests`: the extension only.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { STAGE, stageExtension } from './stage-extension.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  sourcemap: true,
  sourcesContent: false,
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/vscode/extension.ts'],
  outfile: `${STAGE}/extension.cjs`,
  minify: true,
  keepNames: true,
});

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

// esbuild strips types without checking them: check the extension-host suite against @types/vscode.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.vscode.json'], { stdio: 'inherit' });
console.log(`built ${STAGE}/ and out/test/vscode/`);
