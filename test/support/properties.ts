/**
 * The robustness properties, shared by the unit suite (a few hundred cases) and `npm run fuzz` (100k):
 * linting never throws, every finding lies inside the document, the same input gives the same output,
 * and the chunked parse (and so the incremental linter) equals the whole-document parse.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalLinter, Linter, type LintResult } from '../../src/core/index.js';
import { parseChunked, parseWhole } from '../../src/core/chunks.js';
import { applyEdit, edit, markdownDoc, mutated } from './markdown-arb.js';
import { realisticDoc } from '../../bench/corpus.js';

/**
 * The unit suite runs the properties with a fixed seed so CI is repeatable (MLSD_PROPERTY_SEED picks
 * another); `npm run fuzz` explores with fresh seeds. A counterexample it finds becomes a regression test.
 */
export const SEED = process.env.MLSD_PROPERTY_SEED ? Number(process.env.MLSD_PROPERTY_SEED) : 20261127;

export function assertInside(text: string, r: LintResult): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of r.findings) {
    assert.ok(f.line >= 1 && f.line <= lines.length, `line ${f.line} of ${lines.length}`);
    assert.ok(f.endLine >= f.line && f.endLine <= lines.length, `endLine ${f.endLine}`);
    assert.ok(f.column >= 1 && f.column <= lines[f.line - 1]!.length + 1, `column ${f.column} on line ${f.line}`);
    assert.ok(f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1]!.length + 1, `endColumn ${f.endColumn}`);
    if (f.fix) assert.ok(f.fix.start >= 0 && f.fix.start <= f.fix.end && f.fix.end <= text.length, 'fix inside the text');
  }
}

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** Generated hostile docs and mutated realistic ones. */
export const anyDoc = fc.oneof({ weight: 3, arbitrary: markdownDoc }, { weight: 1, arbitrary: mutated(fc.integer({ min: 0, max: 100_000 }).map((s) => realisticDoc(s))) });

export function checkParse(runs: number, seed?: number): void {
  fc.assert(
    fc.property(markdownDoc, (text) => {
      const whole = plain(parseWhole(text));
      assert.deepEqual(plain(parseChunked(text, { minPiece: 0 })), whole);
      assert.deepEqual(plain(parseChunked(text)), whole);
    }),
    { numRuns: runs, seed },
  );
}

export function checkLint(runs: number, linter = new Linter(), seed?: number): void {
  fc.assert(
    fc.property(anyDoc, (text) => {
      const r = linter.lint(text);
      assertInside(text, r);
      assert.deepEqual(linter.lint(text), r, 'same input, same output');
      assert.deepEqual(r, linter.lint(text, {}, parseWhole(text)), 'chunked and whole parses give the same findings');
    }),
    { numRuns: runs, seed },
  );
}

export function checkIncremental(runs: number, linter = new Linter(), seed?: number): void {
  fc.assert(
    fc.property(anyDoc, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      const inc = new IncrementalLinter({ linter, maxChunks: 50 });
      let text = start;
      assert.deepEqual(inc.lint(text), linter.lint(text));
      for (const e of edits) {
        text = applyEdit(text, e);
        assert.deepEqual(inc.lint(text), linter.lint(text));
      }
    }),
    { numRuns: runs, seed },
  );
}
