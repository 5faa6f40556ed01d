/** Step progress (src/core/progress.ts): what the coverage view and the status bar count as a step done. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter, renderTemplate, stepProgress, stepsDone } from '../../src/core/index.js';

const linter = new Linter();
const progressOf = (text: string) => {
  const r = linter.lint(text);
  return stepProgress(r.coverage, linter.ruleBook(r.case)!);
};

describe('step progress', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`a fresh ${lang} template has no step done and no topic covered`, () => {
      const p = progressOf(renderTemplate(linter.ruleBook('generic')!, lang));
      assert.deepEqual(p.filter((s) => s.state === 'done'), []);
      for (const s of p) assert.equal(s.covered, 0, `${s.step}: ${s.covered}/${s.total}`);
      assert.equal(stepsDone(p).covered, 0);
    });
  }

  it('a step that is there but misses a key topic is in progress, with its counts and the key topic named', () => {
    const p = progressOf(readFileSync('test/fixtures/reporting/grouped-topics.en.md', 'utf8'));
    const evaluation = p.find((s) => s.step === 's5-evaluation')!;
    assert.equal(evaluation.state, 'partial');
    assert.deepEqual([evaluation.covered, evaluation.total], [1, 3]);
    assert.deepEqual(evaluation.keyMissing, ['eval-online-metrics']);
  });

  it("a step the case's chapter does not call for is not asked, and the status bar does not count it", () => {
    const book = linter.ruleBook('video-recommendation')!;
    const omitted = book.steps.filter((s) => book.omitted.has(s.id));
    const p = progressOf(renderTemplate(book, 'en'));
    for (const s of omitted) assert.equal(p.find((x) => x.step === s.id)!.state, 'notAsked', s.id);
    assert.equal(stepsDone(p).total, book.steps.length - omitted.length);
  });

  it('the complete example has every step done', () => {
    const p = progressOf(readFileSync('examples/visual-search.md', 'utf8'));
    assert.deepEqual(p.filter((s) => s.state !== 'done').map((s) => `${s.step} ${s.state} ${s.covered}/${s.total}`), []);
  });
});
