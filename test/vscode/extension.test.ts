/**
 * End-to-end suite for the extension, run inside a real VS Code extension host, unchanged, by both runners:
 * the code-server harness (test/vscode-host/run-tests.js, what CI runs) and @vscode/test-electron
 * (test/vscode/runTest.ts, for machines that can download VS Code). Workspace: test/vscode/workspace.
 * Fixture files are edited in memory only and reverted, never saved.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Linter } from '../../src/core/index.js';
import type { MlsdApi } from '../../src/vscode/extension.js';

const EXT_ID = 'mlsd-lint.mlsd-lint';
const DESIGN = 'event-recommendation.md';
const FIXABLE = 'fixable.md';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const fileUri = (rel: string) => vscode.Uri.joinPath(folder(), ...rel.split('/'));
/** VS Code's own Markdown extension publishes diagnostics too: look at ours only. */
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mlsd-lint');
const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function waitFor<T>(what: string, probe: () => T | undefined | null | false, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

async function openFile(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  // not a preview tab: opening the next file must not close this one (closing clears its diagnostics)
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Reverts and closes every open editor (no save dialog: fixtures are never written). */
async function closeAll(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

function lineOf(doc: vscode.TextDocument, re: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matches ${re}`);
}

/** The quick fixes the light bulb offers at `range` once it offers any (the workbench's copy of the diagnostics can lag). */
async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let i = 0; i < 40 && actions.length === 0; i++) {
    if (i > 0) await sleep(100);
    actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  }
  return actions;
}

/**
 * The user's text is intact: `after` is `before` with one span inserted (at a line start, since the
 * quick fixes insert whole lines). Returns the inserted text.
 */
function assertOnlyInserted(before: string, after: string): string {
  const n = after.length - before.length;
  assert.ok(n > 0, 'nothing was inserted');
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  while (i > 0 && after[i - 1] !== '\n') i--; // the common prefix may run into the inserted text
  assert.equal(after.slice(0, i) + after.slice(i + n), before, 'text outside the inserted span changed');
  return after.slice(i, i + n);
}

interface CliFile {
  case: string;
  coverage: { steps: Record<string, { status: string; line?: number }>; topics: Record<string, { status: string; line?: number }> };
  messages: Array<{ ruleId: string; severity: number; line: number; column: number }>;
}

/** The project's root: the extension runs from its own folder in it, dist/vsix/ (scripts/stage-extension.mjs). */
const repoRoot = () => path.resolve(vscode.extensions.getExtension(EXT_ID)!.extensionPath, '..', '..');

/**
 * `mlsd-lint --format json <file>` run from the workspace folder (so config paths in its messages are
 * relative to it, as in the editor's). Async, so the extension host stays responsive while the CLI runs.
 */
async function runCli(uri: vscode.Uri): Promise<{ status: number; files: CliFile[]; stderr: string }> {
  const root = repoRoot();
  const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [path.join(root, 'bin', 'mlsd-lint.js'), '--format', 'json', uri.fsPath], { cwd: folder().fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (err, stdout, stderr) =>
      resolve({ status: err ? Number(err.code ?? 99) : 0, stdout, stderr }),
    ),
  );
  return { status: run.status, files: run.stdout ? (JSON.parse(run.stdout) as CliFile[]) : [], stderr: run.stderr };
}

/** Findings as `line:col rule severity`, sorted: the CLI's JSON and the Problems panel in one shape. */
const cliFindings = (f: CliFile) => f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'}`).sort();
const editorFindings = (uri: vscode.Uri) =>
  ours(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)} ${d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning'}`).sort();

let api: MlsdApi;

suite('mlsd-lint extension', function () {
  this.timeout(30000);

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<MlsdApi>(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not installed in this VS Code`);
    api = await ext.activate();
    assert.ok(ext.isActive);
  });

  teardown(closeAll);

  test('a doc missing offline metrics gets that diagnostic on the Evaluation heading, linked to its docs page', async () => {
    const { document: doc } = await openFile(DESIGN);
    const d = await waitFor('the missing offline-metrics diagnostic', () =>
      ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic' && /Offline metrics/.test(x.message)),
    );
    assert.equal(d.range.start.line, lineOf(doc, /^## Evaluation\s*$/), 'reported on the Evaluation heading');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof d.code === 'object' && d.code.target.toString().endsWith('/docs/rules/missing-topic.md'), 'code links to the rule page');
    assert.equal(ours(doc.uri).filter((x) => ruleOf(x) === 'missing-topic' || ruleOf(x) === 'missing-step').length, 1, 'nothing else is missing');
  });

  test('the quick fix inserts the section in step order, keeps the text intact, clears the diagnostic, and undoes in one step', async () => {
    const editor = await openFile(DESIGN);
    const doc = editor.document;
    const d = await waitFor('diagnostic', () => ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic'));
    const actions = await quickFixes(doc.uri, d.range);
    const fix = actions.find((a) => a.title === 'Insert section "Offline metrics"');
    assert.ok(fix?.edit, `an "Insert section" quick fix is offered (got: ${actions.map((a) => a.title).join(' | ')}; diagnostic ${d.range.start.line}: ${d.message})`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const inserted = assertOnlyInserted(before, doc.getText());
    assert.match(inserted, /^### Offline metrics$/m);
    const at = lineOf(doc, /^### Offline metrics$/);
    assert.ok(at > lineOf(doc, /^## Evaluation\s*$/) && at < lineOf(doc, /^### Online metrics/), 'inserted between Evaluation and Online metrics');
    await waitFor('the missing-topic diagnostic to go away (re-lint on type)', () => !ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic'));
    await waitFor('coverage to see the new section', () => api.lintOf(doc.uri)?.result.coverage.topics['eval-offline-metrics']?.status !== 'missing');

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the doc');
    await waitFor('the diagnostic to come back after undo', () => ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic'));
  });

  test('the waive quick fix writes the waiver with its reason into the front matter and the topic counts as waived', async () => {
    const { document: doc } = await openFile(DESIGN);
    const d = await waitFor('diagnostic', () => ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic'));
    const waive = (await quickFixes(doc.uri, d.range)).find((a) => a.title.startsWith('Waive "Offline metrics"'));
    assert.ok(waive?.command, 'a waive quick fix is offered');
    const before = doc.getText();
    const reason = 'Offline metrics are owned by the ranking team doc.';
    assert.equal(await vscode.commands.executeCommand(waive.command.command, ...(waive.command.arguments ?? []), reason), true);
    const inserted = assertOnlyInserted(before, doc.getText());
    assert.equal(inserted, `  waive:\n    eval-offline-metrics: ${JSON.stringify(reason)}\n`);
    await waitFor('the diagnostic to go away', () => !ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic'));
    const cov = await waitFor('coverage', () => api.lintOf(doc.uri)?.result.coverage.topics['eval-offline-metrics']);
    assert.equal(cov.status, 'waived');
    assert.equal(cov.reason, reason);
  });

  test('source.fixAll.mlsd renames the misspelt step heading, changes nothing else, and undoes in one step', async () => {
    const { document: doc } = await openFile(FIXABLE);
    await waitFor('the heading-typo diagnostic', () => ours(doc.uri).some((x) => ruleOf(x) === 'heading-typo'));
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, 'source.fixAll.mlsd')) ?? [];
    assert.equal(actions.length, 1, `one fix-all action (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.equal(actions[0]!.kind?.value, 'source.fixAll.mlsd');
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
    assert.equal(doc.getText(), before.replace('\n## Evaluaton\n', '\n## Evaluation\n'), 'only the heading changed');
    await waitFor('the heading-typo diagnostic to go away', () => !ours(doc.uri).some((x) => ruleOf(x) === 'heading-typo'));
    assert.ok(ours(doc.uri).some((x) => ruleOf(x) === 'missing-step'), 'missing sections are not inserted by fix-all');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the doc');
  });

  test('a grouped missing-topic finding lists its topics as related information and offers a fix per topic', async () => {
    const { document: doc } = await openFile(FIXABLE);
    const framing = lineOf(doc, /^## Frame the Problem/);
    const d = await waitFor('the grouped finding on the framing step', () => ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic' && x.range.start.line === framing));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(
      (d.relatedInformation ?? []).map((r) => r.message),
      ["Specifying the system's input and output (frame-io)", 'Choosing the right ML category (frame-ml-category)'],
    );
    const actions = await quickFixes(doc.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.ok(actions.length <= 6, `a handful of entries, got ${actions.length}: ${titles.join(' | ')}`);
    assert.deepEqual(titles.slice(0, 3), [
      'Insert all 2 missing sections of "Frame the Problem as an ML Task"',
      'Insert section "Specifying the system\'s input and output"',
      'Insert section "Choosing the right ML category"',
    ]);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(actions[2]!.edit!));
    const inserted = assertOnlyInserted(before, doc.getText());
    assert.match(inserted, /^### Choosing the right ML category$/m);
    const at = lineOf(doc, /^### Choosing the right ML category$/);
    assert.ok(at > lineOf(doc, /^### Defining the ML objective/) && at < lineOf(doc, /^## Evaluaton/), 'inside the framing step, after what is there');
    await waitFor('the grouped finding to list one topic', () =>
      ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic' && x.range.start.line === framing && x.relatedInformation?.length === 1),
    );
  });

  test('"insert all missing sections of this step" inserts them in template order; a long group offers a pick per topic', async () => {
    const { document: doc } = await openFile(FIXABLE);
    const req = lineOf(doc, /^## Clarifying Requirements/);
    const d = await waitFor('the grouped finding on the requirements step', () => ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic' && x.range.start.line === req));
    assert.equal(d.relatedInformation?.length, 6);
    const actions = await quickFixes(doc.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.ok(actions.length <= 6, `a handful of entries, got ${actions.length}: ${titles.join(' | ')}`);
    // Six topics are one "pick" entry, not six: it inserts the topic it is given (the user picks it from a list).
    const pick = actions.find((a) => a.title === 'Insert a missing section of "Clarifying Requirements"…');
    assert.ok(pick?.command, `a pick entry (got: ${titles.join(' | ')})`);
    let before = doc.getText();
    assert.equal(await vscode.commands.executeCommand(pick.command.command, ...(pick.command.arguments ?? []), 'req-scale'), true);
    assert.match(assertOnlyInserted(before, doc.getText()), /^### Scale of the system$/m);
    const grouped = await waitFor('the grouped finding to list five topics', () =>
      ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic' && x.range.start.line === req && x.relatedInformation?.length === 5),
    );

    const all = (await quickFixes(doc.uri, grouped.range)).find((a) => a.title === 'Insert all 5 missing sections of "Clarifying Requirements"');
    assert.ok(all?.edit && all.isPreferred);
    before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    const after = doc.getText();
    // The user's text is intact: removing the inserted headings and their TODO lines gives it back.
    const strip = (t: string) => t.split('\n').filter((l) => !/^(### (Supported features|Data availability|Constraints|Performance|Requirements summary)|TODO: .*)$/.test(l)).join('\n').replace(/\n{3,}/g, '\n\n');
    assert.equal(strip(after), strip(before));
    const order = ['Business objective', 'Supported features', 'Data availability', 'Constraints', 'Scale of the system', 'Performance', 'Requirements summary'].map((t) => lineOf(doc, new RegExp(`^### ${t}$`)));
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'in the order of the template');
    assert.ok(order[6]! < lineOf(doc, /^## Frame the Problem/));
    await waitFor('no grouped finding on the requirements step', () => !ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic' && x.range.start.line === req));

    // Three missing steps on the title line are one grouped finding: all of them at once, or one picked
    // (monitoring, a warning under the doc's interview profile, is its own finding).
    const title = lineOf(doc, /^# Ticket fraud screening/);
    const steps = await waitFor('the missing steps', () =>
      ours(doc.uri).find((x) => ruleOf(x) === 'missing-step' && x.range.start.line === title && (x.relatedInformation?.length ?? 0) > 0),
    );
    const onTitle = await quickFixes(doc.uri, steps.range);
    const names = onTitle.map((a) => a.title);
    assert.ok(names.length <= 6, `a handful of entries, got ${names.length}: ${names.join(' | ')}`);
    assert.ok(names.includes('Insert all 3 missing steps'), names.join(' | '));
    const pickStep = onTitle.find((a) => a.title === 'Insert a missing step…');
    assert.ok(pickStep?.command, names.join(' | '));
    before = doc.getText();
    assert.equal(await vscode.commands.executeCommand(pickStep.command.command, ...(pickStep.command.arguments ?? []), 's6-deploy-serve'), true);
    assert.match(assertOnlyInserted(before, doc.getText()), /^## Deployment and Serving$/m);
    assert.ok(lineOf(doc, /^## Deployment and Serving$/) > lineOf(doc, /^## Evaluaton$/), 'after the steps before it');
  });

  test('on a hollow step (a heading and a TODO line), "insert all missing sections of this step" fills in its topics', async () => {
    const { document: doc } = await openFile('hollow.md');
    const todo = lineOf(doc, /^TODO: where the orders come from\.$/);
    const ph = await waitFor('the placeholder diagnostic', () => ours(doc.uri).find((x) => ruleOf(x) === 'placeholder' && x.range.start.line === todo));
    const actions = await quickFixes(doc.uri, ph.range);
    const all = actions.find((a) => a.title === 'Insert all 11 missing sections of "Data Preparation"');
    assert.ok(all?.edit, `offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.ok(actions.length <= 6);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    const inserted = assertOnlyInserted(before, doc.getText());
    assert.equal((inserted.match(/^### /gm) ?? []).length, 11);
    const at = lineOf(doc, /^### Data sources$/);
    assert.ok(at > todo && at < lineOf(doc, /^## Evaluation$/), 'under the step, after the TODO line');
  });

  test('"disable for this file" turns one rule off in the front matter and only that rule', async () => {
    const editor = await openFile(DESIGN);
    const doc = editor.document;
    await editor.edit((e) => e.insert(new vscode.Position(lineOf(doc, /^## Evaluation\s*$/) + 1, 0), '\nTODO: pick the primary metric.\n'));
    const ph = await waitFor('a placeholder diagnostic', () => ours(doc.uri).find((x) => ruleOf(x) === 'placeholder'));
    const disable = (await quickFixes(doc.uri, ph.range)).find((a) => a.title === 'Disable placeholder for this file');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    // Under the doc's own settings (its comments and profile kept as they were).
    assert.match(doc.getText(), /^mlsd:\n {2}case: generic\n(?: {2}#.*\n)* {2}profile: interview\n {2}rules:\n {4}placeholder: "off"\n---/m);
    await waitFor('placeholder diagnostics to go away', () => !ours(doc.uri).some((x) => ruleOf(x) === 'placeholder'));
    assert.ok(ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic'), 'other rules still report');
  });

  for (const [caseId, lang] of [['generic', 'en'], ['video-recommendation', 'ko']] as const) {
    test(`the scaffolding command creates a ${lang} ${caseId} doc whose only finding lists its blank sections`, async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('mlsd.newDoc', { case: caseId, lang });
      assert.ok(uri, 'the command returned the new doc');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the new doc is open');
      assert.equal(editor.document.uri.scheme, 'untitled', 'not written to disk');
      assert.equal(editor.document.languageId, 'markdown');
      const lint = await waitFor('the new doc to be linted', () => api.lintOf(uri));
      assert.equal(lint.result.lang, lang, `lang of ${uri.toString()} v${lint.version} (doc v${editor.document.version}): ${editor.document.getText().slice(0, 200)}`);
      const diags = await waitFor('the diagnostic of the blank doc', () => (ours(uri).length > 0 ? ours(uri) : undefined));
      // One finding, on the first blank section, that lists every section (all still TODO): nothing is
      // missing, misspelt or out of order, and the Problems panel is not a wall of TODOs.
      const doc = editor.document;
      assert.deepEqual(diags.map((x) => ruleOf(x)), ['empty-section'], diags.map((x) => x.message).join(' | '));
      const x = diags[0]!;
      assert.match(doc.lineAt(x.range.start.line).text, /^#{2,3} /, 'on a heading');
      const body: string[] = [];
      for (let l = x.range.start.line + 1; l < doc.lineCount && !/^#{1,6}\s/.test(doc.lineAt(l).text); l++) body.push(doc.lineAt(l).text);
      const content = body.filter((t) => t.trim() && !/^\s*<!--.*-->\s*$/.test(t));
      assert.ok(content.length > 0 && content.every((t) => /^TODO\b/.test(t.trim())), `${x.message}: ${JSON.stringify(content)}`);
      assert.ok((x.relatedInformation ?? []).length > 10 || /\d+ (?:of|개 중)/.test(x.message), x.message);
      assert.equal(lint.result.case, caseId);
      const book = new Linter().ruleBook(caseId)!;
      const heading = book.steps[0]!.title[lang];
      assert.match(editor.document.getText(), new RegExp(`^## (?:1\\. )?${heading}$`, 'm'));
      const book2 = lint.book;
      const cov = lint.result.coverage;
      const missing = [...book2.steps.filter((d) => !book2.omitted.includes(d.id)), ...book2.topics.filter((t) => t.required)].filter((d) => (d.kind === 'step' ? cov.steps : cov.topics)[d.id]?.status === 'missing');
      assert.deepEqual(missing.map((d) => d.id), [], 'the template has every step and required topic of the case');
      // A fresh template is not green: every step row shows 0 topics covered, and no step is done.
      await waitFor('the coverage view to show the new doc', () => api.coverageTree.lint?.uri.toString() === uri.toString());
      for (const n of api.coverageTree.getChildren()) {
        const item = api.coverageTree.getTreeItem(n);
        assert.notEqual((item.iconPath as vscode.ThemeIcon).id, 'pass', `${n.def.id} is not green in a fresh template`);
        assert.match(String(item.description), /(^|\D)0\/\d+/, `${n.def.id}: ${item.description}`);
      }
      assert.match(api.statusBarText() ?? '', / 0\/\d+ /, `status bar: ${api.statusBarText()}`);
    });
  }

  test('a Markdown file that is not a design doc gets no diagnostics; one under design/ does', async () => {
    const readme = (await openFile('README.md')).document;
    const ads = (await openFile('design/ads-ranking.md')).document;
    await waitFor('the design/ doc to be linted', () => ours(ads.uri).some((x) => ruleOf(x) === 'missing-step'));
    await sleep(500);
    assert.ok(vscode.workspace.textDocuments.includes(readme) && !readme.isClosed, 'the README is still open');
    assert.deepEqual(ours(readme.uri), []);
    assert.equal(api.lintOf(readme.uri), undefined);
    await vscode.window.showTextDocument(readme);
    await sleep(300);
    assert.deepEqual(ours(readme.uri), [], 'still none once it is the active editor');
    await waitFor('the status bar to hide for a non-design doc', () => api.statusBarText() === undefined);
  });

  test('a model card under design/ is not checked against the procedure: no diagnostics, and the status bar says why', async () => {
    const card = (await openFile('design/churn-model-card.md')).document;
    await vscode.window.showTextDocument(card);
    const lint = await waitFor('the model card to be linted', () => api.lintOf(card.uri));
    assert.equal((lint.result as { genre?: string }).genre, 'model-card');
    assert.equal(lint.genreName?.en, 'a model card', 'the status bar\'s tooltip names what the doc reads as');
    assert.deepEqual(ours(card.uri), []);
    await waitFor(`the status bar to say it is no design doc (is "${api.statusBarText()}")`, () => /not a design doc/.test(api.statusBarText() ?? ''));
  });

  test('a page none of whose sections is a step of the procedure reads as notes: no diagnostics, and the status bar says why', async () => {
    const page = (await openFile('design/lookup-endpoint.md')).document;
    await vscode.window.showTextDocument(page);
    const lint = await waitFor('the endpoint page to be linted', () => api.lintOf(page.uri));
    assert.equal((lint.result as { genre?: string }).genre, 'notes');
    assert.match(lint.genreName?.en ?? '', /no section for any step/);
    assert.match(lint.genreName?.ko ?? '', /단계/);
    assert.deepEqual(ours(page.uri), []);
    await waitFor(`the status bar to say it is no design doc (is "${api.statusBarText()}")`, () => /not a design doc/.test(api.statusBarText() ?? ''));
  });

  test('a config\'s "include" decides which docs are design docs, in the editor as in the CLI', async () => {
    const spec = (await openFile('team-include/specs/search.md')).document;
    const notes = (await openFile('team-include/design/old-notes.md')).document;
    await waitFor('the spec to be linted', () => ours(spec.uri).some((x) => ruleOf(x) === 'missing-step'));
    await sleep(500);
    assert.deepEqual(ours(notes.uri), [], 'design/ is not in this config\'s include');
    const cli = await new Promise<string>((resolve) =>
      execFile(process.execPath, [path.join(repoRoot(), 'bin', 'mlsd-lint.js'), '-f', 'json', '.'], { cwd: path.join(folder().fsPath, 'team-include'), env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (_e, stdout) => resolve(stdout)),
    );
    assert.deepEqual((JSON.parse(cli) as Array<{ filePath: string }>).map((f) => f.filePath), ['specs/search.md']);
  });

  test('an mlsd.schemas path that is a symlink leading out of the workspace folder is not read (issue 17)', async () => {
    // A team schema outside the folder, reached through a link inside it: the path text is inside.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsd-outside-'));
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://acme.example/linked.schema.json',
      'x-mlsd-case': { id: 'linked', title: { en: 'Linked', ko: 'Linked' } },
      allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }],
      type: 'object',
    };
    fs.writeFileSync(path.join(outside, 'team.schema.json'), JSON.stringify(schema));
    const link = path.join(folder().fsPath, 'linked.schema.json');
    fs.symlinkSync(path.join(outside, 'team.schema.json'), link);
    // A doc of that case, made for this test and removed after it (fixtures are never edited on disk).
    const doc = path.join(folder().fsPath, 'design', 'linked-case.md');
    fs.writeFileSync(doc, '---\nmlsd:\n  case: linked\n---\n# Linked\n\nA doc of the case only the linked schema defines.\n');
    const config = vscode.workspace.getConfiguration('mlsd');
    try {
      await config.update('schemas', ['linked.schema.json'], vscode.ConfigurationTarget.Global);
      const editor = await openFile('design/linked-case.md');
      // Read, the case would be known; not read, it is an unknown case.
      await waitFor('an unknown-case diagnostic', () => ours(editor.document.uri).some((d) => ruleOf(d) === 'unknown-case'));
    } finally {
      await config.update('schemas', undefined, vscode.ConfigurationTarget.Global);
      await closeAll();
      for (const f of [link, doc]) fs.rmSync(f, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('coverage in the status bar and the Design Coverage view match the CLI on the same file', async () => {
    const { document: doc } = await openFile(DESIGN);
    await waitFor('lint', () => api.lintOf(doc.uri));
    const run = await runCli(doc.uri);
    assert.ok(run.status === 0 || run.status === 1, `CLI failed (${run.status}): ${run.stderr}`);
    const [cli] = run.files;
    const book = new Linter().ruleBook(cli!.case)!;
    const ok = (s?: { status: string }) => s?.status === 'present' || s?.status === 'waived';
    const steps = book.steps.filter((s) => ok(cli!.coverage.steps[s.id])).length;
    const required = book.topics.filter((t) => t.required);
    const topics = required.filter((t) => ok(cli!.coverage.topics[t.id])).length;
    // A step counts as done when it is there and every required topic of it is covered (or it is waived).
    const countsOf = (stepId: string) => {
      const ts = required.filter((t) => t.step === stepId);
      return { covered: ts.filter((t) => ok(cli!.coverage.topics[t.id])).length, total: ts.length };
    };
    const done = book.steps.filter((s) => {
      const c = countsOf(s.id);
      return cli!.coverage.steps[s.id]?.status === 'waived' || (cli!.coverage.steps[s.id]?.status === 'present' && c.covered === c.total);
    }).length;
    assert.ok(done < steps, 'the doc has a step that is there but not done (Evaluation lacks offline metrics)');
    const expected = `MLSD ${done}/${book.steps.length} steps · ${topics}/${required.length} topics`;
    await waitFor(`status bar "${expected}" (is "${api.statusBarText()}")`, () => api.statusBarText()?.endsWith(expected));

    const tree = api.coverageTree;
    const stepNodes = tree.getChildren();
    assert.deepEqual(stepNodes.map((n) => n.def.id), book.steps.map((s) => s.id));
    for (const s of stepNodes) {
      assert.equal(s.entry.status, cli!.coverage.steps[s.def.id]!.status, s.def.id);
      for (const t of tree.getChildren(s)) assert.equal(t.entry.status, cli!.coverage.topics[t.def.id]!.status, t.def.id);
      // Each step row shows its topic counts, and is green only when the step is done.
      const item = tree.getTreeItem(s);
      const c = countsOf(s.def.id);
      assert.ok(String(item.description).includes(`${c.covered}/${c.total}`), `${s.def.id}: "${item.description}" shows ${c.covered}/${c.total}`);
      const green = (item.iconPath as vscode.ThemeIcon).id === 'pass';
      assert.equal(green, cli!.coverage.steps[s.def.id]!.status === 'present' && c.covered === c.total, `${s.def.id} green only when done (${item.description})`);
    }
    const evalItem = tree.getTreeItem(stepNodes.find((n) => n.def.id === 's5-evaluation')!);
    assert.notEqual((evalItem.iconPath as vscode.ThemeIcon).id, 'pass', 'Evaluation misses a key topic: not green');
    assert.match(String(evalItem.description), /Offline metrics/, 'the missing key topic is named on the row');
    // the same findings in the Problems panel as on the command line
    assert.deepEqual(editorFindings(doc.uri), cliFindings(cli!));

    // clicking a step in the view jumps to its heading
    const evaluation = stepNodes.find((n) => n.def.id === 's5-evaluation')!;
    const cmd = tree.getTreeItem(evaluation).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor!.selection.active.line, lineOf(doc, /^## Evaluation\s*$/));
  });

  suite('project config (.mlsdrc.json), resolved as the CLI does', () => {
    const CONFIG = 'configured/.mlsdrc.json';
    const DOC = 'configured/feed-ranking.design.md';
    let original: Uint8Array;
    const writeConfig = (text: string) => vscode.workspace.fs.writeFile(fileUri(CONFIG), new TextEncoder().encode(text));
    const severityOf = (uri: vscode.Uri, rule: string) => ours(uri).find((x) => ruleOf(x) === rule)?.severity;

    suiteSetup(async () => {
      original = await vscode.workspace.fs.readFile(fileUri(CONFIG));
    });
    // The only tests that write a fixture: the config is put back after each, and the editor has seen it.
    teardown(async () => {
      const now = await vscode.workspace.fs.readFile(fileUri(CONFIG));
      if (Buffer.compare(Buffer.from(now), Buffer.from(original)) === 0) return;
      await vscode.workspace.fs.writeFile(fileUri(CONFIG), original);
      const { document: doc } = await openFile(DOC);
      await waitFor('the restored config to apply', () => severityOf(doc.uri, 'missing-topic') === vscode.DiagnosticSeverity.Warning);
      await closeAll();
    });

    test('a doc under the config gets the same diagnostics as the CLI (ids, severities, lines): missing-topic is a warning', async () => {
      const { document: doc } = await openFile(DOC);
      await waitFor('lint', () => api.lintOf(doc.uri) && ours(doc.uri).length > 0);
      const run = await runCli(doc.uri);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(editorFindings(doc.uri), cliFindings(run.files[0]!));
      assert.equal(api.configOf(doc.uri)?.configPath, fileUri(CONFIG).fsPath);
      const topics = ours(doc.uri).filter((x) => ruleOf(x) === 'missing-topic');
      assert.ok(topics.length > 0 && topics.every((x) => x.severity === vscode.DiagnosticSeverity.Warning), 'missing-topic is a warning, as the config says');
      assert.ok(ours(doc.uri).some((x) => ruleOf(x) === 'missing-step' && x.severity === vscode.DiagnosticSeverity.Error), 'other rules keep their severity');
    });

    test('a doc that the config\'s "ignores" matches gets no diagnostics (and the CLI skips it too)', async () => {
      const { document: doc } = await openFile('configured/drafts/wip.design.md');
      const cfg = await waitFor('the config to be resolved for the ignored doc', () => api.configOf(doc.uri));
      await sleep(300);
      assert.deepEqual(ours(doc.uri), []);
      assert.equal(api.lintOf(doc.uri), undefined);
      assert.match(cfg.ignored ?? '', /"ignores" in configured\/\.mlsdrc\.json/);
      const run = await runCli(doc.uri);
      assert.deepEqual(run.files, [], 'the CLI skips it as well');
    });

    test('editing the config file on disk updates the diagnostics of open docs', async () => {
      const { document: doc } = await openFile(DOC);
      await waitFor('missing-topic warnings', () => severityOf(doc.uri, 'missing-topic') === vscode.DiagnosticSeverity.Warning);
      await writeConfig(JSON.stringify({ rules: { 'missing-topic': 'off', 'missing-step': 'warning' }, ignores: ['drafts/'] }, null, 2));
      await waitFor('the new config to apply', () => !ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic') && severityOf(doc.uri, 'missing-step') === vscode.DiagnosticSeverity.Warning);
      const run = await runCli(doc.uri);
      assert.deepEqual(editorFindings(doc.uri), cliFindings(run.files[0]!), 'still what the CLI says');
    });

    test('a broken config shows the CLI\'s message on the config file, and its docs are linted with the defaults', async () => {
      const { document: doc } = await openFile(DOC);
      await waitFor('missing-topic warnings', () => severityOf(doc.uri, 'missing-topic') === vscode.DiagnosticSeverity.Warning);
      await writeConfig('{\n  "rules": {\n    "missing-topci": "warning"\n  }\n}\n');
      // Under the defaults a missing key topic (online metrics) is an error again; other gaps stay grouped warnings.
      await waitFor('defaults: missing-topic is an error again', () =>
        ours(doc.uri).some((x) => ruleOf(x) === 'missing-topic' && x.severity === vscode.DiagnosticSeverity.Error),
      );
      const problem = await waitFor('a diagnostic on the config file', () => ours(fileUri(CONFIG))[0]);
      const run = await runCli(doc.uri);
      assert.equal(run.status, 2);
      assert.equal(`mlsd-lint: ${problem.message}\n`, run.stderr, 'the same text as the CLI');
      assert.match(problem.message, /^configured\/\.mlsdrc\.json: rules\.missing-topci: unknown rule id "missing-topci"; did you mean "missing-topic"\?/);
      assert.equal(problem.range.start.line, 2, 'on the line of the key');
      assert.deepEqual(api.configOf(doc.uri)?.problems, [problem.message]);
    });
  });

  test('activation takes at most 100 ms: the language server starts after it, in the background', async () => {
    console.log(`    activation: ${api.activationMs.toFixed(1)} ms`);
    assert.ok(api.activationMs <= 100, `activate() took ${api.activationMs.toFixed(1)} ms`);
    await api.ready;
  });

  test('a doc over the lint time budget gets one "too slow to lint" diagnostic, and another extension\'s command runs while it is linted', async () => {
    const settings = vscode.workspace.getConfiguration('mlsd');
    await settings.update('lintBudgetMs', 100, vscode.ConfigurationTarget.Global);
    try {
      // VS Code's Markdown extension: its command, loaded before the clock starts.
      await vscode.commands.executeCommand<string>('markdown.api.render', '# Warm up');
      // A pathological design doc: 64 KB of '- - x' lines (a list of nested lists) take about a second to lint
      // on this machine, and as long again after each keystroke (the extension used to lint it on this thread);
      // small enough that VS Code's own Markdown extension, which also reads it, stays quick.
      const content = `---\nmlsd:\n  case: generic\n---\n# Nested lists\n\n${'- - x\n'.repeat(64 * 1024 / 6)}`;
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content }), { preview: false });
      const doc = editor.document;
      const d = await waitFor('the too-slow diagnostic', () => ours(doc.uri).find((x) => ruleOf(x) === 'too-slow'), 30_000);
      assert.match(d.message, /too slow to lint/);
      assert.match(d.message, /100 ms/);
      assert.equal(ours(doc.uri).length, 1, 'one diagnostic, not a partial list of findings');
      // Typing re-lints the doc (after the debounce, 300 ms); meanwhile another extension's command is run.
      await vscode.commands.executeCommand<string>('markdown.api.render', '# Warm up');
      await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), 'x'));
      const t0 = performance.now();
      await sleep(450);
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', '# Hello');
      const late = performance.now() - t0 - 450;
      assert.match(html, /<h1[^>]*>Hello<\/h1>/);
      console.log(`    another extension's command answered ${late.toFixed(0)} ms late while a 64 KB pathological doc was linted`);
      // On the extension host the lint itself took about 5 s here (the in-host linter before the language
      // server); what is left is VS Code's own Markdown extension reading the doc, more on a loaded machine.
      assert.ok(late < 1500, `another extension's command answered ${late.toFixed(0)} ms late while the doc was being linted`);
      await waitFor('the too-slow diagnostic of the edited doc', () => ours(doc.uri).some((x) => ruleOf(x) === 'too-slow'), 30_000);
    } finally {
      await settings.update('lintBudgetMs', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a team schema a config lists is read and applied: its key topic "Privacy review" is missing under team/', async () => {
    const { document: doc } = await openFile('team/checkout.design.md');
    const d = await waitFor('the team schema\'s missing-topic error', () => ours(doc.uri).find((x) => ruleOf(x) === 'missing-topic' && /Privacy review/.test(x.message)));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(api.lintOf(doc.uri)?.result.case, 'acme');
    await closeAll();
  });

  test('closing a doc clears its diagnostics', async () => {
    const { document: doc } = await openFile(DESIGN);
    await waitFor('diagnostics', () => ours(doc.uri).length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('diagnostics to be cleared', () => ours(doc.uri).length === 0);
  });
});
