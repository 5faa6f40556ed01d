#!/usr/bin/env node
// The bundled CLI (scripts/build-cli.mjs), committed: it runs with no install and no build.
// `mlsd-lint --lsp` starts the language server on stdio instead (as `mlsd-lint-ls` does).
if (process.argv.slice(2).includes('--lsp')) {
  await import('../bundle/lsp.js');
} else {
  const { main } = await import('../bundle/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
