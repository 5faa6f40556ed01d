import assert from 'node:assert/strict';
import { Linter, compactKey } from '../../src/core/index.js';

/** The public ids of rubric.md A.1 to A.7: users configure them and CI reports them. */
const RUBRIC_IDS = {
  steps: ['s1-requirements', 's2-framing', 's3-data-prep', 's4-model-dev', 's5-evaluation', 's6-deploy-serve', 's7-monitoring-infra'],
  topics: [
    'req-business-objective', 'req-features', 'req-data', 'req-constraints', 'req-scale', 'req-performance', 'req-summary',
    'frame-ml-needed', 'frame-ml-objective', 'frame-io', 'frame-ml-category',
    'data-sources', 'data-storage', 'data-etl', 'data-types', 'data-schema', 'fe-feature-selection', 'fe-missing-values', 'fe-scaling',
    'fe-discretization', 'fe-categorical-encoding', 'fe-unstructured-prep', 'data-privacy', 'data-bias',
    'model-baseline', 'model-selection', 'model-ensemble', 'train-dataset-construction', 'train-labels', 'train-sampling', 'train-data-split',
    'train-class-imbalance', 'train-loss-function', 'train-scratch-vs-finetune', 'train-distributed', 'train-regularization-optim', 'train-continual-learning',
    'eval-offline-metrics', 'eval-online-metrics', 'eval-fairness-bias', 'eval-metric-justification',
    'deploy-cloud-vs-device', 'deploy-model-compression', 'deploy-testing-in-production', 'serve-batch-vs-online', 'serve-prediction-pipeline',
    'serve-realtime-features', 'serve-scalability',
    'mon-failure-causes', 'mon-operational-metrics', 'mon-ml-metrics', 'mon-alerting', 'infra',
  ],
};

describe('the base schema (rule book)', () => {
  const linter = new Linter();
  const book = linter.ruleBook('generic')!;

  it('declares every step and topic id of the rubric', () => {
    assert.deepEqual(book.steps.map((s) => s.id), RUBRIC_IDS.steps);
    const ids = new Set(book.topics.map((t) => t.id));
    for (const id of RUBRIC_IDS.topics) assert.ok(ids.has(id), `topic ${id} missing from schemas/mlsd.schema.json`);
  });

  it('every id appears in coverage, even for an empty doc', () => {
    const r = linter.lint('');
    for (const id of RUBRIC_IDS.steps) assert.equal(r.coverage.steps[id]?.status, 'missing', id);
    for (const id of RUBRIC_IDS.topics) assert.equal(r.coverage.topics[id]?.status, 'missing', id);
  });

  it('no alias means two different things after normalisation', () => {
    const owner = new Map<string, string>();
    for (const def of [...book.steps, ...book.topics]) {
      const texts = [def.title.en, def.title.ko, ...Object.values(def.aliases).flat()];
      for (const t of texts) {
        const key = compactKey(t as string);
        const prev = owner.get(key);
        assert.ok(!prev || prev === def.id, `alias "${t}" of ${def.id} also belongs to ${prev}`);
        owner.set(key, def.id);
      }
    }
  });

  it('every topic belongs to a known step and has hints and an example in both languages', () => {
    const steps = new Set(book.steps.map((s) => s.id));
    for (const t of book.topics) {
      assert.ok(steps.has(t.step), `${t.id} -> ${t.step}`);
      assert.ok(t.hint?.en && t.hint.ko, `${t.id} hint`);
      assert.ok(t.example?.en && t.example.ko, `${t.id} example`);
    }
  });

  it('reports every missing step, not only the first', () => {
    // A doc that says it is a design (an `mlsd:` key) and has none of the steps: one finding that lists all
    // seven (the default profile groups three or more).
    const r = linter.lint('---\nmlsd: {}\n---\n# Notes\n\nJust some notes about a meeting.\n');
    const steps = r.findings.filter((f) => f.ruleId === 'missing-step').flatMap((f) => (f.related ?? []).map((x) => x.topic));
    assert.equal(steps.length, 7);
    const each = linter.lint('---\nmlsd:\n  profile: checklist\n---\n# Notes\n\nJust some notes about a meeting.\n');
    assert.equal(each.findings.filter((f) => f.ruleId === 'missing-step').length, 7);
  });
});
