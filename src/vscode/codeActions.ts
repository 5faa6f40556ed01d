/**
 * Quick fixes for mlsd-lint diagnostics, as the core plans them (src/core/actions.ts): a handful of
 * entries grouped by finding (its fix, "insert all missing sections of this step", a fix per topic of a
 * grouped finding, a waiver), then "disable for this file" once per rule; and `source.fixAll.mlsd`, which
 * applies the safe fixes (misspelt headings) at once. Every entry is one WorkspaceEdit, so one undo
 * reverts it, and it only inserts or replaces the spans it names.
 */
import * as vscode from 'vscode';
import { bulkFixes, DEFAULT_FIX_TYPES, groupedFindingOf, hollowStepFixes, mergeFixes, quickFixPlan, topicChoices, type Finding, type Fix } from '../core/index.js';
import { setFrontMatterValue } from './frontMatter.js';
import { SOURCE, type DocLint, type LintService } from './diagnostics.js';

export const CMD_ADD_WAIVER = 'mlsd.addWaiver';
export const CMD_INSERT_SECTION = 'mlsd.insertMissingSection';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mlsd');

function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  return c ? String(c.value) : undefined;
}

/** The finding behind a diagnostic: same rule, same start, same message. */
export function findingFor(lint: DocLint, d: vscode.Diagnostic): Finding | undefined {
  const id = ruleIdOf(d);
  return lint.result.findings.find(
    (f) => f.ruleId === id && f.line - 1 === d.range.start.line && f.column - 1 === d.range.start.character && f.message === d.message,
  );
}

function workspaceEdit(doc: vscode.TextDocument, edits: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return edit;
}

/** The fix-all edit of a doc: every safe fix of its latest lint (the types `mlsd-lint --fix` applies by default). */
export function fixAllEdits(lint: DocLint): Fix[] {
  return mergeFixes(lint.doc.getText(), bulkFixes(lint.result.findings, DEFAULT_FIX_TYPES, lint.book)).edits;
}

export class MlsdCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly service: LintService) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      if (!FIX_ALL_KIND.intersects(context.only)) return [];
      const lint = this.service.resultFor(doc);
      const edits = lint ? fixAllEdits(lint) : [];
      if (edits.length === 0) return [];
      const a = new vscode.CodeAction(vscode.l10n.t('Fix all safe mlsd-lint problems'), FIX_ALL_KIND);
      a.edit = workspaceEdit(doc, edits);
      return [a];
    }
    let ours = context.diagnostics.filter((d) => d.source === SOURCE);
    // The workbench's copy of the diagnostics can lag just after a lint: fall back to our own.
    if (ours.length === 0) ours = (this.service.collection.get(doc.uri) ?? []).filter((d) => d.range.intersection(range) !== undefined);
    if (ours.length === 0) return [];
    const lint = this.service.resultFor(doc);
    if (!lint) return [];
    const byFinding = new Map<Finding, vscode.Diagnostic>();
    for (const d of ours) {
      const f = findingFor(lint, d);
      if (f) byFinding.set(f, d);
    }
    const text = doc.getText();
    const hollow = { fixes: hollowStepFixes(lint.linter, text, lint.result, lint.book), coverage: lint.result.coverage };
    const plan = quickFixPlan(text, [...byFinding.keys()], lint.result.findings, lint.book, lint.result.lang, hollow);
    const actions: vscode.CodeAction[] = [];
    for (const p of plan) {
      const d = byFinding.get(p.finding)!;
      if (p.kind === 'edit') {
        const a = new vscode.CodeAction(p.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(doc, p.edits);
        a.diagnostics = [d];
        a.isPreferred = p.preferred;
        actions.push(a);
      } else if (p.kind === 'pick') {
        const a = new vscode.CodeAction(p.title, vscode.CodeActionKind.QuickFix);
        a.command = { command: CMD_INSERT_SECTION, title: p.title, arguments: [doc.uri, p.group] };
        a.diagnostics = [d];
        actions.push(a);
      } else if (p.kind === 'waive') {
        const title = p.topics.length === 1 ? (lint.book.byId.get(p.topics[0]!)?.title[lint.result.lang] ?? p.topics[0]!) : '';
        const label = p.topics.length === 1 ? vscode.l10n.t('Waive "{0}" for this doc (give a reason)…', title) : vscode.l10n.t('Waive a step or topic for this doc (give a reason)…');
        const a = new vscode.CodeAction(label, vscode.CodeActionKind.QuickFix);
        a.command = { command: CMD_ADD_WAIVER, title: a.title, arguments: [doc.uri, p.topics.length === 1 ? p.topics[0] : p.topics] };
        a.diagnostics = p.topics.length === 1 ? [d] : [...byFinding].filter(([f]) => f.topic && p.topics.includes(f.topic)).map(([, x]) => x);
        actions.push(a);
      } else {
        const edit = frontMatterEdit(doc, ['mlsd', 'rules', p.ruleId], 'off');
        if (!edit) continue;
        const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', p.ruleId), vscode.CodeActionKind.QuickFix);
        a.edit = edit;
        a.diagnostics = ours.filter((x) => ruleIdOf(x) === p.ruleId);
        actions.push(a);
      }
    }
    return actions;
  }
}

/**
 * `mlsd.insertMissingSection(uri, group, id?)`: inserts one of the sections a grouped finding lists (`group`:
 * the step whose topics it lists, or `missing-step` for the missing steps);
 * asks which (a quick pick) unless `topicId` is given. Returns whether an edit was applied.
 */
export async function insertMissingSection(service: LintService, uri: vscode.Uri, group: string, topicId?: string): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const lint = service.resultFor(doc);
  const grouped = lint && groupedFindingOf(lint.result.findings, group);
  if (!lint || !grouped) return false;
  const choices = topicChoices(grouped, lint.result.lang);
  const pick =
    topicId !== undefined
      ? choices.find((c) => c.topic === topicId)
      : (await vscode.window.showQuickPick(choices.map((c) => ({ label: c.title, description: c.topic, choice: c })), { title: vscode.l10n.t('Insert a missing section') }))?.choice;
  if (!pick) return false;
  return vscode.workspace.applyEdit(workspaceEdit(doc, pick.edits));
}

/** One WorkspaceEdit that sets a front-matter value, or undefined when the front matter does not parse. */
export function frontMatterEdit(doc: vscode.TextDocument, keys: string[], value: string): vscode.WorkspaceEdit | undefined {
  const fix = setFrontMatterValue(doc.getText(), keys, value);
  if (!fix) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(fix.start), doc.positionAt(fix.end)), fix.text);
  return edit;
}

/**
 * `mlsd.addWaiver(uri, topicId | topicIds, reason?)`: asks which (when given several), then for the reason (unless given), then writes
 * `mlsd.waive.<id>: "<reason>"` into the front matter as one edit. Returns whether it was applied.
 */
export async function addWaiver(uri: vscode.Uri, topic: string | string[], reason?: string): Promise<boolean> {
  // Several: the user picks which one first.
  const topicId = typeof topic === 'string' ? topic : await vscode.window.showQuickPick(topic, { title: vscode.l10n.t('Waive a step or topic for this doc (give a reason)…') });
  if (!topicId) return false;
  const doc = await vscode.workspace.openTextDocument(uri);
  const why =
    reason ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Waive "{0}"', topicId),
      prompt: vscode.l10n.t('Why does this topic not apply to this design? The reason is kept in the front matter for reviewers.'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A waiver needs a reason.')),
      ignoreFocusOut: true,
    }));
  if (!why || !why.trim()) return false;
  const edit = frontMatterEdit(doc, ['mlsd', 'waive', topicId], why.trim());
  if (!edit) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The front matter of this doc does not parse; fix it first, then waive.'));
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
