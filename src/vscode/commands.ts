/**
 * "ML System Design: New Design Doc from Template": pick the case (titles in the UI language) and the
 * language, render the case template (the core's renderTemplate, from the case's rule book), then open
 * the doc untitled or save it to a chosen path; an existing file is never overwritten without asking.
 * Also the small commands behind the quick fixes and the coverage view.
 */
import * as vscode from 'vscode';
import { renderTemplate, type Lang, type Linter, type RuleBook } from '../core/index.js';
import { uiLang } from './settings.js';

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

async function pickCase(linter: Linter): Promise<string | undefined> {
  const lang = uiLang();
  const items = linter.cases().map((id) => {
    const book = linter.ruleBook(id)!;
    return { label: book.caseInfo.title[lang], description: id, id };
  });
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

async function pickTarget(book: RuleBook): Promise<'untitled' | vscode.Uri | undefined> {
  const untitled = { label: vscode.l10n.t('Open as an unsaved doc'), target: 'untitled' as const };
  const save = { label: vscode.l10n.t('Save to a file…'), target: 'file' as const };
  const picked = await vscode.window.showQuickPick([untitled, save], { title: vscode.l10n.t('New design doc (3/3): where') });
  if (!picked) return undefined;
  if (picked.target === 'untitled') return 'untitled';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${book.caseInfo.id}.design.md`) : undefined,
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
export async function newDesignDoc(linter: Linter, opts: NewDocOptions = {}): Promise<vscode.Uri | undefined> {
  const interactive = opts.case === undefined;
  const caseId = opts.case ?? (await pickCase(linter));
  if (!caseId) return undefined;
  const book = linter.ruleBook(caseId);
  if (!book) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown case "{0}". Known: {1}', caseId, linter.cases().join(', ')));
    return undefined;
  }
  const lang = opts.lang ?? (await pickLang());
  if (!lang) return undefined;
  const target = opts.target ?? (interactive ? await pickTarget(book) : 'untitled');
  if (!target) return undefined;
  const text = renderTemplate(book, lang, { title: opts.title });

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
