/** offline-metrics-named: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

// The interview profile reads the section on its own; the default one takes the word said anywhere in the
// doc (a quote, the next section) as said: these cases show the section's own check.
const INTERVIEW = { overrides: { profile: 'interview' } } as const;

const cases: RuleCases = {
  valid: [
    {
      name: 'in-a-table.en',
      coverage: { 'eval-offline-metrics': 'present', 'eval-online-metrics': 'present' },
      code: `# Design

## 5. Evaluation

### Offline metrics

Metrics are tabled, the way most design docs write them[^why]:

| Metric | Why | Target |
| --- | --- | --- |
| nDCG@10 | relevance labels are graded | 0.42 |
| recall@100 | the candidate generator must not lose items | 0.9 |

[^why]: See https://example.com/metrics and ask ml-team@example.com for the labelling guide.

### Online metrics

- [x] Watch time per user is the primary online metric.
- [ ] Session length is a guardrail.
`,
    },
    {
      name: 'named.en',
      coverage: { 'eval-offline-metrics': 'present' },
      code: `# Design

## 5. Evaluation

### Offline metrics

- **Primary**: nDCG@10, because relevance labels are graded.
- **Secondary**: recall@100 for the candidate generator.

### Online metrics

Watch time per user is the primary online metric.
`,
    },
    {
      name: 'named.ko',
      coverage: { 'eval-offline-metrics': 'present' },
      code: `# 설계

## 5. 평가

### 오프라인 지표

관련도 라벨이 등급으로 주어지므로 주 지표는 nDCG@10이고, 후보 생성 단계는 재현율@100으로 본다.

### 온라인 지표

주 온라인 지표는 사용자당 시청 시간이다.
`,
    },
  ],
  invalid: [
    {
      name: 'no-metric.en',
      options: INTERVIEW,
      coverage: { 'eval-offline-metrics': 'present' },
      code: `# Design

## 5. Evaluation

### Offline metrics

We will pick metrics that reflect user satisfaction and measure them carefully on historical data.

> Reading note: the book evaluates this case with nDCG and MRR.

### Online metrics

Watch time per user is the primary online metric.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
    {
      name: 'no-metric.ko',
      options: INTERVIEW,
      code: `# 설계

## 5. 평가

### 오프라인 지표

사용자 만족도를 잘 반영하는 지표를 골라 과거 데이터에서 꼼꼼히 측정할 예정이다.

> 책 정리: 이 사례는 nDCG와 MRR로 평가한다.

### 온라인 지표

주 온라인 지표는 사용자당 시청 시간이다.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
  ],
};

export default cases;
