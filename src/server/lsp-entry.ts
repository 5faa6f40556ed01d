/**
 * The file the bundles start (bundle/lsp.js for `mlsd-lint --lsp`, dist/vsix/server.cjs for the VS Code
 * desktop client): the server, or, started again as a worker thread, its lint worker.
 */
import { fileURLToPath } from 'node:url';
import { main } from './node.js';

declare const __filename: string | undefined;
main(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
