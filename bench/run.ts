/**
 * npm run bench: mlsd-lint against markdownlint-cli2 on a generated corpus, a warm --cache re-run, the
 * editor's re-lint after a one-character edit, scaling on 1/2/5 MB docs, and one-file start-up.
 * Writes a Markdown table to stdout and bench/out/results.json. Whole processes are timed from outside;
 * medians of BENCH_RUNS runs (default 3). Peak RSS comes from /usr/bin/time when it exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bigDoc, prng, realisticDoc } from './corpus.js';
import { HOSTILE_SHAPES } from './hostile.js';
import { activationMs, lspRoundTrip, webBundleSizes } from './lsp.js';
import type * as Core from '../src/core/index.js';

/**
 * The in-process rows (editor re-lint, scaling, pathological docs) lint with the library as it ships:
 * bundle/index.js, built from the same sources as the CLI, the language server and the VS Code
 * extension's server, with the build's parser change (scripts/compile-context.mjs). tsc's out/ is the
 * tests' build, not what a user runs.
 */
const { IncrementalLinter, Linter } = (await import(new URL('../../bundle/index.js', import.meta.url).href)) as typeof Core;

const ROOT = resolve(process.cwd());
const OUT = join(ROOT, 'bench', 'out');
const CORPUS = join(OUT, 'corpus');
const BIG = join(OUT, 'big');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
/** BENCH_HOSTILE=0 leaves out the pathological 1 MB rows (minutes each on a loaded machine; `npm run bench:linearity` measures their shapes). */
const HOSTILE = process.env.BENCH_HOSTILE !== '0';
const BIN = join(ROOT, 'bin', 'mlsd-lint.js');
const MDL = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const HAS_TIME = existsSync('/usr/bin/time');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

function generate(): void {
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  mkdirSync(BIG, { recursive: true });
  // Every generated doc is a design doc: the default `include` would pick only those whose front matter says `mlsd:`.
  writeFileSync(join(CORPUS, '.mlsdrc.json'), JSON.stringify({ include: ['**/*.md'] }) + '\n');
  for (let i = 0; i < DOCS; i++) writeFileSync(join(CORPUS, `doc-${String(i).padStart(4, '0')}.md`), realisticDoc(i));
  for (const mb of [1, 2, 5]) writeFileSync(join(BIG, `${mb}mb.md`), bigDoc(mb * 1024 * 1024, 100_000 * mb));
}

interface Run {
  ms: number;
  rssMb?: number;
  code: number;
}

/** One whole process, timed from outside. */
function timed(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Run {
  const cmd = HAS_TIME ? '/usr/bin/time' : process.execPath;
  const argv = HAS_TIME ? ['-f', '%M', process.execPath, ...nodeArgs, ...args] : [...nodeArgs, ...args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const rss = HAS_TIME ? Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1]) / 1024 : undefined;
  return { ms, rssMb: rss, code: r.status ?? -1 };
}

function repeat(n: number, f: () => Run): ReturnType<typeof summary> {
  const rs: Run[] = [];
  for (let i = 0; i < n; i++) rs.push(f());
  return summary(rs);
}

function summary(rs: Run[]): { ms: number; rssMb?: number; runs: number[]; code: number } {
  return { ms: median(rs.map((r) => r.ms)), rssMb: HAS_TIME ? Math.max(...rs.map((r) => r.rssMb ?? 0)) : undefined, runs: rs.map((r) => Math.round(r.ms)), code: rs[0]!.code };
}

/** The V8 flag of the README's low-memory command. */
const LEAN_FLAG = '--heap-growing-percent=30';

/** The 400-line design doc of the editor rows. */
function benchDoc(): string {
  let doc = realisticDoc(424242);
  while (doc.split('\n').length < 400) doc += '\n' + realisticDoc(424243).split('\n').slice(8, 40).join('\n');
  return doc.split('\n').slice(0, 400).join('\n') + '\n';
}

function editorPath(): { p50: number; p95: number; fullP50: number; parsedP50: number } {
  const linter = new Linter();
  let doc = benchDoc();
  const inc = new IncrementalLinter({ linter });
  inc.lint(doc);
  const r = prng(99);
  const times: number[] = [];
  const parsed: number[] = [];
  // Warm up as an editor session would be: 100 typed characters first (the JIT settles on the edit path,
  // not only on re-linting an unchanged doc), then the 300 that are timed.
  const warm = prng(7);
  for (let i = 0; i < 100; i++) {
    const at = Math.floor(warm() * doc.length);
    inc.lint(doc.slice(0, at) + 'e' + doc.slice(at));
  }
  // Each re-lint is of the doc with one character typed at a random place (so the piece around it is
  // parsed again every time). Random edits that pile up instead would end with a doc of broken fences
  // and front matter, not the 400-line design doc the target is about.
  const pristine = doc;
  for (let i = 0; i < 300; i++) {
    const at = Math.floor(r() * pristine.length);
    doc = pristine.slice(0, at) + (i % 2 === 0 ? 'e' : ' ') + pristine.slice(at);
    const t = performance.now();
    inc.lint(doc);
    times.push(performance.now() - t);
    parsed.push(inc.stats.parsed);
  }
  const full: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    linter.lint(doc);
    full.push(performance.now() - t);
  }
  return { p50: median(times), p95: pct(times, 95), fullP50: median(full), parsedP50: median(parsed) };
}

function scaling(): Record<string, number> {
  const linter = new Linter();
  linter.lint(realisticDoc(1)); // compile schemas, warm up
  const out: Record<string, number> = {};
  for (const mb of [1, 2, 5]) {
    const text = readFileSync(join(BIG, `${mb}mb.md`), 'utf8');
    const t = performance.now();
    linter.lint(text);
    out[`${mb}mb`] = performance.now() - t;
  }
  return out;
}

/** Each pathological shape of issue 17 at 1 MB, linted once in this process (a fresh linter each, warmed up). */
function hostile(): Array<{ name: string; what: string; ms: number }> {
  const out: Array<{ name: string; what: string; ms: number }> = [];
  for (const shape of HOSTILE_SHAPES) {
    const linter = new Linter();
    linter.lint(realisticDoc(1));
    const text = shape.make(1024 * 1024);
    const t = performance.now();
    linter.lint(text);
    out.push({ name: shape.name, what: shape.what, ms: performance.now() - t });
  }
  return out;
}

function cacheSupported(): boolean {
  const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  return /--cache\b/.test(r.stdout);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const machine = { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadBefore: loadavg().map((x) => x.toFixed(2)).join(' ') };
  process.stderr.write(`bench: generating ${DOCS} docs and 1/2/5 MB docs in ${OUT}\n`);
  generate();
  const one = join(CORPUS, 'doc-0000.md');

  process.stderr.write('bench: corpus, mlsd-lint vs markdownlint-cli2\n');
  // Interleaved, run by run, so a change in the machine's load falls on every row alike.
  const corpusArgs = [BIN, 'bench/out/corpus', '--no-ignore', '--format', 'json', '--output-file', join(OUT, 'ours.json')];
  const runs: Record<'mdl' | 'ours' | 'lean' | 'one', Run[]> = { mdl: [], ours: [], lean: [], one: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.mdl.push(timed([MDL, 'bench/out/corpus/**/*.md']));
    runs.ours.push(timed(corpusArgs));
    // The memory trade: V8 grows each heap by at most 30% past what a full GC left alive.
    runs.lean.push(timed(corpusArgs, {}, [LEAN_FLAG]));
    if (i < Math.max(1, RUNS - 1)) runs.one.push(timed(corpusArgs, { MLSD_THREADS: '1' }));
  }
  const mdl = summary(runs.mdl);
  const ours = summary(runs.ours);
  const lean = summary(runs.lean);
  const oursOne = summary(runs.one);

  // bench/out is git-ignored, hence --no-ignore; make sure every doc was linted.
  const linted = (JSON.parse(readFileSync(join(OUT, 'ours.json'), 'utf8')) as unknown[]).length;
  if (linted !== DOCS) throw new Error(`mlsd-lint linted ${linted} of ${DOCS} docs (exit code ${ours.code})`);
  let warm: ReturnType<typeof repeat> | undefined;
  if (cacheSupported()) {
    process.stderr.write('bench: warm --cache\n');
    const loc = join(OUT, 'cache.json');
    rmSync(loc, { force: true });
    timed([BIN, 'bench/out/corpus', '--no-ignore', '--cache', '--cache-location', loc, '--format', 'json', '--output-file', join(OUT, 'cached.json')]);
    warm = repeat(RUNS, () => timed([BIN, 'bench/out/corpus', '--no-ignore', '--cache', '--cache-location', loc, '--format', 'json', '--output-file', join(OUT, 'cached.json')]));
  }

  process.stderr.write('bench: editor path\n');
  const editor = editorPath();
  process.stderr.write('bench: language server round trip\n');
  const lsp = await lspRoundTrip(ROOT, benchDoc());
  process.stderr.write('bench: extension activation (code-server)\n');
  const activation = activationMs(ROOT);
  const web = webBundleSizes(ROOT);
  process.stderr.write('bench: scaling on 1, 2, 5 MB\n');
  const scale = scaling();
  process.stderr.write(HOSTILE ? 'bench: pathological 1 MB docs\n' : 'bench: pathological 1 MB docs left out (BENCH_HOSTILE=0)\n');
  const patho = HOSTILE ? hostile() : [];
  process.stderr.write('bench: one-file start-up\n');
  const startOurs = repeat(Math.max(5, RUNS), () => timed([BIN, one, '--no-ignore']));
  const startMdl = repeat(Math.max(5, RUNS), () => timed([MDL, one]));
  const machineAfter = loadavg().map((x) => x.toFixed(2)).join(' ');

  const f = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
  const mem = (x?: number) => (x === undefined ? 'n/a' : `${Math.round(x)} MB`);
  const rssRatio = (r: { rssMb?: number }) => (r.rssMb && mdl.rssMb ? `${(r.rssMb / mdl.rssMb).toFixed(2)}x` : 'n/a');
  const rows: string[][] = [
    ['corpus: markdownlint-cli2 (default rules)', f(mdl.ms), mem(mdl.rssMb), '', ''],
    ['corpus: mlsd-lint (all cores)', f(ours.ms), mem(ours.rssMb), `${(ours.ms / mdl.ms).toFixed(2)}x time, ${rssRatio(ours)} memory`, '<= 0.5x time, <= 1x memory'],
    [`corpus: mlsd-lint, node ${LEAN_FLAG}`, f(lean.ms), mem(lean.rssMb), `${(lean.ms / mdl.ms).toFixed(2)}x time, ${rssRatio(lean)} memory`, ''],
    ['corpus: mlsd-lint, one thread (MLSD_THREADS=1)', f(oursOne.ms), mem(oursOne.rssMb), `${(oursOne.ms / mdl.ms).toFixed(2)}x`, ''],
    warm
      ? ['corpus: mlsd-lint, warm --cache', f(warm.ms), mem(warm.rssMb), `${(warm.ms / mdl.ms).toFixed(3)}x`, '<= 0.05x']
      : ['corpus: mlsd-lint, warm --cache', 'not measured: this build has no --cache', '', '', '<= 0.05x'],
    ['editor: re-lint after a 1-char edit, 400-line doc (p50 / p95)', `${f(editor.p50)} / ${f(editor.p95)}`, '', `full lint p50 ${f(editor.fullP50)}`, '<= 3 ms'],
    ['editor: language server round trip, 1-char edit to its diagnostics, 400-line doc (p50 / p95)', `${f(lsp.p50)} / ${f(lsp.p95)}`, '', `first lint ${f(lsp.first)}`, 'p50 <= 10 ms'],
    ['editor: VS Code extension activation (code-server suite)', typeof activation === 'number' ? f(activation) : activation, '', '', '<= 100 ms'],
    ...Object.entries(web).map(([file, bytes]) => [`browser bundle: dist/vsix/web/${file}`, `${(bytes / 1024).toFixed(0)} KB`, '', '', file.startsWith('server') ? '<= 1024 KB' : '']),
    ['scaling: lint of a 1 MB doc', f(scale['1mb']!), '', '', ''],
    ['scaling: lint of a 2 MB doc', f(scale['2mb']!), '', `${(scale['2mb']! / scale['1mb']!).toFixed(2)}x of 1 MB`, ''],
    ['scaling: lint of a 5 MB doc', f(scale['5mb']!), '', `${(scale['5mb']! / scale['1mb']!).toFixed(2)}x of 1 MB`, '<= 5.5x'],
    ...patho.map((p) => [`pathological 1 MB: ${p.name} (${p.what})`, f(p.ms), '', '', '< 5 s']),
    ['start-up: mlsd-lint, one file', f(startOurs.ms), mem(startOurs.rssMb), '', '<= 350 ms'],
    ['start-up: markdownlint-cli2, one file', f(startMdl.ms), mem(startMdl.rssMb), '', ''],
  ];
  const table = [
    '| measurement | time (median) | peak RSS | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const header = `Machine: ${machine.nproc} cores, ${machine.cpu}, Node ${machine.node}; load average before ${machine.loadBefore}, after ${machineAfter}; ${RUNS} runs, ${DOCS} docs.`;
  process.stdout.write(`${header}\n\n${table}\n`);
  writeFileSync(
    join(OUT, 'results.json'),
    JSON.stringify({ machine: { ...machine, loadAfter: machineAfter }, runs: RUNS, docs: DOCS, corpus: { markdownlint: mdl, ours, oursLean: lean, oursOneThread: oursOne, warmCache: warm ?? null }, editor, lsp, activation, web, scaling: scale, pathological: patho, startup: { ours: startOurs, markdownlint: startMdl }, seconds: (performance.now() - t0) / 1000 }, null, 2),
  );
  process.stderr.write(`bench: done in ${((performance.now() - t0) / 1000).toFixed(0)} s; bench/out/results.json\n`);
}

await main();
