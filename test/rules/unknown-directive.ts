/** unknown-directive: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'directives-work.en',
      code: `# Design

<!-- mlsd-lint-disable-next-line heading-typo -->
## Evalution

<!-- mlsd-lint-disable placeholder, empty-section -->

### Offline metrics

We report {{metric}} on the held-out week.

### Online metrics

TBD

<!-- mlsd-lint-enable placeholder -->

The primary online metric is [TODO: pick one]. <!-- mlsd-lint-disable-line placeholder -->

Watch time is secondary and recall is measured at ____ candidates.
`,
    },
    {
      name: 'directives-work.ko',
      coverage: { 's3-data-prep': 'present', 's5-evaluation': 'present' },
      code: `<!-- mlsd-lint-disable-file step-order -->
# 설계

## 평가

<!-- mlsd-lint-disable -->
오프라인에서는 {{지표}}를 본다.
<!-- mlsd-lint-enable -->

## 데이터 준비

로그를 매일 모아 학습 데이터를 만든다.
`,
    },
  ],
  invalid: [
    {
      name: 'unknown.en',
      code: `# Design

## 5. Evaluation

### Offline metrics

<!-- mlsd-lint-disable placeholdr -->

<!-- mlsd-lint-disabel placeholder -->

We report {{metric}} on the held-out week.

TODO: say why MRR is not enough.
`,
      errors: [
        { messageId: 'ruleSuggest', line: 7, column: 1 },
        { messageId: 'directiveSuggest', line: 9, column: 1 },
      ],
    },
    {
      name: 'unknown.ko',
      code: `# 설계

## 5. 평가

### 오프라인 지표

<!-- mlsd-lint-disable-next-line empty-sektion -->
주 지표는 {{지표}}이다.
`,
      errors: [
        { messageId: 'ruleSuggest', line: 7, column: 1 },
      ],
    },
  ],
};

export default cases;
