/**
 * Coverage at a glance: a status bar item (`MLSD 5/7 steps · 18/26 topics`) and the "Design Coverage" tree
 * (steps, their topics, each with its status; click to jump to the section). Both follow the active editor
 * and update whenever its doc is linted. Steps and topics come from the doc's rule book, never from code.
 */
import * as vscode from 'vscode';
import type { CoverageEntry, Status } from '../core/types.js';
import type * as P from '../server/protocol.js';
import type { SlimSection } from '../server/protocol.js';
import type { DocInfos, DocLint } from './client.js';
import { uiLang } from './settings.js';

export const CMD_REVEAL = 'mlsd.revealSection';
export const VIEW_ID = 'mlsd.coverage';

type StepProgress = NonNullable<P.DocInfo['progress']>[number];
type StepState = StepProgress['state'];

export interface CoverageSummary {
  /** Steps done: there (or waived) with every required topic covered. */
  steps: { covered: number; total: number };
  /** Required topics of the doc's case: covered = present or waived. */
  topics: { covered: number; total: number };
  /** Each step's topic counts and state (the server's, from src/core/progress.ts). */
  progress: StepProgress[];
}

export function summarize(lint: DocLint): CoverageSummary {
  return { ...lint.tally, progress: lint.progress };
}

function titleOf(lint: DocLint, id: string, lang: 'en' | 'ko'): string {
  return (lint.book.steps.find((d) => d.id === id) ?? lint.book.topics.find((d) => d.id === id))?.title[lang] ?? id;
}

function stateLabel(state: StepState): string {
  switch (state) {
    case 'done':
      return vscode.l10n.t('done');
    case 'partial':
      return vscode.l10n.t('in progress');
    case 'hollow':
      return vscode.l10n.t('empty');
    case 'missing':
      return vscode.l10n.t('missing');
    case 'waived':
      return vscode.l10n.t('waived');
    case 'notAsked':
      return vscode.l10n.t('not asked by this case');
  }
}

/** A step's icon: green only when done; a missing key topic is a warning sign. */
function stepIcon(p: StepProgress): [string, string] {
  if (p.state === 'done') return ['pass', 'testing.iconPassed'];
  if (p.state === 'waived' || p.state === 'notAsked') return ICONS.waived;
  if (p.state === 'missing') return ICONS.missing;
  if (p.keyMissing.length > 0) return ['warning', 'list.warningForeground'];
  return p.state === 'hollow' ? ICONS.empty : ['circle-large-filled', 'list.warningForeground'];
}

export function statusLabel(status: Status): string {
  switch (status) {
    case 'present':
      return vscode.l10n.t('present');
    case 'empty':
      return vscode.l10n.t('empty');
    case 'missing':
      return vscode.l10n.t('missing');
    case 'waived':
      return vscode.l10n.t('waived');
  }
}

const ICONS: Record<Status, [string, string]> = {
  present: ['pass', 'testing.iconPassed'],
  empty: ['circle-large-outline', 'list.warningForeground'],
  missing: ['error', 'list.errorForeground'],
  waived: ['circle-slash', 'disabledForeground'],
};

export interface CoverageNode {
  def: SlimSection;
  entry: CoverageEntry;
  uri: vscode.Uri;
  /** Line (1-based) to jump to: the section, or for a missing topic its step's heading. */
  line?: number;
}

export class CoverageTree implements vscode.TreeDataProvider<CoverageNode> {
  private readonly changed = new vscode.EventEmitter<CoverageNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  lint: DocLint | undefined;

  show(lint: DocLint | undefined): void {
    this.lint = lint;
    this.changed.fire(undefined);
  }

  getChildren(parent?: CoverageNode): CoverageNode[] {
    const lint = this.lint;
    if (!lint) return [];
    const { coverage } = lint.result;
    const node = (def: SlimSection, group: Record<string, CoverageEntry>): CoverageNode => {
      const entry = group[def.id] ?? { status: 'missing' };
      const line = entry.line ?? (def.kind === 'topic' ? coverage.steps[def.step]?.line : undefined);
      return { def, entry, uri: lint.uri, line };
    };
    if (!parent) return lint.book.steps.map((s) => node(s, coverage.steps));
    if (parent.def.kind !== 'step') return [];
    return lint.book.topics.filter((t) => t.step === parent.def.id).map((t) => node(t, coverage.topics));
  }

  getTreeItem(n: CoverageNode): vscode.TreeItem {
    const lang = uiLang();
    const item = new vscode.TreeItem(
      n.def.title[lang],
      n.def.kind === 'step' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${n.uri.toString()}#${n.def.id}`;
    const optional = n.def.kind === 'topic' && !n.def.required ? ` · ${vscode.l10n.t('optional')}` : '';
    // What the doc's case does not ask for (its chapter's `omits`) is never missing: said so, without the error icon.
    const notAsked = n.entry.notAsked && n.entry.status === 'missing';
    item.description = notAsked ? vscode.l10n.t('not asked by this case') : statusLabel(n.entry.status) + optional;
    let [icon, color] = notAsked ? ICONS.waived : ICONS[n.entry.status];
    const p = n.def.kind === 'step' && this.lint ? this.lint.progress.find((x) => x.step === n.def.id) : undefined;
    if (p) {
      // `3/9 · in progress · key: Offline metrics`: the counts, the state, the key topics still missing.
      const keys = p.keyMissing.map((id) => titleOf(this.lint!, id, lang)).join(', ');
      item.description = [`${p.covered}/${p.total}`, stateLabel(p.state), keys ? vscode.l10n.t('key topic missing: {0}', keys) : ''].filter(Boolean).join(' · ');
      [icon, color] = stepIcon(p);
    }
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    const tip = new vscode.MarkdownString(`**${n.def.title[lang]}** \`${n.def.id}\` — ${statusLabel(n.entry.status)}`);
    if (n.entry.reason) tip.appendMarkdown(`\n\n${vscode.l10n.t('Waived: {0}', n.entry.reason)}`);
    else if (n.entry.status !== 'present' && n.def.hint) tip.appendMarkdown(`\n\n${n.def.hint[lang]}`);
    item.tooltip = tip;
    item.contextValue = `mlsd.${n.def.kind}.${n.entry.status}`;
    if (n.line !== undefined) {
      item.command = { command: CMD_REVEAL, title: vscode.l10n.t('Go to section'), arguments: [n.uri, n.line] };
    }
    return item;
  }
}

/** The status bar item and the tree, kept in step with the active editor's latest lint. */
export class CoverageView implements vscode.Disposable {
  readonly tree = new CoverageTree();
  readonly item = vscode.window.createStatusBarItem('mlsd.coverage', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly docs: DocInfos) {
    this.item.name = vscode.l10n.t('ML System Design coverage');
    this.item.command = `${VIEW_ID}.focus`;
    const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    this.disposables.push(
      this.item,
      view,
      docs.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      // The active doc's coverage through the server's custom request (the stored one may be of an older version).
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        this.update();
        if (ed && ed.document.languageId === 'markdown') void docs.fetch(ed.document.uri).then(() => this.update(), () => undefined);
      }),
    );
    this.update();
  }

  /** Status bar text for the active doc, or undefined when it is not a design doc. */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const lint = doc ? this.docs.lintOf(doc.uri) : undefined;
    this.tree.show(lint);
    if (!lint) {
      this.item.text = '';
      this.item.hide();
      return;
    }
    if (lint.result.genre) {
      // A model card, a pattern page, notes that walk no step: not checked against the procedure, so no coverage to show.
      this.tree.show(undefined);
      this.item.text = `$(info) ${vscode.l10n.t('MLSD: not a design doc')}`;
      this.item.tooltip = vscode.l10n.t('This doc reads as {0}, not a design doc, so it is not checked against the design procedure. Give it an "mlsd:" key in its front matter to check it as a design doc.', lint.genreName?.[uiLang()] ?? lint.result.genre);
      this.item.show();
      return;
    }
    const s = summarize(lint);
    this.item.text = `$(checklist) ${vscode.l10n.t('MLSD {0}/{1} steps · {2}/{3} topics', s.steps.covered, s.steps.total, s.topics.covered, s.topics.total)}`;
    const { errorCount, warningCount } = lint.result;
    // The tooltip lists each step with its topic counts, as the view does.
    const lang = uiLang();
    const tip = new vscode.MarkdownString(vscode.l10n.t('Design coverage ({0}): {1} errors, {2} warnings. Click to see every step and topic.', lint.result.case, errorCount, warningCount), true);
    for (const p of s.progress) tip.appendMarkdown(`\n\n$(${stepIcon(p)[0]}) ${titleOf(lint, p.step, lang)}: ${p.covered}/${p.total} · ${stateLabel(p.state)}`);
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
