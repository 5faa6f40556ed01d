/** deploy-tradeoff-both-sides: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

// The interview profile reads the section on its own; the default one takes the word said anywhere in the
// doc (a quote, the next section) as said: these cases show the section's own check.
const INTERVIEW = { overrides: { profile: 'interview' } } as const;

const cases: RuleCases = {
  valid: [
    {
      name: 'both.en',
      coverage: { 'deploy-cloud-vs-device': 'present' },
      code: `# Design

## 6. Deployment and serving

### Cloud vs on-device

Cloud deployment is simpler to update and has no hardware limits, while on-device inference removes network latency but drains the battery. The model is 2 GB, so we choose the cloud.
`,
    },
    {
      name: 'both.ko',
      coverage: { 'deploy-cloud-vs-device': 'present' },
      code: `# 설계

## 6. 배포 및 서비스 제공

### 클라우드와 온디바이스 배포 비교

클라우드 배포는 업데이트가 쉽고, 온디바이스 추론은 네트워크 지연이 없지만 배터리를 소모한다. 모델이 2GB라 클라우드를 선택한다.
`,
    },
    {
      name: 'device-as-feature.en',
      coverage: { 'deploy-cloud-vs-device': 'missing' },
      code: `# Design

## 6. Deployment and serving

The ranking service reads context features such as device type (mobile or desktop) and time of day from the feature store.
Results are cached in memory for ten minutes in a Redis cluster.
`,
    },
    {
      name: 'device-as-feature.ko',
      coverage: { 'deploy-cloud-vs-device': 'missing' },
      code: `# 설계

## 6. 배포 및 서비스 제공

순위 서비스는 기기 종류(모바일, 데스크톱)와 시간대를 컨텍스트 피처로 피처 스토어에서 읽는다. 모바일 사용자 비중은 70%다.
`,
    },
  ],
  invalid: [
    {
      name: 'one-side.en',
      options: INTERVIEW,
      code: `# Design

## 6. Deployment and serving

### Cloud vs on-device

We deploy to the cloud because it is simple to update, scales with GPUs and keeps costs predictable.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'deploy-cloud-vs-device' },
      ],
    },
    {
      name: 'one-side.ko',
      options: INTERVIEW,
      code: `# 설계

## 6. 배포 및 서비스 제공

### 클라우드와 온디바이스 배포 비교

온디바이스 추론은 네트워크 지연이 없고 사진이 휴대폰 밖으로 나가지 않는다. 그래서 온디바이스로 배포한다.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'deploy-cloud-vs-device' },
      ],
    },
  ],
};

export default cases;
