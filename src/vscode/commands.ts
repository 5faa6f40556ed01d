/**
 * "ML System Design: New Design Doc from Template": pick the case (titles in the UI language) and the
 * language, render the case template (the server's: the core's renderTemplate, from the case's rule book), then open
 * the doc untitled or save it to a chosen path; an existing file is never overwritten without asking.
 * Also the small commands behind the quick fixes and the coverage view.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import * as P from '../server/protocol.js';
import { uiLang } from './settings.js';

type Lang = 'en' | 'ko';

export const CMD_NEW_DOC = 'mlsd.newDoc';

export interface NewDocOptions {
  /** Case id; asked for when absent. */
  case?: string;
  /** Language of the doc; asked for when absent. */
  lang?: Lang;
  title?: string;
  /** Where to put it: 'untitled' (default when given programmatically), or a file URI (asks before overwriting). */
  target?: 'untitled' | vscode.Uri;
}

async function pickCase(cases: P.CaseItem[]): Promise<string | undefined> {
  const lang = uiLang();
  const items = cases.map((c) => ({ label: c.title[lang], description: c.id, id: c.id }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New design doc (1/3): case'),
    placeHolder: vscode.l10n.t('Which system are you designing?'),
    matchOnDescription: true,
  });
  return picked?.id;
}

async function pickLang(): Promise<Lang | undefined> {
  const items: Array<vscode.QuickPickItem & { lang: Lang }> = [
    { label: 'English', description: 'en', lang: 'en' },
    { label: '한국어', description: 'ko', lang: 'ko' },
  ];
  if (uiLang() === 'ko') items.reverse();
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New design doc (2/3): language'),
    placeHolder: vscode.l10n.t('Language of the headings and hints'),
  });
  return picked?.lang;
}

async function pickTarget(caseId: string): Promise<'untitled' | vscode.Uri | undefined> {
  const untitled = { label: vscode.l10n.t('Open as an unsaved doc'), target: 'untitled' as const };
  const save = { label: vscode.l10n.t('Save to a file…'), target: 'file' as const };
  const picked = await vscode.window.showQuickPick([untitled, save], { title: vscode.l10n.t('New design doc (3/3): where') });
  if (!picked) return undefined;
  if (picked.target === 'untitled') return 'untitled';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${caseId}.design.md`) : undefined,
    filters: { Markdown: ['md'] },
    saveLabel: vscode.l10n.t('Create design doc'),
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Creates the doc; returns its URI, or undefined when the user cancelled. */
export async function newDesignDoc(client: BaseLanguageClient, opts: NewDocOptions = {}): Promise<vscode.Uri | undefined> {
  await client.start();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  const interactive = opts.case === undefined;
  const caseId = opts.case ?? (await pickCase(await client.sendRequest<P.CaseItem[]>(P.CasesRequest, { uri: folder })));
  if (!caseId) return undefined;
  const cases = await client.sendRequest<P.CaseItem[]>(P.CasesRequest, { uri: folder });
  if (!cases.some((c) => c.id === caseId)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown case "{0}". Known: {1}', caseId, cases.map((c) => c.id).join(', ')));
    return undefined;
  }
  const lang = opts.lang ?? (await pickLang());
  if (!lang) return undefined;
  const target = opts.target ?? (interactive ? await pickTarget(caseId) : 'untitled');
  if (!target) return undefined;
  const rendered = await client.sendRequest<P.TemplateResult>(P.TemplateRequest, { case: caseId, lang, title: opts.title, uri: folder } satisfies P.TemplateParams);
  if ('problem' in rendered) {
    void vscode.window.showErrorMessage(rendered.problem);
    return undefined;
  }
  const text = rendered.text;

  if (target === 'untitled') {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  if (await exists(target)) {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Overwrite it with a new design doc?', vscode.workspace.asRelativePath(target)),
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}

/** Opens the doc and puts the cursor on the (1-based) line, centred. */
export async function revealSection(uri: vscode.Uri, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  const pos = new vscode.Position(Math.max(0, line - 1), 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
