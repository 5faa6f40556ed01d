/**
 * Bundles the CLI, its lint worker and the library into bundle/, a folder that is committed: the npm package,
 * the pre-commit hook and the GitHub Action run it as it is, with no dependency install and no build (as
 * JavaScript actions ship a dist/). Every dependency is inlined, so the package has none.
 * The language server (`mlsd-lint --lsp`, `mlsd-lint-ls`) is bundled there too.
 *
 *   bundle/main.js         the CLI (bin/mlsd-lint.js runs it)
 *   bundle/pool-worker.js  its lint worker (next to main.js: pool.ts finds it by its URL)
 *   bundle/lsp.js          the language server on stdio (out/src/server/lsp-entry.js; bin/mlsd-lint-ls.js, --lsp)
 *   bundle/index.js        the library (`exports`), with its type declarations under bundle/types/
 *   bundle/chunk-*.js      what they share (the core and the unified/micromark/Ajv packages)
 *
 * One file per entry instead of some 150 ES modules: loading those one by one was about half of a one-file
 * run (~0.55 s -> ~0.3 s measured on this machine). The output is deterministic (same sources and lockfile,
 * same bytes): .ci/run rebuilds it and fails when the committed copy differs (`npm run check:bundle`).
 *
 * Usage (after tsc): node scripts/build-cli.mjs
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { compileContext } from './compile-context.mjs';
import { constructsOnce } from './constructs-once.mjs';

rmSync('bundle', { recursive: true, force: true });
await build({
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  entryPoints: { main: 'out/src/cli/main.js', 'pool-worker': 'out/src/cli/pool-worker.js', index: 'out/src/index.js', lsp: 'out/src/server/lsp-entry.js' },
  outdir: 'bundle',
  // Chunks sit next to the entries: pool.ts (in a chunk, as the worker shares it) finds ./pool-worker.js.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  // One context object for every event of the events-to-mdast step (see compile-context.mjs); micromark's
  // constructs merged once per extension array, not on every parse (constructs-once.mjs).
  plugins: [compileContext, constructsOnce],
  // CommonJS dependencies (Ajv) require Node built-ins; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __mlsdRequire } from 'node:module';\nconst require = __mlsdRequire(import.meta.url);" },
});
// The library's type declarations (the core's API), for TypeScript users of the package.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
