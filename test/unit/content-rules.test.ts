/** Content rules against the rule book itself: the schema's examples satisfy every content rule. */
import assert from 'node:assert/strict';
import { allRules, Linter } from '../../src/core/index.js';


describe('content rules and the rule book', () => {
  const linter = new Linter();
  const book = linter.ruleBook('generic')!;

  for (const lang of ['en', 'ko'] as const) {
    it(`a doc made of the schema's ${lang} titles and examples has every topic present and no content finding`, () => {
      let md = '# Design\n\n';
      for (const s of book.steps) {
        md += `## ${s.order}. ${s.title[lang]}\n\n${s.example?.[lang] ?? ''}\n\n`;
        for (const t of book.topics.filter((t) => t.step === s.id)) md += `### ${t.title[lang]}\n\n${t.example![lang]}\n\n`;
      }
      const r = linter.lint(md);
      // Every rule of the registry: the titles and examples leave nothing missing, hollow or unnamed.
      const ids = new Set(allRules().map((x) => x.id));
      const content = r.findings.filter((f) => ids.has(f.ruleId));
      assert.deepEqual(content.map((f) => `L${f.line} ${f.ruleId} ${f.message}`), []);
      for (const t of book.topics) assert.equal(r.coverage.topics[t.id]!.status, 'present', t.id);
    });
  }

  it('every `requires` names a registered content rule', async () => {
    const ids = new Set(allRules().map((r) => r.id));
    assert.ok(book.topics.some((t) => (t.requires?.length ?? 0) > 0), 'the schema declares requires (the loop below must run)');
    for (const t of book.topics) for (const req of t.requires ?? []) assert.ok(ids.has(req.rule), `${t.id} requires unknown rule ${req.rule}`);
  });

  it('every metric family fits a category the framing declares', () => {
    const cats = new Set(book.topics.flatMap((t) => (t.categories ?? []).map((c) => c.id)));
    assert.ok(cats.size > 0);
    assert.ok(book.topics.some((t) => (t.metricFamilies?.length ?? 0) > 0), 'the schema declares metric families');
    for (const t of book.topics) for (const f of t.metricFamilies ?? []) for (const c of f.fits) assert.ok(cats.has(c), `${f.id} fits unknown category ${c}`);
  });
});
