/** step-order: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'in-order.en',
      coverage: { 's1-requirements': 'present', 's3-data-prep': 'present', 's4-model-dev': 'present', 's5-evaluation': 'present' },
      code: `# Design

## 1. Clarifying requirements

Increase watch time for 100M daily users.

## 3. Data preparation

Logs are joined daily into training examples.

## 4. Model development

A two-tower model with a DCN ranker.

### Model evaluation

We check the ranker against the baseline on last week's logs before moving on.

## 5. Evaluation

Offline we use nDCG@10; online we use watch time per user.
`,
    },
    {
      name: 'metrics-early-default-profile.en',
      // The nine-step derivative puts metrics right after the problem: the default profile does not object.
      code: `# Design

## Clarifying requirements

Increase watch time for 100M daily users.

## Metrics

Offline we use nDCG@10; online we use watch time per user.

## Data preparation

Logs are joined daily into training examples.
`,
    },
  ],
  invalid: [
    {
      name: 'metrics-early.en',
      // The interview and checklist profiles check the book's order; the default leaves it to the team.
      code: `---
mlsd:
  profile: interview
---
# Design

## Clarifying requirements

Increase watch time for 100M daily users.

## Metrics

Offline we use nDCG@10; online we use watch time per user.

## Data preparation

Logs are joined daily into training examples.

## Model development

A two-tower model with a DCN ranker.
`,
      errors: [
        { messageId: 'outOfOrder', line: 11, column: 1, topic: 's5-evaluation' },
      ],
    },
    {
      name: 'metrics-early.ko',
      code: `---
mlsd:
  profile: interview
---
# 설계

## 요구사항 명확화

일 사용자 1억 명의 시청 시간을 늘린다.

## 평가

오프라인에서는 nDCG@10, 온라인에서는 사용자당 시청 시간을 본다.

## 데이터 준비

로그를 매일 모아 학습 데이터를 만든다.

## 모델 개발

투-타워 모델과 DCN 랭커를 쓴다.
`,
      errors: [
        { messageId: 'outOfOrder', line: 11, column: 1, topic: 's5-evaluation' },
      ],
    },
  ],
};

export default cases;
