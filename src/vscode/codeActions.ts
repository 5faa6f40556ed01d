/**
 * The quick fixes that need the editor's UI; the server plans them (the core's src/core/actions.ts) and
 * offers them as commands: "Waive … (give a reason)" (`mlsd.addWaiver(uri, topicId | topicIds)`: asks which,
 * then the reason; the server works out the front-matter edit, which keeps every other character of the
 * front matter) and the pick of one section a grouped finding lists (`mlsd.insertMissingSection`). Each
 * is applied as one undoable edit. (The other quick fixes and fix-all are plain edits from the server.)
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import * as P from '../server/protocol.js';

export const CMD_ADD_WAIVER = P.CMD_ADD_WAIVER;
export const CMD_INSERT_SECTION = P.CMD_INSERT_SECTION;

type LspEdit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };

function workspaceEdit(uri: vscode.Uri, edits: readonly LspEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  return edit;
}

/**
 * `mlsd.insertMissingSection(uri, group, topicId?)`: inserts one of the sections a grouped finding lists
 * (`group`: the step whose topics it lists, or `missing-step`); asks which (a quick pick) unless `topicId`
 * is given. Returns whether an edit was applied.
 */
export async function insertMissingSection(client: BaseLanguageClient, target: vscode.Uri | string, group: string, topicId?: string): Promise<boolean> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  await client.start();
  const choices = await client.sendRequest<P.TopicChoiceItem[]>(P.TopicChoicesRequest, { uri: uri.toString(), group } satisfies P.TopicChoicesParams);
  const pick =
    topicId !== undefined
      ? choices.find((c) => c.topic === topicId)
      : (await vscode.window.showQuickPick(choices.map((c) => ({ label: c.title, description: c.topic, choice: c })), { title: vscode.l10n.t('Insert a missing section') }))?.choice;
  if (!pick) return false;
  return vscode.workspace.applyEdit(workspaceEdit(uri, pick.edits));
}

/**
 * `mlsd.addWaiver(uri, topicId | topicIds, reason?)`: asks which (when given several), then for the reason
 * (unless given), then writes `mlsd.waive.<id>: "<reason>"` into the front matter as one edit. Returns
 * whether it was applied.
 */
export async function addWaiver(client: BaseLanguageClient, target: vscode.Uri | string, topic: string | string[], reason?: string): Promise<boolean> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
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
  await client.start();
  const answer = await client.sendRequest<P.FrontMatterEditResult>(P.FrontMatterEditRequest, { uri: doc.uri.toString(), keys: ['mlsd', 'waive', topicId], value: why.trim() } satisfies P.FrontMatterEditParams);
  if ('problem' in answer) {
    void vscode.window.showWarningMessage(answer.problem);
    return false;
  }
  return vscode.workspace.applyEdit(workspaceEdit(doc.uri, [answer.edit]));
}
