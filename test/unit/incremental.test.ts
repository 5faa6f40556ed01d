/**
 * The editor's incremental linter gives exactly what a full lint gives, after any sequence of edits,
 * and re-parses only what changed. Linting never throws and places every finding inside the document.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IncrementalLinter, Linter } from '../../src/core/index.js';
import { parseWhole } from '../../src/core/chunks.js';
import { applyEdit, edit, markdownDoc, mutated } from '../support/markdown-arb.js';
import { realisticDoc } from '../../bench/corpus.js';

const RUNS = Number(process.env.MLSD_PROPERTY_RUNS ?? 300);
const linter = new Linter();

function fixtureDocs(dir = 'test/fixtures'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtureDocs(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

function inside(text: string, r: ReturnType<Linter['lint']>): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of r.findings) {
    assert.ok(f.line >= 1 && f.line <= lines.length, `line ${f.line} of ${lines.length}`);
    assert.ok(f.endLine >= f.line && f.endLine <= lines.length, `endLine ${f.endLine}`);
    assert.ok(f.column >= 1 && f.column <= lines[f.line - 1]!.length + 1, `column ${f.column} on line ${f.line}`);
    assert.ok(f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1]!.length + 1, `endColumn ${f.endColumn}`);
    if (f.fix) assert.ok(f.fix.start >= 0 && f.fix.start <= f.fix.end && f.fix.end <= text.length, 'fix inside the text');
  }
}

describe('lint over chunked parses', () => {
  it('every fixture doc gets the same findings and coverage as with a whole-document parse', () => {
    const docs = fixtureDocs();
    assert.ok(docs.length > 10);
    for (const p of docs) {
      const text = readFileSync(p, 'utf8');
      assert.deepEqual(linter.lint(text), linter.lint(text, {}, parseWhole(text)), p);
    }
  });

  it('never throws, stays inside the doc, and is deterministic, on generated and mutated docs', function () {
    this.timeout(120_000);
    const docs = fc.oneof(markdownDoc, mutated(fc.integer({ min: 0, max: 1000 }).map((s) => realisticDoc(s))));
    fc.assert(
      fc.property(docs, (text) => {
        const r = linter.lint(text);
        inside(text, r);
        assert.deepEqual(linter.lint(text), r, 'same input, same output');
        assert.deepEqual(r, linter.lint(text, {}, parseWhole(text)), 'chunked and whole parses give the same findings');
      }),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  });
});

describe('IncrementalLinter', () => {
  it('after a one-character edit re-parses one piece, and reports what a full lint reports', () => {
    const inc = new IncrementalLinter({ linter });
    const doc = realisticDoc(3);
    assert.deepEqual(inc.lint(doc), linter.lint(doc));
    assert.ok(inc.stats.parsed > 10);
    // Typo a step heading: the finding appears, and only the edited piece was parsed again.
    const edited = doc.replace(/^(## .*)Evaluation$/m, '$1Evalution');
    assert.notEqual(edited, doc);
    const r = inc.lint(edited);
    assert.equal(inc.stats.parsed, 1);
    assert.ok(r.findings.some((f) => f.ruleId === 'heading-typo'), 'the typo is reported');
    assert.deepEqual(r, linter.lint(edited));
  });

  it('equals a full lint after every edit of a random edit sequence', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: markdownDoc }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((s) => realisticDoc(s)) }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const inc = new IncrementalLinter({ linter, maxChunks: 50 });
        let text = start;
        assert.deepEqual(inc.lint(text), linter.lint(text));
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(inc.lint(text), linter.lint(text));
        }
      }),
      { numRuns: Math.ceil(RUNS / 15) },
    );
  });

  it('keeps serving several documents from one cache', () => {
    const inc = new IncrementalLinter({ linter });
    const a = realisticDoc(11);
    const b = realisticDoc(12);
    inc.lint(a);
    inc.lint(b);
    assert.deepEqual(inc.lint(a), linter.lint(a));
    assert.equal(inc.stats.parsed, 0, 'switching back to a document parses nothing');
    inc.clear();
    assert.equal(inc.stats.cached, 0);
  });
});
