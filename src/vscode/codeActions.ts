/**
 * Quick fixes for mlsd-lint diagnostics: insert the missing section (where it belongs in step order),
 * fix a misspelt heading, waive the topic with a reason in front matter, or turn the rule off for this file.
 * Every fix is one WorkspaceEdit, so one undo reverts it, and it only inserts or replaces the span it names.
 */
import * as vscode from 'vscode';
import { formatText, ruleById, type Finding } from '../core/index.js';
import { setFrontMatterValue } from '../core/frontmatter-edit.js';
import { SOURCE, type DocLint, type LintService } from './diagnostics.js';
import { uiLang } from './settings.js';

export const CMD_ADD_WAIVER = 'mlsd.addWaiver';

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

export class MlsdCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: LintService) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    let ours = context.diagnostics.filter((d) => d.source === SOURCE);
    // The workbench's copy of the diagnostics can lag just after a lint: fall back to our own.
    if (ours.length === 0) ours = (this.service.collection.get(doc.uri) ?? []).filter((d) => d.range.intersection(range) !== undefined);
    if (ours.length === 0) return [];
    const lint = this.service.resultFor(doc);
    if (!lint) return [];
    const actions: vscode.CodeAction[] = [];
    const disabled = new Set<string>();
    for (const d of ours) {
      const f = findingFor(lint, d);
      if (!f) continue;
      const def = f.topic ? lint.book.byId.get(f.topic) : undefined;
      // What a rule offers (the title of its fix, whether it can be waived) is in its meta.
      const meta = ruleById(f.ruleId)?.meta;
      if (f.fix) {
        const titles = meta?.fixes?.[f.fix.id];
        const title = titles ? formatText(titles, uiLang(), f.fix.data) : vscode.l10n.t('Fix: {0}', f.ruleId);
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(f.fix.start), doc.positionAt(f.fix.end)), f.fix.text);
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
      }
      if (def && meta?.waivable) {
        const a = new vscode.CodeAction(vscode.l10n.t('Waive "{0}" for this doc (give a reason)…', def.title[uiLang()]), vscode.CodeActionKind.QuickFix);
        a.command = { command: CMD_ADD_WAIVER, title: a.title, arguments: [doc.uri, def.id] };
        a.diagnostics = [d];
        actions.push(a);
      }
      if (!disabled.has(f.ruleId)) {
        disabled.add(f.ruleId);
        const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', f.ruleId), vscode.CodeActionKind.QuickFix);
        const edit = frontMatterEdit(doc, ['mlsd', 'rules', f.ruleId], 'off');
        if (edit) {
          a.edit = edit;
          a.diagnostics = ours.filter((x) => ruleIdOf(x) === f.ruleId);
          actions.push(a);
        }
      }
    }
    return actions;
  }
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
 * `mlsd.addWaiver(uri, topicId, reason?)`: asks for the reason (unless given), then writes
 * `mlsd.waive.<id>: "<reason>"` into the front matter as one edit. Returns whether it was applied.
 */
export async function addWaiver(uri: vscode.Uri, topicId: string, reason?: string): Promise<boolean> {
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
