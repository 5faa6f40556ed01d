#!/usr/bin/env node
// The mlsd-lint language server on stdio (the same as `mlsd-lint --lsp`), for Neovim, Helix, Zed, JetBrains.
await import('../bundle/lsp.js');
