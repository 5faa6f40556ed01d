/**
 * Part of `npm run fuzz`: docs made by mutating the project's own Markdown fixtures (test/fixtures, examples),
 * at most 64 K characters each, each linted under a watchdog. Doc `i` of a run is a function of the seed and `i` alone, so a failure
 * replays with FUZZ_SEED and FUZZ_DOC. Per doc: no throw, every finding inside the doc, and (under 100 KB)
 * at most 2 s of CPU time. Workers are child processes, so a doc's CPU time is its own: on a shared machine
 * wall time says more about the neighbours (a doc of 0.8 s CPU took 6.5 s at a load average of 17). A doc
 * with no answer in WATCHDOG_MS is a hang: the worker is stopped and the run goes on in a fresh one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Linter } from '../../src/core/index.js';
import { assertInside } from './properties.js';

const SLOW_MS = 2000;
const WATCHDOG_MS = 60_000;
const SMALL = 100 * 1024;
const MAX_CHARS = 64 * 1024;

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtures(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.md')) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const d of ['test/fixtures', 'examples']) walk(join(root, d));
  return out;
}

/** Bits of Markdown, front matter and directives that have broken parsers and linters before. */
const SNIPPETS = [
  '\r', '\r\n', '\r\r\n', '\n\n', '\t', '    ', '\u0000', '\ufeff', '\ud800', '\u202e', '```', '~~~', '```\r\n', '---\n', '---\r\n', '> ', '- ', '* ', '1. ', '99. ',
  '- - - x', '<!-- mlsd-lint disable -->', '<!-- mlsd-lint enable -->', '<!-- mlsd-lint disable-next-line placeholder -->', '<!-- ', '-->', '<details><summary>',
  '</details>', '<summary>', '<h2>', '|', '| a | b |\n| --- | --- |\n', '---:|', ':---', '[a]: http://x.io "T"\n', '[a]', '![x](y)', '**', '__', '~~', '\\', '&amp;', '&#0;',
  '# ', '## ', '###### ', '#', 'TODO', 'TBD', '{{ }}', '[prompt]', '(', ')', '{', '}', '<a', 'mlsd:\n  waive:\n    x: y\n', 'mlsd:\n  rules:\n    placeholder: off\n',
  'status: *draft*\n', 'a: &x 1\n', '\u3000', '한국어 ', '中文', 'Offline metrics', 'A/B test', 'STEP 2 :', '1단계:', '=====', '-----', '$$', '`', '[^1]: note\n', '- [ ] ',
];

/** Doc `i` of the run with `seed`: 1-8 mutations of one fixture (sometimes spliced with another). */
export function mutatedDoc(docs: readonly string[], seed: number, i: number): string {
  const r = rng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const int = (n: number) => Math.floor(r() * n);
  let text = docs[int(docs.length)]!;
  const n = 1 + int(8);
  for (let k = 0; k < n; k++) {
    const at = int(text.length + 1);
    const span = Math.min(text.length - at, 1 + int(2000));
    switch (int(9)) {
      case 0: // delete a span
        text = text.slice(0, at) + text.slice(at + span);
        break;
      case 1: // duplicate a span
        text = text.slice(0, at + span) + text.slice(at, at + span) + text.slice(at + span);
        break;
      case 2:
      case 3: // insert a snippet (a few times over, sometimes)
        text = text.slice(0, at) + SNIPPETS[int(SNIPPETS.length)]!.repeat(r() < 0.2 ? 1 + int(50) : 1) + text.slice(at);
        break;
      case 4: {
        // repeat one line up to 500 times
        const start = text.lastIndexOf('\n', at - 1) + 1;
        const end = text.indexOf('\n', at);
        const line = text.slice(start, end < 0 ? text.length : end + 1) || '- x\n';
        text = text.slice(0, start) + line.slice(0, 500).repeat(1 + int(300)) + text.slice(start);
        break;
      }
      case 5: // cut off
        text = text.slice(0, at);
        break;
      case 6: // splice the start of another fixture in
        text = text.slice(0, at) + docs[int(docs.length)]!.slice(0, int(3000)) + text.slice(at);
        break;
      case 7: // line endings of another kind
        text = r() < 0.5 ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r');
        break;
      case 8: // indent a span (containers and code blocks)
        text = text.slice(0, at) + text.slice(at, at + span).replace(/\n/g, `\n${[' ', '  ', '    ', '> ', '- '][int(5)]}`) + text.slice(at + span);
        break;
    }
  }
  // Kept to a doc's usual size (the pathological shapes at 1 MB are bench rows, not fuzz cases).
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

interface Report {
  i: number;
  ms?: number;
  bytes?: number;
  error?: string;
}

if (process.env.MLSD_FUZZ_CHILD && process.send) {
  const { root, seed, from, to } = JSON.parse(process.env.MLSD_FUZZ_CHILD) as { root: string; seed: number; from: number; to: number };
  const docs = fixtures(root);
  const linter = new Linter();
  const send = (r: Report) => new Promise<void>((resolve) => process.send!(r, () => resolve()));
  for (let i = from; i < to; i++) {
    await send({ i }); // started: the watchdog times this doc
    const text = mutatedDoc(docs, seed, i);
    const c0 = process.cpuUsage();
    let error: string | undefined;
    try {
      assertInside(text, linter.lint(text));
    } catch (e) {
      error = (e as Error).message.split('\n')[0];
    }
    const c = process.cpuUsage(c0);
    await send({ i, ms: (c.user + c.system) / 1000, bytes: Buffer.byteLength(text), error });
  }
  process.disconnect();
}

export interface FixtureFuzzResult {
  docs: number;
  failures: string[];
  slowest: { i: number; ms: number; bytes: number };
}

/**
 * Lints docs [0, count) of the run with `seed`, split over worker processes (FUZZ_WORKERS, default 2),
 * each restarted after a hang. FUZZ_DOC=<i> lints doc i alone.
 */
export async function fuzzFixtures(count: number, seed: number, root = process.cwd()): Promise<FixtureFuzzResult> {
  if (process.env.FUZZ_DOC !== undefined) return fuzzRange(Number(process.env.FUZZ_DOC), Number(process.env.FUZZ_DOC) + 1, seed, root);
  const workers = Math.max(1, Number(process.env.FUZZ_WORKERS ?? 2));
  const step = Math.ceil(count / workers);
  const parts = await Promise.all(Array.from({ length: workers }, (_, w) => fuzzRange(w * step, Math.min(count, (w + 1) * step), seed, root)));
  const slowest = parts.reduce((a, b) => (b.slowest.ms > a.slowest.ms ? b : a)).slowest;
  return { docs: parts.reduce((n, p) => n + p.docs, 0), failures: parts.flatMap((p) => p.failures), slowest };
}

async function fuzzRange(from: number, end: number, seed: number, root: string): Promise<FixtureFuzzResult> {
  const failures: string[] = [];
  const slowest = { i: -1, ms: 0, bytes: 0 };
  let next = from;
  let done = 0;
  while (next < end) {
    next = await new Promise<number>((resolve) => {
      const worker = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, MLSD_FUZZ_CHILD: JSON.stringify({ root, seed, from: next, to: end }) } });
      let current = next;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          failures.push(`doc ${current}: no answer in ${WATCHDOG_MS / 1000} s (a hang); replay with FUZZ_SEED=${seed} FUZZ_DOC=${current}`);
          worker.kill('SIGKILL');
          resolve(current + 1);
        }, WATCHDOG_MS);
      };
      worker.on('message', (m: Report) => {
        current = m.i;
        if (m.ms === undefined) return arm();
        done++;
        if (done % 5000 === 0) process.stderr.write(`fuzz: docs ${from}-${end}: ${done} linted, ${failures.length} failures so far\n`);
        const fail = (line: string) => {
          failures.push(line);
          process.stderr.write(`fuzz: ${line}\n`);
        };
        if (m.error) fail(`doc ${m.i}: ${m.error}; replay with FUZZ_SEED=${seed} FUZZ_DOC=${m.i}`);
        if (m.ms > slowest.ms) Object.assign(slowest, { i: m.i, ms: m.ms, bytes: m.bytes });
        if (m.ms > SLOW_MS && m.bytes! < SMALL) fail(`doc ${m.i}: ${Math.round(m.ms)} ms of CPU for ${m.bytes} bytes (over ${SLOW_MS} ms); replay with FUZZ_SEED=${seed} FUZZ_DOC=${m.i}`);
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        failures.push(`doc ${current}: the worker failed (${e.message}); replay with FUZZ_SEED=${seed} FUZZ_DOC=${current}`);
        resolve(current + 1);
      });
      worker.on('exit', (code) => {
        if (code && code !== 0 && !failures.some((f) => f.startsWith(`doc ${current}:`))) failures.push(`doc ${current}: the worker exited with ${code}; replay with FUZZ_SEED=${seed} FUZZ_DOC=${current}`);
        clearTimeout(timer);
        resolve(end);
      });
    });
  }
  return { docs: done, failures, slowest };
}
