/**
 * The pool lints a source of documents as it is read: results come back for every job, under the job's
 * place in the source, on one thread or two; a source that fails stops the run with its own error.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter, type LintResult } from '../../src/core/index.js';
import { lintAll, type LintJob, type Outcome } from '../../src/cli/pool.js';

const linter = new Linter();
const DOCS = [readFileSync('examples/visual-search.md', 'utf8'), readFileSync('test/fixtures/core/missing-offline-metrics.md', 'utf8'), '# Stub\n\nTBD\n'];

/** n jobs, each doc titled with its number, yielded with a pause now and then (as files are read). */
async function* slowSource(n: number, failAt = -1): AsyncGenerator<LintJob> {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error(`cannot read doc ${i}`);
    if (i % 7 === 0) await new Promise((r) => setTimeout(r, 2));
    yield { text: DOCS[i % 3]!.replace(/^# .*/m, `# Design ${i}`), options: {}, linter };
  }
}

async function run(threads: string, source: AsyncIterable<LintJob> | Iterable<LintJob>, expected: number): Promise<Map<number, Outcome>> {
  const before = process.env.MLSD_THREADS;
  process.env.MLSD_THREADS = threads;
  try {
    const out = new Map<number, Outcome>();
    await lintAll(source, expected, (i, r) => {
      assert.ok(!out.has(i), `job ${i} has one result`);
      out.set(i, r);
    });
    return out;
  } finally {
    if (before === undefined) delete process.env.MLSD_THREADS;
    else process.env.MLSD_THREADS = before;
  }
}

describe('lint pool', () => {
  it('gives every job of a slow source its own result, the same on two threads as on one', async function () {
    this.timeout(60_000);
    const two = await run('2', slowSource(60), 60);
    const one = await run('1', slowSource(60), 60);
    assert.equal(two.size, 60);
    for (let i = 0; i < 60; i++) {
      assert.deepEqual(two.get(i), one.get(i), `job ${i}`);
      assert.deepEqual(two.get(i), linter.lint(DOCS[i % 3]!.replace(/^# .*/m, `# Design ${i}`)), `job ${i} is linted as itself`);
    }
  });

  it('lints fewer jobs than expected (cache hits, unreadable files) and an empty source', async function () {
    this.timeout(60_000);
    assert.equal((await run('2', slowSource(5), 100)).size, 5);
    assert.equal((await run('2', [], 100)).size, 0);
  });

  it('stops with the source error, on two threads and on one, and does not hang', async function () {
    this.timeout(60_000);
    await assert.rejects(run('2', slowSource(80, 50), 80), /cannot read doc 50/);
    await assert.rejects(run('1', slowSource(80, 50), 80), /cannot read doc 50/);
  });

  it('a throw while linting one job is that job\'s outcome; the other jobs are linted', async function () {
    this.timeout(60_000);
    // A linter that fails on one doc, as a bug in a rule would (issue 17: one such file lost the whole run).
    class Flaky extends Linter {
      override lint(text: string, options?: Parameters<Linter['lint']>[1]): ReturnType<Linter['lint']> {
        if (text.includes('# Design 3\n')) throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere");
        return super.lint(text, options);
      }
    }
    const flaky = new Flaky();
    const jobs = Array.from({ length: 6 }, (_, i) => ({ text: DOCS[i % 3]!.replace(/^# .*/m, `# Design ${i}`), options: {}, linter: flaky }));
    const out = await run('1', jobs, 6);
    assert.equal(out.size, 6);
    assert.deepEqual(out.get(3), { crashed: "Cannot read properties of undefined (reading 'x')" }, 'one line, no stack');
    for (const i of [0, 1, 2, 4, 5]) assert.ok('findings' in out.get(i)!, `job ${i} linted`);
  });
});
