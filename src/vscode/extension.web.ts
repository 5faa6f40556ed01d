/**
 * The web entry (vscode.dev, github.dev, code-server's web worker extension host): the language server runs
 * in a web worker (web/server.js in the extension's folder, dist/vsix/) and reads config files, ignores and team schemas through this client
 * (`mlsd/stat`, `mlsd/readFile` -> vscode.workspace.fs), so the project's config applies in the browser as on the desktop.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import * as P from '../server/protocol.js';
import { activateWith, type MlsdApi } from './activate.js';
import { clientOptions } from './client.js';

export type { MlsdApi } from './activate.js';

/** The browser's Worker (this file is built for a web worker; the project's TypeScript lib has no DOM types). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/**
 * The server's worker. From an extension that the editor loads over http (vscode.dev, github.dev, the
 * marketplace) the worker is started from its URL; VS Code refuses a worker URL of an extension it reaches
 * through a remote (`vscode-remote:`, e.g. an extension under development in code-server), so there the
 * script is read through the workspace file system and started from a blob URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'web', 'server.js');
  if (main.scheme !== 'vscode-remote') return new Worker(main.toString(true));
  const script = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'application/javascript' })));
}

export async function activate(context: vscode.ExtensionContext): Promise<MlsdApi> {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('mlsd-lint', { log: true });
  const worker = await serverWorker(context);
  const client = new LanguageClient('mlsd-lint', 'mlsd-lint', clientOptions(context, log), worker);
  client.onRequest(P.ReadFileRequest, async (p: P.ReadFileParams): Promise<P.ReadFileResult> => {
    try {
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(p.uri))) };
    } catch (e) {
      // No such file (or a folder), as far as config discovery is concerned; else it exists and cannot be
      // read. (Through a remote the error's code can be lost: ask the file system what is there.)
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(p.uri)).then((s) => s, () => undefined);
      if (!stat || (stat.type & vscode.FileType.File) === 0) return { missing: true };
      return { error: (e as { code?: string }).code ?? (e as Error).message };
    }
  });
  client.onRequest(P.StatRequest, async (p: P.StatParams): Promise<P.StatResult> => {
    try {
      const st = await vscode.workspace.fs.stat(vscode.Uri.parse(p.uri));
      // Symlinks are followed by the workspace file system; a folder and a file are all it reports.
      const kind = st.type & vscode.FileType.Directory ? 'directory' : st.type & vscode.FileType.File ? 'file' : 'other';
      return { kind, size: st.size };
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === undefined || code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT' || code === 'FileNotADirectory') return { missing: true };
      return { error: code };
    }
  });
  return activateWith(context, client, log, t0);
}

export function deactivate(): void {
  // Everything (the client too) is disposed through context.subscriptions.
}
