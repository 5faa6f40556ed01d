/** unused-directive: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'every-directive-hides-something.en',
      code: `# Design

<!-- mlsd-lint-disable-next-line heading-typo -- the team's spelling -->
## Evalution

<!-- mlsd-lint-disable placeholder -->

### Offline metrics

We report {{metric}} on the held-out week.

<!-- mlsd-lint-enable placeholder -->

The primary online metric is [TODO: pick one]. <!-- mlsd-lint-disable-line placeholder -->
`,
    },
  ],
  invalid: [
    {
      name: 'nothing-to-hide.en',
      code: `# Design

## 5. Evaluation

### Offline metrics

<!-- mlsd-lint-disable-next-line placeholder heading-typo -->
We report {{metric}} on the held-out week.

<!-- mlsd-lint-disable-line step-order -->
<!-- mlsd-lint-disable -->
The model is trained daily.
<!-- mlsd-lint-enable -->
`,
      errors: [
        { messageId: 'rule', line: 7, column: 1 },
        { messageId: 'rule', line: 10, column: 1 },
        { messageId: 'any', line: 11, column: 1 },
      ],
    },
    {
      name: 'nothing-to-hide.ko',
      code: `# 설계

## 5. 평가

### 오프라인 지표

<!-- mlsd-lint-disable-next-line empty-section -- 곧 채움 -->
주 지표는 정밀도@10이다.
`,
      errors: [{ messageId: 'rule', line: 7, column: 1 }],
    },
  ],
};

export default cases;
