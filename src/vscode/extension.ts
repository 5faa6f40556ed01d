/** The desktop entry: the language server runs in its own Node process (server.cjs, next to extension.cjs in dist/vsix/), over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node.js';
import { activateWith, type MlsdApi } from './activate.js';
import { clientOptions } from './client.js';

export type { MlsdApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): MlsdApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('mlsd-lint', { log: true });
  const module = context.asAbsolutePath('server.cjs');
  const client = new LanguageClient(
    'mlsd-lint',
    'mlsd-lint',
    { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } } },
    clientOptions(context, log),
  );
  return activateWith(context, client, log, t0);
}

export function deactivate(): void {
  // Everything (the client too) is disposed through context.subscriptions.
}
