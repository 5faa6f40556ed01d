/**
 * The one quick fix that needs the editor: "Waive … (give a reason)". The server offers it as the command
 * `mlsd.addWaiver(uri, topicId)`; this asks for the reason, has the server work out the front-matter edit
 * (it keeps every other character of the front matter), and applies it as one undoable edit.
 * (The other quick fixes and fix-all are plain edits from the server.)
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import * as P from '../server/protocol.js';

export const CMD_ADD_WAIVER = P.CMD_ADD_WAIVER;

/**
 * `mlsd.addWaiver(uri, topicId, reason?)`: asks for the reason (unless given), then writes
 * `mlsd.waive.<id>: "<reason>"` into the front matter as one edit. Returns whether it was applied.
 */
export async function addWaiver(client: BaseLanguageClient, target: vscode.Uri | string, topicId: string, reason?: string): Promise<boolean> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
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
  const { start, end } = answer.edit.range;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(start.line, start.character, end.line, end.character), answer.edit.newText);
  return vscode.workspace.applyEdit(edit);
}
