#!/usr/bin/env node
// Stages the extension as a web extension for the web run of the suite (npm run test:vscode:web):
// code-server runs an extension in its web worker extension host (no Node) when its package.json has a
// `browser` entry and `extensionKind: ["web"]`; the extension's manifest (dist/vsix/package.json, written by
// scripts/stage-extension.mjs) keeps the default kind, so the desktop (and code-server's Node extension host)
// run `main`. The staged copy, in test/vscode-host/.state/ (git-ignored), is the built extension with that one
// change and without `main`, plus the web suite.
// Also holds the browser bundle to its budget (1 MB).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'test', 'vscode-host', '.state', 'web-extension');
const vsix = join(root, 'dist', 'vsix');
const BUDGET = 1024 * 1024;

for (const f of ['dist/vsix/package.json', 'dist/vsix/web/extension.js', 'dist/vsix/web/server.js', 'out/test/vscode-web/index.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`stage-web: ${f} is missing; run npm run build:ext first`);
    process.exit(1);
  }
}
const size = statSync(join(vsix, 'web/server.js')).size;
if (size > BUDGET) {
  console.error(`stage-web: dist/vsix/web/server.js is ${size} bytes, over the browser bundle budget of ${BUDGET} bytes (1 MB)`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const pkg = JSON.parse(readFileSync(join(vsix, 'package.json'), 'utf8'));
delete pkg.main;
delete pkg.type; // the staged suite is CommonJS
pkg.extensionKind = ['web'];
writeFileSync(join(out, 'package.json'), JSON.stringify(pkg, null, 2));
for (const f of ['package.nls.json', 'package.nls.ko.json', 'l10n', 'schemas', 'web']) cpSync(join(vsix, f), join(out, f), { recursive: true });
cpSync(join(root, 'out/test/vscode-web'), join(out, 'test'), { recursive: true });
console.log(`stage-web: web extension staged in ${out.slice(root.length + 1)} (server bundle ${(size / 1024).toFixed(0)} KB)`);
