/** Activation only: wires the lint service, quick fixes, commands and coverage view together. */
import * as vscode from 'vscode';
import { addWaiver, CMD_ADD_WAIVER, CMD_INSERT_SECTION, insertMissingSection, MlsdCodeActions } from './codeActions.js';
import { CMD_NEW_DOC, newDesignDoc, revealSection, type NewDocOptions } from './commands.js';
import { CMD_REVEAL, CoverageView, summarize, type CoverageSummary } from './coverage.js';
import { LintService, type DocLint } from './diagnostics.js';

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
}

export async function activate(context: vscode.ExtensionContext): Promise<MlsdApi> {
  const log = vscode.window.createOutputChannel('mlsd-lint', { log: true });
  const service = new LintService(log);
  const coverage = new CoverageView(service);
  context.subscriptions.push(
    log,
    service,
    coverage,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new MlsdCodeActions(service), {
      providedCodeActionKinds: MlsdCodeActions.kinds,
    }),
    vscode.commands.registerCommand(CMD_NEW_DOC, (opts?: NewDocOptions) => newDesignDoc(service.current, opts ?? {})),
    vscode.commands.registerCommand(CMD_ADD_WAIVER, (uri?: vscode.Uri, topic?: string | string[], reason?: string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      return target && topic ? addWaiver(target, topic, reason) : false;
    }),
    vscode.commands.registerCommand(CMD_INSERT_SECTION, (uri: vscode.Uri, step: string, topic?: string) => insertMissingSection(service, uri, step, topic)),
    vscode.commands.registerCommand(CMD_REVEAL, (uri: vscode.Uri, line: number) => revealSection(uri, line)),
  );
  await service.start();
  coverage.update();
  return {
    lintOf: (uri) => service.lastResult(uri),
    coverageOf: (uri) => {
      const l = service.lastResult(uri);
      return l ? summarize(l) : undefined;
    },
    configOf: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const p = doc && service.config.cached(doc);
      return p && { configPath: p.configPath, ignored: p.plan.ignored, problems: p.problems };
    },
    statusBarText: () => coverage.text,
    coverageTree: coverage.tree,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
