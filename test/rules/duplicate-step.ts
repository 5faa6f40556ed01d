/** duplicate-step: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'once.ko',
      coverage: { 's4-model-dev': 'present', 's5-evaluation': 'present' },
      code: `# 설계

## 4. 모델 개발

투-타워 모델과 DCN 랭커를 쓴다.

### 모델 평가

다음 단계로 가기 전에 지난주 로그로 기준선과 비교한다.

## 5. 평가

오프라인에서는 nDCG@10, 온라인에서는 사용자당 시청 시간을 본다.

> 책 정리:
>
> ## 평가
>
> 책은 이 사례를 nDCG로 평가한다.
`,
    },
  ],
  invalid: [
    {
      name: 'twice.en',
      code: `---
mlsd:
  profile: interview
---
# Design

## Evaluation

Offline we use nDCG@10 on a held-out week.

## Deployment and serving

The ranker runs behind the API gateway.

## Evaluation

Online we use watch time per user in an A/B test.
`,
      errors: [
        { messageId: 'again', line: 15, column: 1, topic: 's5-evaluation' },
      ],
    },
    {
      name: 'twice.ko',
      code: `---
mlsd:
  profile: interview
---
# 설계

## 평가

오프라인에서는 일주일치 데이터로 nDCG@10을 본다.

## 배포 및 서비스 제공

랭커는 API 게이트웨이 뒤에서 동작한다.

## 평가

온라인에서는 A/B 테스트로 사용자당 시청 시간을 본다.
`,
      errors: [
        { messageId: 'again', line: 15, column: 1, topic: 's5-evaluation' },
      ],
    },
  ],
};

export default cases;
