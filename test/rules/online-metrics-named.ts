/** online-metrics-named: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'named.en',
      coverage: { 'eval-online-metrics': 'present' },
      code: `# Design

## 5. Evaluation

### Offline metrics

We use nDCG@10 on a held-out week of sessions.

### Online metrics

- Primary: total watch time per user, since it tracks the engagement goal.
- Guardrail: hide rate must not rise.
`,
    },
    {
      name: 'named.ko',
      coverage: { 'eval-online-metrics': 'present' },
      code: `# 설계

## 5. 평가

### 오프라인 지표

일주일치 세션을 떼어 nDCG@10으로 평가한다.

### 온라인 지표

참여도 목표와 직결되므로 사용자당 총 시청 시간을 주 지표로, 클릭률을 보조 지표로 본다.
`,
    },
  ],
  invalid: [
    {
      name: 'offline-only.en',
      code: `# Design

## 5. Evaluation

### Offline metrics

We use nDCG@10 on a held-out week of sessions.

### Online metrics

We keep tracking precision and recall on live traffic after launch.
`,
      errors: [
        { messageId: 'missing', line: 9, column: 1, topic: 'eval-online-metrics' },
      ],
    },
    {
      name: 'offline-only.ko',
      code: `# 설계

## 5. 평가

### 오프라인 지표

일주일치 세션을 떼어 nDCG@10으로 평가한다.

### 온라인 지표

출시 후에도 실시간 트래픽에서 정밀도와 재현율을 계속 본다.
`,
      errors: [
        { messageId: 'missing', line: 9, column: 1, topic: 'eval-online-metrics' },
      ],
    },
  ],
};

export default cases;
