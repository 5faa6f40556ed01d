/** empty-section: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'a section with substance',
      code: `# Design\n\n## 5. Evaluation\n\n### Offline metrics\n\nnDCG@10 on a held-out week.\n`,
      coverage: { 'eval-offline-metrics': 'present' },
    },
    {
      name: 'a section holding only a placeholder is left to the placeholder finding',
      code: `# Design\n\n## Evaluation\n\nTODO: metrics\n`,
      coverage: { 's5-evaluation': 'empty' },
    },
  ],
  invalid: [
    {
      name: 'a section holding only a placeholder, with placeholder off',
      code: `# Design\n\n## Evaluation\n\nTODO: metrics\n`,
      options: { rules: { placeholder: 'off' } },
      errors: [{ messageId: 'empty', line: 3, column: 1, topic: 's5-evaluation' }],
    },
    {
      name: 'a section holding only a placeholder that a comment disables',
      code: `# Design\n\n## Evaluation\n\n<!-- mlsd-lint-disable-next-line placeholder -->\nTODO: metrics\n`,
      errors: [{ messageId: 'empty', line: 3, column: 1, topic: 's5-evaluation' }],
    },
    {
      name: 'hint-left.en',
      coverage: { 'eval-offline-metrics': 'empty', 'eval-online-metrics': 'present' },
      code: `# Design

## 5. Evaluation

### Offline metrics

_Name the offline metrics that fit the ML category and say why each fits (or why others do not)._

### Online metrics

The primary online metric is watch time per user; CTR is secondary.
`,
      errors: [
        { messageId: 'empty', line: 5, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
    {
      name: 'hint-left.ko',
      coverage: { 'eval-offline-metrics': 'empty', 'eval-online-metrics': 'present' },
      code: `# 설계

## 5. 평가

### 오프라인 지표

> 머신러닝 유형에 맞는 오프라인 지표를 정하고, 왜 적합한지(또는 다른 지표가 왜 부적합한지) 설명하세요.

### 온라인 지표

주 온라인 지표는 사용자당 시청 시간이고 클릭률은 보조 지표다.
`,
      errors: [
        { messageId: 'empty', line: 5, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
    {
      name: 'stubs.en',
      // One finding per blank section is what this case shows: the default profile lists the blanks of a
      // doc that is mostly blank in one finding (fixture findings/unfilled-doc).
      options: { defaults: { profile: 'interview' } },
      coverage: { 's5-evaluation': 'empty', 'eval-offline-metrics': 'empty', 'eval-online-metrics': 'empty', 'train-class-imbalance': 'empty', 'deploy-model-compression': 'empty', 'deploy-cloud-vs-device': 'present', 'deploy-testing-in-production': 'empty' },
      code: `# Design

## 4. Model development

We train a two-tower model on click logs.

### Handling class imbalance

- 
- 

## 5. Evaluation

### Offline metrics

TBD

### Online metrics

N/A

## 6. Deployment and serving

The model runs behind a ranking service.

### Model compression

<!-- Say whether the model must shrink or speed up and which technique you use. -->

### Cloud vs on-device

N/A: server-side only, because the model is 2 GB and no client ever runs inference.

### Testing in production

- Method:
- Traffic share:
`,
      errors: [
        { messageId: 'empty', line: 7, column: 1, topic: 'train-class-imbalance' },
        { messageId: 'empty', line: 18, column: 1, topic: 'eval-online-metrics' },
        { messageId: 'empty', line: 26, column: 1, topic: 'deploy-model-compression' },
        { messageId: 'empty', line: 34, column: 1, topic: 'deploy-testing-in-production' },
      ],
    },
    {
      name: 'stubs.ko',
      // One finding per blank section is what this case shows: the default profile lists the blanks of a
      // doc that is mostly blank in one finding (fixture findings/unfilled-doc).
      options: { defaults: { profile: 'interview' } },
      coverage: { 'eval-offline-metrics': 'empty', 'eval-online-metrics': 'empty', 'train-class-imbalance': 'empty', 'deploy-model-compression': 'empty', 'deploy-cloud-vs-device': 'present' },
      code: `# 설계

## 4. 모델 개발

클릭 로그로 투-타워 모델을 학습한다.

### 클래스 불균형 해결

- 
- 

## 5. 평가

### 오프라인 지표

해당 없음

### 온라인 지표

추후 작성

## 6. 배포 및 서비스 제공

모델은 순위 서비스 뒤에서 동작한다.

### 모델 압축

<!-- 모델을 줄이거나 빠르게 해야 하는지, 어떤 기법을 쓰는지 적으세요. -->

### 클라우드와 온디바이스 배포 비교

해당 없음: 모델이 2GB라 서버에서만 추론하고 단말에서는 추론하지 않는다.
`,
      errors: [
        { messageId: 'empty', line: 7, column: 1, topic: 'train-class-imbalance' },
        // The step holds only empty topics and no placeholder: the step is reported too.
        { messageId: 'empty', line: 12, column: 1, topic: 's5-evaluation' },
        { messageId: 'empty', line: 14, column: 1, topic: 'eval-offline-metrics' },
        { messageId: 'empty', line: 18, column: 1, topic: 'eval-online-metrics' },
        { messageId: 'empty', line: 26, column: 1, topic: 'deploy-model-compression' },
      ],
    },
  ],
};

export default cases;
