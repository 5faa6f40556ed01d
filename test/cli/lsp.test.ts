/**
 * `mlsd-lint --lsp`: the language server on stdio, driven by a plain LSP client (test/support/lsp-client.ts)
 * as Neovim, Helix or Zed would drive it: initialize, didOpen, publishDiagnostics, codeAction, a config
 * file honoured, a broken config reported on the config file, and a doc over the lint time budget.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bigDoc } from '../../bench/corpus.js';
import { LspClient } from '../support/lsp-client.js';
import { BIN } from '../support/run-cli.js';
import { tempDir } from '../support/tmp.js';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity: number;
  code?: string;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  edit?: { changes?: Record<string, TextEdit[]> };
  command?: { command: string; arguments?: unknown[] };
}

const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'core', 'missing-offline-metrics.md');
/** What the fixture says it expects: `expect.findings` in its front matter ("L143 missing-topic eval-offline-metrics"). */
const EXPECTED_LINE = Number(/- "L(\d+) missing-topic eval-offline-metrics"/.exec(readFileSync(FIXTURE, 'utf8'))![1]);

const uriOf = (path: string) => pathToFileURL(path).href;

/** A server on stdio with `settings` as its `mlsd` configuration, initialized for the folder `root`. */
async function startServer(root: string, settings: Record<string, unknown> = {}): Promise<LspClient> {
  const client = new LspClient(process.execPath, [BIN, '--lsp'], { cwd: root, env: { MLSD_STRICT_MESSAGES: '1' } });
  client.onRequest = (method, params) => {
    if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => settings);
    return null;
  };
  const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>('initialize', {
    processId: process.pid,
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: 'ws' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { codeDescriptionSupport: true } } },
  });
  assert.equal(init.serverInfo?.name, 'mlsd-lint');
  client.capabilities = init.capabilities;
  client.notify('initialized', {});
  return client;
}

function open(client: LspClient, path: string, text = readFileSync(path, 'utf8')): string {
  const uri = uriOf(path);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return uri;
}

const diagnosticsOf = (client: LspClient, uri: string, match: (d: Diagnostic[]) => boolean = (d) => d.length > 0, ms?: number) =>
  client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && match(p.diagnostics), ms).then((p) => p.diagnostics);

describe('mlsd-lint --lsp (the language server on stdio)', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('answers initialize with diagnostics by push, incremental sync and quick-fix and fix-all code actions', async () => {
    client = await startServer(tempDir('mlsd-lsp-'));
    const caps = client.capabilities as { textDocumentSync: { change: number; openClose: boolean; save?: unknown }; codeActionProvider: { codeActionKinds: string[] } };
    assert.equal(caps.textDocumentSync.openClose, true);
    assert.equal(caps.textDocumentSync.change, 2, 'incremental');
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.mlsd']);
  });

  it('publishes the fixture\'s missing-topic diagnostic on its line, linked to the rule page, and offers the quick fixes as code actions', async () => {
    const root = tempDir('mlsd-lsp-');
    const file = join(root, 'visual-search.md');
    copyFileSync(FIXTURE, file);
    client = await startServer(root);
    const uri = open(client, file);
    const diags = await diagnosticsOf(client, uri);
    const d = diags.find((x) => x.code === 'missing-topic' && /Offline metrics/.test(x.message));
    assert.ok(d, `missing-topic for offline metrics (got ${diags.map((x) => `${x.range.start.line + 1} ${x.code}`).join(', ')})`);
    assert.equal(d.range.start.line, EXPECTED_LINE - 1, 'on the line the fixture names');
    assert.equal(d.severity, 1, 'an error');
    assert.equal(d.source, 'mlsd-lint');
    assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\/missing-topic\.md$/);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const insert = actions.find((a) => a.title === 'Insert section "Offline metrics"');
    assert.ok(insert?.edit?.changes?.[uri], `an "Insert section" fix (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.equal(insert.kind, 'quickfix');
    const [edit] = insert.edit.changes[uri]!;
    assert.match(edit!.newText, /^### Offline metrics$/m);
    assert.deepEqual(edit!.range.start, edit!.range.end, 'an insertion: nothing the user wrote is replaced');
    assert.ok(actions.some((a) => a.title === 'Disable missing-topic for this file' && a.edit), 'disable-for-this-file is offered');
    assert.ok(actions.some((a) => a.title.startsWith('Waive "Offline metrics"') && a.command?.command === 'mlsd.addWaiver'), 'waive is offered as a command');
    // fix-all (the safe fixes: misspelt headings) on the doc with a misspelt step heading, "## Evaluaton"
    const fixable = join(root, 'fixable.md');
    copyFileSync(join(process.cwd(), 'test', 'vscode', 'workspace', 'fixable.md'), fixable);
    const fixableUri = open(client, fixable);
    await diagnosticsOf(client, fixableUri);
    const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: fixableUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    const fixAll = all.find((a) => a.kind === 'source.fixAll.mlsd');
    assert.deepEqual(fixAll?.edit?.changes?.[fixableUri]?.map((e) => e.newText), ['Evaluation'], 'fix-all renames the misspelt heading, nothing else');

    // an edit that adds the section clears the diagnostic (incremental sync)
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: edit!.range.start, end: edit!.range.start }, text: edit!.newText }] });
    await diagnosticsOf(client, uri, (ds) => !ds.some((x) => x.code === 'missing-topic' && /Offline metrics/.test(x.message)));
  });

  it('honours the project config file (.mlsdrc.json) as the CLI does, and reports a broken one on the config file', async () => {
    const root = tempDir('mlsd-lsp-');
    mkdirSync(join(root, 'docs'));
    const file = join(root, 'docs', 'visual-search.md');
    copyFileSync(FIXTURE, file);
    writeFileSync(join(root, '.mlsdrc.json'), JSON.stringify({ rules: { 'missing-topic': 'warning' } }));
    client = await startServer(root);
    const uri = open(client, file);
    const diags = await diagnosticsOf(client, uri);
    const topics = diags.filter((x) => x.code === 'missing-topic');
    assert.ok(topics.length > 0 && topics.every((x) => x.severity === 2), 'missing-topic is a warning, as the config says');

    writeFileSync(join(root, '.mlsdrc.json'), '{\n  "rules": {\n    "missing-topci": "warning"\n  }\n}\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(root, '.mlsdrc.json')), type: 2 }] });
    const problems = await diagnosticsOf(client, uriOf(join(root, '.mlsdrc.json')));
    assert.match(problems[0]!.message, /^\.mlsdrc\.json: rules\.missing-topci: unknown rule id "missing-topci"; did you mean "missing-topic"\?/);
    assert.equal(problems[0]!.range.start.line, 2, 'on the line of the key');
    await diagnosticsOf(client, uri, (ds) => ds.some((x) => x.code === 'missing-topic' && x.severity === 1));
    const shown = await client.waitFor<{ type: number; message: string }>('window/showMessage', (p) => /missing-topci/.test(p.message));
    assert.equal(shown.type, 2, 'a warning');
  });

  it('a doc over the lint time budget gets one "too slow to lint" diagnostic, and the server keeps answering meanwhile', async () => {
    const root = tempDir('mlsd-lsp-');
    client = await startServer(root, { lintBudgetMs: 200 });
    const big = join(root, 'huge.design.md');
    const bigText = bigDoc(3 * 1024 * 1024, 7);
    writeFileSync(big, bigText);
    const small = join(root, 'visual-search.md');
    copyFileSync(FIXTURE, small);
    const bigUri = open(client, big);
    const t0 = Date.now();
    const smallUri = open(client, small);
    await diagnosticsOf(client, smallUri);
    const diags = await diagnosticsOf(client, bigUri);
    assert.equal(diags.length, 1);
    assert.equal(diags[0]!.code, 'too-slow');
    // in the doc's language: its front matter says `lang: ko`
    assert.match(bigText.slice(0, 200), /^ {2}lang: ko$/m);
    assert.match(diags[0]!.message, /^이 문서는 검사하기에 너무 느립니다\. 제한 시간 200 ms가 지나/);
    const lines = bigText.split('\n').length - 1;
    assert.ok(diags[0]!.message.includes(`문서가 ${Math.round(bigText.length / 1024)} KB, ${lines}줄입니다`), 'says what stands out: its size');
    assert.ok(Date.now() - t0 < 15_000, 'the budget stopped the lint');
    // the server answers right after
    const t1 = Date.now();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: smallUri }, range: { start: { line: EXPECTED_LINE - 1, character: 0 }, end: { line: EXPECTED_LINE - 1, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    assert.ok(Date.now() - t1 < 2000, `a request right after took ${Date.now() - t1} ms`);
  });
});
