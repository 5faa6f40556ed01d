/**
 * The editor's incremental linter gives exactly what a full lint gives, after any sequence of edits,
 * and re-parses only what changed. Linting never throws and places every finding inside the document.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalLinter, Linter } from '../../src/core/index.js';
import { parseWhole } from '../../src/core/chunks.js';
import { SEED, checkIncremental, checkLint } from '../support/properties.js';
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
    checkLint(Math.ceil(RUNS / 6), linter, SEED);
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
    checkIncremental(Math.ceil(RUNS / 15), linter, SEED);
  });

  it('places a section pasted twice right at both places, edit after edit', () => {
    const inc = new IncrementalLinter({ linter });
    const twice = '## Offline metrics\n\nTODO: pick the metric.\n\n';
    let doc = `# Design\n\n## 5. Evaluation\n\n${twice}${twice}## 6. Deployment\n\nServe it.\n`;
    for (const edit of [(d: string) => d.replace('Serve it.', 'Serve it, fast.'), (d: string) => d.replace('# Design', '# Design doc'), (d: string) => d]) {
      doc = edit(doc);
      const r = inc.lint(doc);
      assert.deepEqual(r, linter.lint(doc));
      const lines = r.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.line);
      const expected = doc.split('\n').flatMap((l, i) => (l.startsWith('TODO') ? [i + 1] : []));
      assert.deepEqual(lines, expected, 'one placeholder finding on each copy, on its own line');
    }
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
