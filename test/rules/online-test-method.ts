/** online-test-method: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

// The interview profile reads the section on its own; the default one takes the word said anywhere in the
// doc (a quote, the next section) as said: these cases show the section's own check.
const INTERVIEW = { overrides: { profile: 'interview' } } as const;

const cases: RuleCases = {
  valid: [
    {
      name: 'bandit-exploration-cue.en',
      coverage: { 'deploy-testing-in-production': 'missing' },
      code: `# Design

## 6. Deployment and serving

Candidate generation uses a multi-armed bandit to explore new videos for cold-start users.
We keep a holdout set of last week's sessions for offline validation.
`,
    },
    {
      name: 'bandit-exploration-cue.ko',
      coverage: { 'deploy-testing-in-production': 'missing' },
      code: `# 설계

## 6. 배포 및 서비스 제공

후보 생성 단계는 콜드 스타트 사용자에게 신규 동영상을 탐색하도록 밴딧을 쓴다. 섀도밴 된 계정의 게시물은 후보에서 뺀다.
`,
    },
    {
      name: 'cue-present.ko',
      coverage: { 'deploy-testing-in-production': 'present' },
      code: `# 설계

## 6. 배포 및 서비스 제공

모델은 순위 서비스 뒤에서 동작한다.
새 모델은 섀도 배포로 1주일 검증하고 카나리 방식으로 트래픽을 늘린다.
`,
    },
    {
      name: 'latin-terms-with-particles.ko',
      coverage: { 'deploy-testing-in-production': 'present', 'deploy-model-compression': 'missing' },
      code: `# 설계

## 6. 배포 및 서비스 제공

모델은 순위 서비스 뒤에서 동작한다.
새 모델은 canary로 트래픽 5%에서 시작하고, 2주 동안 A/B testing을 거쳐 전체로 넓힌다.
모델 크기는 quantizationish한 방식이나 pruninglike 구조 없이 그대로 둔다.
`,
    },
    {
      name: 'method.en',
      coverage: { 'deploy-testing-in-production': 'present' },
      code: `# Design

## 6. Deployment and serving

### Testing in production

The new model first runs in shadow mode for a week, then an A/B test sends 5% of traffic to it for two weeks.
`,
    },
    {
      name: 'method.ko',
      coverage: { 'deploy-testing-in-production': 'present' },
      code: `# 설계

## 6. 배포 및 서비스 제공

### 운영 환경에서의 테스트

새 모델은 1주일간 섀도 배포로 검증한 뒤 트래픽 5%로 2주간 A/B 테스트를 한다.
`,
    },
  ],
  invalid: [
    {
      name: 'no-method.en',
      options: INTERVIEW,
      code: `# Design

## 6. Deployment and serving

### Testing in production

We use a multi-armed bandit to explore new items for cold-start users, and we will watch the dashboards closely after launch.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'deploy-testing-in-production' },
      ],
    },
    {
      name: 'no-method.ko',
      options: INTERVIEW,
      code: `# 설계

## 6. 배포 및 서비스 제공

### 운영 환경에서의 테스트

콜드 스타트 사용자에게 신규 아이템을 탐색하도록 밴딧을 쓰고, 출시 후 대시보드를 꼼꼼히 본다.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'deploy-testing-in-production' },
      ],
    },
  ],
};

export default cases;
