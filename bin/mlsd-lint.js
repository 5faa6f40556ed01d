#!/usr/bin/env node
// The bundled CLI (scripts/build-cli.mjs): one file loads much faster than the ~150 modules behind it.
// `mlsd-lint --lsp` starts the language server on stdio instead (as `mlsd-lint-ls` does).
if (process.argv.slice(2).includes('--lsp')) {
  await import('../out/src/bundle/lsp.js');
} else {
  const { main } = await import('../out/src/bundle/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
