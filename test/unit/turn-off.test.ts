/**
 * The three ways of turning a rule off give the same findings: the config's `rules`, the front matter's
 * `mlsd.rules`, and an inline `<!-- mlsd-lint-disable ... -->` comment. Over every rule id of the
 * registry, each with a doc that makes it report.
 */
import assert from 'node:assert/strict';
import { allRules, BUILTIN_SCHEMAS, Linter, type Finding, type JsonSchema, type LintOptions } from '../../src/core/index.js';

/** A team schema with one constraint beyond missing sections: the requirements step starts by line 5. */
const TEAM_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acme.example/turn-off.schema.json',
  'x-mlsd-case': { id: 'acme', title: { en: 'Acme checklist', ko: 'Acme 체크리스트' } },
  allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }],
  type: 'object',
  properties: { steps: { type: 'object', properties: { 's1-requirements': { type: 'object', properties: { line: { type: 'number', maximum: 5 } } } } } },
} as JsonSchema;

/** For each rule: `mlsd:` settings lines (besides `rules`) and a body that makes the rule report. */
const SAMPLES: Record<string, { settings?: string; body: string }> = {
  'missing-step': { body: '# Design\n\n## Clarifying requirements\n\nWe serve ten million users a day within 200 ms.\n' },
  'missing-topic': { settings: '  profile: interview\n', body: '# Design\n\n## Clarifying requirements\n\nWe serve ten million users a day within 200 ms.\n' },
  'empty-section': { body: '# Design\n\n## 5. Evaluation\n\n### Offline metrics\n\n### Online metrics\n\nWatch time per user is the primary online metric.\n' },
  placeholder: { body: '# Design\n\n## Evaluation\n\nTODO: metrics\n' },
  'heading-typo': { body: '# Design\n\n## Evalution\n\nSome words here.\n' },
  'offline-metrics-named': {
    body: '# Design\n\n## 5. Evaluation\n\n### Offline metrics\n\nWe will pick metrics that reflect user satisfaction and measure them carefully on historical data.\n\n### Online metrics\n\nWatch time per user is the primary online metric.\n',
  },
  'online-metrics-named': {
    body: '# Design\n\n## 5. Evaluation\n\n### Offline metrics\n\nWe use nDCG@10 on a held-out week of sessions.\n\n### Online metrics\n\nWe keep tracking precision and recall on live traffic after launch.\n',
  },
  'metric-fits-framing': {
    body: '# Design\n\n## 2. Frame the problem as an ML task\n\n### Choosing the right ML category\n\nWe frame it as learning to rank: given a user, order the candidate videos by predicted relevance.\n\n## 5. Evaluation\n\n### Offline metrics\n\nWe measure accuracy and F1 of the model on a held-out week.\n',
  },
  'imbalance-technique': {
    settings: '  profile: interview\n',
    body: '# Design\n\n## 4. Model development\n\n### Handling class imbalance\n\nOnly 1% of posts are harmful, so the classes are heavily imbalanced. We use focal loss so that the image modality does not dominate the text modality in the fused model.\n',
  },
  'deploy-tradeoff-both-sides': {
    settings: '  profile: interview\n',
    body: '# Design\n\n## 6. Deployment and serving\n\n### Cloud vs on-device\n\nWe deploy to the cloud because it is simple to update, scales with GPUs and keeps costs predictable.\n',
  },
  'compression-technique': {
    settings: '  profile: interview\n',
    body: '# Design\n\n## 6. Deployment and serving\n\n### Model compression\n\nWe compress the ANN index with product quantization in Faiss, which cuts its memory by 8x.\nThe text tower is a distilled encoder (DistilBERT) used as a frozen feature extractor.\n',
  },
  'online-test-method': {
    settings: '  profile: interview\n',
    body: '# Design\n\n## 6. Deployment and serving\n\n### Testing in production\n\nWe use a multi-armed bandit to explore new items for cold-start users, and we will watch the dashboards closely after launch.\n',
  },
  'step-order': { settings: '  profile: interview\n', body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n\n## Clarifying requirements\n\nWe serve ten million users a day.\n' },
  'duplicate-step': {
    settings: '  profile: interview\n',
    body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n\n## Deployment and serving\n\nThe ranker runs behind the API gateway.\n\n## Evaluation\n\nOnline we use watch time per user in an A/B test.\n',
  },
  'unknown-directive': { body: '# Design\n\n<!-- mlsd-lint-disable placeholdr -->\n\n## Evaluation\n\nTODO: metrics\n' },
  'unused-directive': { body: '# Design\n\n## Evaluation\n\n<!-- mlsd-lint-disable-next-line placeholder -->\nOffline we use nDCG@10 on a held-out week.\n' },
  'schema-violation': { settings: '  case: acme\n', body: '# Design\n\nSome words first.\n\nMore words.\n\n## Clarifying requirements\n\nWe serve ten million users a day.\n' },
  'front-matter': { settings: '  lang: fr\n', body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n' },
  'unknown-setting': { settings: '  colour: red\n', body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n' },
  'unknown-case': { settings: '  case: video-recomendation\n', body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n' },
  'unknown-profile': { settings: '  profile: intervew\n', body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n' },
  'invalid-waiver': { settings: '  waive:\n    no-such-topic: "not needed"\n', body: '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n' },
};

const linter = new Linter([...BUILTIN_SCHEMAS, TEAM_SCHEMA]);
const doc = (settings: string, rules: string, body: string) => `---\nmlsd:\n${settings}  rules: ${rules}\n---\n${body}`;
const show = (fs: readonly Finding[]) => fs.map((f) => `L${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.severity} ${f.message}`);

describe('turning a rule off: config, front matter and inline comments agree', () => {
  it('every rule has a sample doc here', () => {
    assert.deepEqual(Object.keys(SAMPLES).sort(), allRules().map((r) => r.id).sort());
  });

  for (const { id } of allRules()) {
    it(id, () => {
      const sample = SAMPLES[id];
      assert.ok(sample, `no sample doc for ${id}`);
      const settings = sample.settings ?? '';
      const on = linter.lint(doc(settings, '{}', sample.body));
      assert.ok(on.findings.some((f) => f.ruleId === id), `the sample reports ${id}: ${show(on.findings).join('\n')}`);
      const byConfig = linter.lint(doc(settings, '{}', sample.body), { rules: { [id]: 'off' } } satisfies LintOptions);
      const byFrontMatter = linter.lint(doc(settings, `{ ${id}: "off" }`, sample.body));
      // At the end of the doc, so no line moves; `disable-file` also covers findings in the front matter.
      const byComment = linter.lint(doc(settings, '{}', `${sample.body}\n<!-- mlsd-lint-disable-file ${id} -->\n`));
      assert.ok(!byConfig.findings.some((f) => f.ruleId === id), `config off still reports ${id}`);
      assert.deepEqual(show(byFrontMatter.findings), show(byConfig.findings), 'front matter vs config');
      assert.deepEqual(show(byComment.findings), show(byConfig.findings), 'inline comment vs config');
    });
  }

  it('the issue\'s example: a section holding only a placeholder, with placeholder off three ways', () => {
    const text = '# Design\n\n## Evaluation\n\nTODO: metrics\n';
    const rules = (r: ReturnType<Linter['lint']>) => r.findings.map((f) => `${f.ruleId} ${f.topic ?? ''}`).sort();
    const byDefault = linter.lint(text);
    assert.ok(byDefault.findings.some((f) => f.ruleId === 'placeholder'));
    assert.ok(!byDefault.findings.some((f) => f.ruleId === 'empty-section'), 'one finding per unfilled section, not two');
    const byConfig = linter.lint(text, { rules: { placeholder: 'off' } });
    assert.ok(byConfig.findings.some((f) => f.ruleId === 'empty-section' && f.topic === 's5-evaluation'), 'the hollow section is reported');
    const byComment = linter.lint('<!-- mlsd-lint-disable placeholder -->\n\n' + text);
    assert.deepEqual(rules(byComment), rules(byConfig));
    const byFrontMatter = linter.lint('---\nmlsd:\n  rules: { placeholder: "off" }\n---\n' + text);
    assert.deepEqual(rules(byFrontMatter), rules(byConfig));
  });
});
