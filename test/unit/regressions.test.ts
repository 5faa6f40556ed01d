/** Inputs that property tests once found breaking an invariant, kept as plain regression tests. */
import assert from 'node:assert/strict';
import { Linter, lint } from '../../src/core/index.js';
import { LineIndex } from '../../src/core/positions.js';
import { assertInside as checkInside } from '../support/properties.js';

const assertInside = (text: string): void => checkInside(text, lint(text));

describe('regressions', () => {
  it('a list item whose paragraph runs on over a CRLF line end stays inside its line', () => {
    assertInside('- data\r\n  ``` `x`\r\n  ```\r\n- # -->');
  });

  it('a numbered pseudo-heading in a CRLF doc stays inside its line', () => {
    assertInside('## Evaluation\r\n\r\n4.1 Offline metrics\r\nnDCG and MRR for ranking.\r\n');
  });

  it('a doc of BOMs, then a CRLF thematic break, is reported inside its first line (fuzz doc 93979 of seed 73190417)', () => {
    assertInside('\ufeff\ufeff\ufeff---\r\n# Kind\r\n');
  });

  it('a finding whose offset falls between the CR and LF of a line end is placed at the end of that line (fuzz doc 53114 of seed 73190417)', () => {
    // A paragraph's text drops the space before each line end, so an offset read off it lands one character
    // further per line: in the fuzz doc, on the LF of a CRLF, a column past the end of the line.
    const text = '---\r\n> \r\n> \r\n> \r\n> \r\n> \r\n> \r\n> \r\n> ### 오프라인 지표\r\n> 검토 대상 1% 기준에서의 정밀도와 재현율, 그리고 PR-AUC를 본다.';
    assertInside(text);
    const lines = new LineIndex('> \r\n> x');
    assert.deepEqual(lines.point(3), { line: 1, column: 3, offset: 2 });
    assert.deepEqual(lines.point(4), { line: 2, column: 1, offset: 4 });
  });
});

describe('regressions: placeholder positions', () => {
  it('a placeholder on an indented continuation line of a CRLF paragraph is placed on its own text', () => {
    const text = '- ```\r\n``\r\n  TBD data\r\n- # data';
    const f = lint(text).findings.find((x) => x.ruleId === 'placeholder');
    assert.ok(f);
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, 3, 3, 11]);
  });

  it('three blanks of one length on one line are three places, not one place three times', () => {
    const text = '# Case\n\n## Framing\n\nGiven ______, predict ______ so the service can ______.\n';
    const cols = lint(text).findings.filter((x) => x.ruleId === 'placeholder').map((f) => f.column);
    assert.deepEqual(cols, [7, 23, 49]);
  });
});

describe('regressions: front matter', () => {
  it('a YAML error in CRLF front matter is placed on its own line', () => {
    const text = '---\r\n# not closed\r\nmlsd: {}\r\ndata\r\n---';
    assertInside(text);
    const f = lint(text).findings.find((x) => x.ruleId === 'front-matter');
    assert.ok(f);
    assert.equal(f.line, 4);
    assert.equal(f.column, 1);
  });
});

describe('regressions: keys with regex characters', () => {
  it('front-matter keys, rule ids and waiver ids with ( or [ are findings, not a crash', () => {
    const text = '---\nmlsd:\n  "a(": x\n  rules:\n    "b[": warning\n  waive:\n    "c(": because\n---\n# Design\n';
    const r = lint(text);
    assert.ok(r.findings.some((f) => f.ruleId === 'unknown-setting' && f.line === 3), 'unknown key reported on its line');
    assert.ok(r.findings.some((f) => f.ruleId === 'invalid-waiver' && f.line === 7), 'unknown waiver id reported on its line');
    checkInside(text, r);
  });
});

describe('regressions: language', () => {
  it("a Korean doc with English '#' lines in a code block still gets Korean messages", () => {
    const text = '# 설계\n\n## 평가\n\n```bash\n# install\n# build\n# run\n```\n';
    assert.equal(lint(text).lang, 'ko');
  });
});

describe('results do not depend on the docs linted before (one linter, many docs: a CLI worker, the editor)', () => {
  // A bold "Model" line among the requirements is a requirement about the model (its step is dropped there);
  // a bold "Model" line with lines under it opens the step. The recogniser remembers what a heading means:
  // what one doc made of that answer must not change what the other doc gets.
  const inRequirements = '# A\n\n## Requirements\n\n- **Model**: must answer within 50 ms.\n- **Scale**: 10k requests a second.\n\n## Evaluation\n\nPR-AUC offline; CTR online.\n';
  const asStep = '# B\n\n## Requirements\n\nScore payments within 50 ms.\n\n- **Model**:\n  - gradient-boosted trees on payment features\n  - log loss, negatives downsampled\n\n## Evaluation\n\nPR-AUC offline; CTR online.\n';
  it('the same doc gets the same coverage whatever was linted before it', async () => {
    const { Linter } = await import('../../src/core/index.js');
    const alone = (text: string) => JSON.stringify(new Linter().lint(text).coverage);
    for (const [first, second] of [[inRequirements, asStep], [asStep, inRequirements]] as const) {
      const l = new Linter();
      l.lint(first);
      assert.equal(JSON.stringify(l.lint(second).coverage), alone(second));
    }
  });
});

describe('regressions: what was linted before', () => {
  it('a bullet named after a step, with lines under it, is that step however the same bullet was read in an earlier doc', () => {
    // The first doc's "- Evaluation" says its piece on its own line among the requirements: a topic there,
    // never the step. The second doc's has its lines under it: the evaluation step. The recogniser
    // remembers what a heading's text means; reading the first must not change what the second means.
    const first = '# Fraud detection\n\n## Clarifying requirements\n\n- Evaluation\n- Latency under 100 ms for each payment, with a daily retrain.\n';
    const second =
      '# Fraud detection\n\n## Clarifying requirements\n\nPayments arrive at 2k per second and fraud is 0.1% of them; latency under 100 ms.\n\n- Evaluation\n' +
      '  - Offline: precision and recall at a fixed review budget, PR-AUC on a held-out month.\n  - Online: chargeback rate in an A/B test against the rules engine.\n';
    const alone = new Linter().lint(second);
    assert.equal(alone.coverage.steps['s5-evaluation']?.status, 'present');
    const linter = new Linter();
    linter.lint(first);
    assert.deepEqual(linter.lint(second), alone);
  });
});
