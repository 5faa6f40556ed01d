/**
 * The language server on Node: `mlsd-lint --lsp` / `mlsd-lint-ls` on stdio (Neovim, Helix, Zed, JetBrains),
 * or started by the VS Code desktop client over IPC (`--node-ipc`). Configs are resolved by the CLI's own
 * resolver (files through `fs`); lints run in a worker thread with a time budget (./node-runner.ts). The
 * same file, started as a worker with `workerData.mlsdLintWorker`, is that lint worker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node.js';
import { messageChecks } from '../core/index.js';
import { NodeConfigHost } from './node-config.js';
import { runLintWorker, WorkerRunner } from './node-runner.js';
import { MlsdServer } from './service.js';

/** Starts the server on this process's stdio (or the transport named on the command line). */
export function startNodeServer(self: string, argv: string[] = process.argv): void {
  const explicit = argv.some((a) => /^--(node-ipc|stdio|socket|pipe|clientProcessId)/.test(a));
  const connection = explicit ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const host = new NodeConfigHost(new WorkerRunner(self));
  new MlsdServer(connection, documents, host);
  documents.listen(connection);
  connection.listen();
}

/** Entry: the lint worker when started as one, else the server. */
export function main(self: string): void {
  messageChecks.strict = process.env.MLSD_STRICT_MESSAGES === '1';
  if (!isMainThread && (workerData as { mlsdLintWorker?: boolean } | undefined)?.mlsdLintWorker) runLintWorker(parentPort!);
  else startNodeServer(self);
}
