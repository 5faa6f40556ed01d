/**
 * The extension is a thin client of the mlsd-lint language server (src/server): the server lints, publishes
 * the diagnostics (with rule links) and offers the quick fixes and fix-all as code actions; this side keeps
 * what the server says about each open doc (coverage, config) for the status bar, the coverage view and
 * the extension's API, and tells the server what only the editor knows (workspace trust).
 *
 * The server runs in its own Node process on the desktop (./extension.ts) and in a web worker in the
 * browser (./extension.web.ts); `startClient` takes the host's LanguageClient.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import * as P from '../server/protocol.js';

export const SOURCE = 'mlsd-lint';

/** The files whose change can change a doc's config: config files, package.json, .gitignore, team schemas. */
export const WATCHED = '**/{.mlsdrc.json,.mlsdrc.yaml,.mlsdrc.yml,package.json,.gitignore,*.schema.json}';

/** A doc as the server last linted it (what the API's `lintOf` returns). */
export interface DocLint {
  uri: vscode.Uri;
  version: number;
  result: NonNullable<P.DocInfo['result']>;
  book: P.SlimBook;
  tally: NonNullable<P.DocInfo['tally']>;
  progress: NonNullable<P.DocInfo['progress']>;
  /** What the doc reads as when it is not a design doc, in each language. */
  genreName?: P.DocInfo['genreName'];
}

export function clientOptions(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'markdown' }],
    diagnosticCollectionName: SOURCE,
    outputChannel: log,
    synchronize: {
      configurationSection: 'mlsd',
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED),
    },
    initializationOptions: { trusted: vscode.workspace.isTrusted, clientCommands: true } satisfies P.InitOptions,
    // The server says what it cannot do once, as a notification; no pop-up for every start.
    connectionOptions: { maxRestartCount: 4 },
  };
}

/** What the server said about each open doc, kept for synchronous reads (status bar, view, API). */
export class DocInfos implements vscode.Disposable {
  private readonly infos = new Map<string, P.DocInfo>();
  /** The rule book of each doc's last `mlsd/didLint` that had one. */
  private readonly books = new Map<string, P.SlimBook>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  /** Docs whose diagnostics were dropped when their last tab closed (VS Code may close the doc itself later). */
  private readonly hidden = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(readonly client: BaseLanguageClient) {
    this.disposables.push(
      client.onNotification(P.DidLintNotification, (p: P.DidLintParams) => {
        if (p.info) {
          // `sameBook`: the server did not send the rule book again; it is the one of the doc's last notification.
          const book = p.info.book ?? (p.info.sameBook ? this.books.get(p.uri) : undefined);
          if (book) this.books.set(p.uri, book);
          else this.books.delete(p.uri);
          this.infos.set(p.uri, { ...p.info, book });
        } else {
          this.infos.delete(p.uri);
          this.books.delete(p.uri);
        }
        this.hidden.delete(p.uri);
        this.emitter.fire(vscode.Uri.parse(p.uri));
      }),
      // VS Code can keep a document open for a while after its last tab closed (didClose comes late): drop
      // its diagnostics as soon as no tab shows it, and have it linted again when it is shown again.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri) setTimeout(() => !shownInTab(uri) && this.hide(uri), 200);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const ed of editors) {
          const key = ed.document.uri.toString();
          if (!this.hidden.has(key)) continue;
          this.hidden.delete(key);
          void client.sendRequest(P.DocInfoRequest, { uri: key, relint: true } satisfies P.DocInfoParams);
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(P.TrustNotification, { trusted: true } satisfies P.TrustParams)),
    );
  }

  private hide(uri: vscode.Uri): void {
    const key = uri.toString();
    this.hidden.add(key);
    this.client.diagnostics?.delete(uri);
    if (this.infos.delete(key)) this.emitter.fire(uri);
  }

  info(uri: vscode.Uri): P.DocInfo | undefined {
    const i = this.infos.get(uri.toString());
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return i && doc && !doc.isClosed ? i : undefined;
  }

  lintOf(uri: vscode.Uri): DocLint | undefined {
    const i = this.info(uri);
    return i?.result && i.book && i.tally && i.progress ? { uri, version: i.version, result: i.result, book: i.book, tally: i.tally, progress: i.progress, ...(i.genreName ? { genreName: i.genreName } : {}) } : undefined;
  }

  /** Asks the server (a custom request) for the doc's coverage now, linting it if its stored lint is stale. */
  async fetch(uri: vscode.Uri): Promise<DocLint | undefined> {
    const i = await this.client.sendRequest<P.DocInfo | null>(P.DocInfoRequest, { uri: uri.toString() } satisfies P.DocInfoParams);
    if (i) this.infos.set(uri.toString(), i);
    return this.lintOf(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function shownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return (
    vscode.window.visibleTextEditors.some((ed) => ed.document.uri.toString() === key) ||
    vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key))
  );
}
