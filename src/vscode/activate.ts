/**
 * Activation, shared by the desktop (./extension.ts, the server in a Node process) and the web
 * (./extension.web.ts, the server in a web worker) entries: wires the language client, the waiver and
 * new-doc commands and the coverage view. The client starts in the background: activation does not wait
 * for the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { addWaiver, CMD_ADD_WAIVER, CMD_INSERT_SECTION, insertMissingSection } from './codeActions.js';
import { DocInfos, type DocLint } from './client.js';
import { CMD_NEW_DOC, newDesignDoc, revealSection, type NewDocOptions } from './commands.js';
import { CMD_REVEAL, CoverageView, summarize, type CoverageSummary } from './coverage.js';

/** What the extension exports to other extensions (and to its own end-to-end tests). */
export interface MlsdApi {
  /** The latest lint of a doc, if it is an open design doc. */
  lintOf(uri: vscode.Uri): DocLint | undefined;
  coverageOf(uri: vscode.Uri): CoverageSummary | undefined;
  /**
   * The project config resolved for an open doc (undefined until it is): the config file, why the doc is
   * ignored, or the config's problems when it is broken (the doc is then linted with the defaults).
   */
  configOf(uri: vscode.Uri): { configPath?: string; ignored?: string; problems?: string[] } | undefined;
  /** The status bar text, or undefined when the active editor is not a design doc. */
  statusBarText(): string | undefined;
  coverageTree: CoverageView['tree'];
  /** Resolves once the language server answered `initialize`. */
  ready: Promise<void>;
  /** How long `activate` took, in milliseconds (the server starts after it, in the background). */
  activationMs: number;
}

export function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient, log: vscode.LogOutputChannel, t0: number): MlsdApi {
  const docs = new DocInfos(client);
  const coverage = new CoverageView(docs);
  context.subscriptions.push(
    log,
    docs,
    coverage,
    { dispose: () => void client.stop().catch(() => undefined) },
    vscode.commands.registerCommand(CMD_NEW_DOC, (opts?: NewDocOptions) => newDesignDoc(client, opts ?? {})),
    vscode.commands.registerCommand(CMD_ADD_WAIVER, (uri?: vscode.Uri | string, topic?: string | string[], reason?: string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      return target && topic ? addWaiver(client, target, topic, reason) : false;
    }),
    vscode.commands.registerCommand(CMD_INSERT_SECTION, (uri: vscode.Uri | string, group: string, topic?: string) => insertMissingSection(client, uri, group, topic)),
    vscode.commands.registerCommand(CMD_REVEAL, (uri: vscode.Uri | string, line: number) => revealSection(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, line)),
  );
  const ready = client.start().then(
    () => coverage.update(),
    (e: Error) => log.error(`mlsd-lint: the language server did not start: ${e.message}`),
  );
  return {
    lintOf: (uri) => docs.lintOf(uri),
    coverageOf: (uri) => {
      const l = docs.lintOf(uri);
      return l ? summarize(l) : undefined;
    },
    configOf: (uri) => {
      const i = docs.info(uri);
      return i && { configPath: i.configPath, ignored: i.ignored, problems: i.problems };
    },
    statusBarText: () => coverage.text,
    coverageTree: coverage.tree,
    ready,
    activationMs: performance.now() - t0,
  };
}
