/** heading-typo: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'clean.en',
      coverage: { 's5-evaluation': 'present', 's3-data-prep': 'present' },
      code: `# Design

## Data Preparation

Logs are joined daily into training examples.

## Evaluation

We evaluate with nDCG@10 offline and watch time online.

## References

Links to papers we read.
`,
    },
    {
      name: 'clean.ko',
      coverage: { 's6-deploy-serve': 'present', 's5-evaluation': 'present' },
      code: `# 설계

## 배포 및 서비스 제공

모델은 순위 서비스 뒤에서 동작하고 결과를 캐시한다.

## 평가

오프라인에서는 nDCG@10, 온라인에서는 시청 시간을 본다.

## 부록

읽은 논문 목록.
`,
    },
  ],
  invalid: [
    {
      name: 'misspelt.en',
      coverage: { 's5-evaluation': 'missing' },
      code: `# Design

## Evalution

We evaluate with nDCG@10 offline and watch time online.

## Data Preperation

Logs are joined daily into training examples.

## Appendix

Links to papers we read.
`,
      errors: [
        { messageId: 'typo', line: 3, column: 1, topic: 's5-evaluation' },
        { messageId: 'typo', line: 7, column: 1, topic: 's3-data-prep' },
      ],
    },
    {
      name: 'misspelt.ko',
      code: `# 설계

## 배포 및 서비스 재공

모델은 순위 서비스 뒤에서 동작하고 결과를 캐시한다.

## 평가

오프라인에서는 nDCG@10, 온라인에서는 시청 시간을 본다.

## 참고 문헌

읽은 논문 목록.
`,
      errors: [
        { messageId: 'typo', line: 3, column: 1, topic: 's6-deploy-serve' },
      ],
    },
  ],
};

export default cases;
