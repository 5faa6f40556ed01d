/**
 * Coverage at a glance: a status bar item (`MLSD 5/7 steps · 18/26 topics`) and the "Design Coverage" tree
 * (steps, their topics, each with its status; click to jump to the section). Both follow the active editor
 * and update whenever its doc is linted. Steps and topics come from the doc's rule book, never from code.
 */
import * as vscode from 'vscode';
import { coverageTally, stepProgress, stepsDone, type CoverageEntry, type SectionDef, type Status, type StepProgress, type StepState, type Tally } from '../core/index.js';
import type { DocLint, LintService } from './diagnostics.js';
import { uiLang } from './settings.js';

export const CMD_REVEAL = 'mlsd.revealSection';
export const VIEW_ID = 'mlsd.coverage';

export interface CoverageSummary {
  /** Steps done: there (or waived) with every required topic covered. */
  steps: Tally;
  /** Required topics of the doc's case: covered = present or waived. */
  topics: Tally;
  /** Each step's topic counts and state (src/core/progress.ts). */
  progress: StepProgress[];
}

export function summarize(lint: DocLint): CoverageSummary {
  const progress = stepProgress(lint.result.coverage, lint.book);
  return { steps: stepsDone(progress), topics: coverageTally(lint.result.coverage, lint.book).topics, progress };
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
  def: SectionDef;
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
    const node = (def: SectionDef, group: Record<string, CoverageEntry>): CoverageNode => {
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
    item.description = statusLabel(n.entry.status) + optional;
    let [icon, color] = ICONS[n.entry.status];
    const p = n.def.kind === 'step' && this.lint ? stepProgress(this.lint.result.coverage, this.lint.book).find((x) => x.step === n.def.id) : undefined;
    if (p) {
      // `3/9 · in progress · key: Offline metrics`: the counts, the state, the key topics still missing.
      const keys = p.keyMissing.map((id) => this.lint!.book.byId.get(id)?.title[lang] ?? id).join(', ');
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

  constructor(private readonly service: LintService) {
    this.item.name = vscode.l10n.t('ML System Design coverage');
    this.item.command = `${VIEW_ID}.focus`;
    const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    this.disposables.push(
      this.item,
      view,
      service.onDidLint((e) => {
        if (e.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** Status bar text for the active doc, or undefined when it is not a design doc. */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const lint = doc ? this.service.lastResult(doc.uri) : undefined;
    this.tree.show(lint);
    if (!lint) {
      this.item.text = '';
      this.item.hide();
      return;
    }
    const s = summarize(lint);
    this.item.text = `$(checklist) ${vscode.l10n.t('MLSD {0}/{1} steps · {2}/{3} topics', s.steps.covered, s.steps.total, s.topics.covered, s.topics.total)}`;
    const { errorCount, warningCount } = lint.result;
    // The tooltip lists each step with its topic counts, as the view does.
    const lang = uiLang();
    const tip = new vscode.MarkdownString(vscode.l10n.t('Design coverage ({0}): {1} errors, {2} warnings. Click to see every step and topic.', lint.result.case, errorCount, warningCount), true);
    for (const p of s.progress) {
      const title = lint.book.byId.get(p.step)?.title[lang] ?? p.step;
      tip.appendMarkdown(`\n\n$(${stepIcon(p)[0]}) ${title}: ${p.covered}/${p.total} · ${stateLabel(p.state)}`);
    }
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
