/**
 * The language server's budgets, for `npm run bench`:
 * - a keystroke's re-lint round trip through the server (`mlsd-lint --lsp` on stdio, driven by the tests'
 *   plain LSP client): didChange of one character -> publishDiagnostics of that version, on the 400-line
 *   bench doc, debounce 0;
 * - the VS Code extension's activation time, read from the extension suite run in code-server (when the
 *   harness is installed: bash test/vscode-host/setup.sh);
 * - the size of the browser bundles (dist/vsix/web/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from './corpus.js';
import { LspClient } from '../test/support/lsp-client.js';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

/** Offset -> LSP position in `text`. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

export async function lspRoundTrip(root: string, doc: string, edits = 200): Promise<{ p50: number; p95: number; first: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-bench-lsp-'));
  const client = new LspClient(process.execPath, [join(root, 'bin', 'mlsd-lint.js'), '--lsp'], { cwd: dir });
  client.onRequest = (method, params) => (method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => ({ debounceMs: 0 })) : null);
  try {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true } } });
    client.notify('initialized', {});
    const uri = pathToFileURL(join(dir, 'bench.design.md')).href;
    let version = 1;
    const published = (v: number) => client.waitFor<{ version?: number }>('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri && p.version === v, 30_000);
    const t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: doc } });
    await published(version);
    const first = performance.now() - t0;
    const r = prng(99);
    const times: number[] = [];
    let text = doc;
    let typedAt = -1;
    // one character typed at a random place, then taken out again: the doc stays the 400-line bench doc
    for (let i = 0; i < 2 * (edits + 50); i++) {
      let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
      if (i % 2 === 0) {
        typedAt = Math.floor(r() * doc.length);
        change = { range: { start: positionAt(text, typedAt), end: positionAt(text, typedAt) }, text: 'e' };
        text = text.slice(0, typedAt) + 'e' + text.slice(typedAt);
      } else {
        change = { range: { start: positionAt(text, typedAt), end: positionAt(text, typedAt + 1) }, text: '' };
        text = text.slice(0, typedAt) + text.slice(typedAt + 1);
      }
      version++;
      const t = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await published(version);
      if (i >= 100) times.push(performance.now() - t); // the first 50 edit pairs warm up
    }
    return { p50: median(times), p95: pct(times, 95), first };
  } finally {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The extension's activation time from the code-server suite, or why it was not measured. */
export function activationMs(root: string): number | string {
  if (!existsSync(join(root, 'test', 'vscode-host', 'node_modules', 'code-server'))) return 'not measured: run bash test/vscode-host/setup.sh';
  const r = spawnSync(process.execPath, ['test/vscode-host/run-tests.js', '--extensionDevelopmentPath', 'dist/vsix', '--extensionTestsPath', 'out/test/vscode/index.cjs', '--workspace', 'test/vscode/workspace'], {
    cwd: root,
    env: { ...process.env, MOCHA_GREP: 'activation' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const m = /activation: ([\d.]+) ms/.exec(r.stdout);
  return m ? Number(m[1]) : `not measured: the suite said ${r.stdout.slice(-300)}${r.stderr.slice(-300)}`;
}

/** Sizes of the browser bundles in bytes, by file (empty when not built: npm run build:ext). */
export function webBundleSizes(root: string): Record<string, number> {
  const dir = join(root, 'dist', 'vsix', 'web');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => [f, statSync(join(dir, f)).size]));
}
