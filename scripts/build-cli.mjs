/**
 * Bundles the CLI (out/src/cli/main.js and its lint worker) and the language server (`mlsd-lint --lsp`,
 * out/src/server/lsp-entry.js) into out/src/bundle/: one file each instead
 * of some 150 ES modules, most of them the unified/micromark packages. Resolving and loading those
 * modules one by one was about half of a one-file run (~0.55 s -> ~0.3 s measured on this machine).
 * bin/mlsd-lint.js runs the bundle; the library (`exports`) stays the unbundled out/src/.
 *
 * The bundle sits at the depth of out/src/<dir>/, so the package-relative URLs in src/node
 * (package.json for --version, templates/) resolve as they do unbundled.
 *
 * Usage (after tsc): node scripts/build-cli.mjs
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('out/src/bundle', { recursive: true, force: true });
await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  entryPoints: { main: 'out/src/cli/main.js', 'pool-worker': 'out/src/cli/pool-worker.js', lsp: 'out/src/server/lsp-entry.js' },
  outdir: 'out/src/bundle',
  logLevel: 'warning',
  // CommonJS dependencies (Ajv) require Node built-ins; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __mlsdRequire } from 'node:module';\nconst require = __mlsdRequire(import.meta.url);" },
});
