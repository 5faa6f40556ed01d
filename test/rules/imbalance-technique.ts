/** imbalance-technique: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

// The interview profile reads the section on its own; the default one takes the word said anywhere in the
// doc (a quote, the next section) as said: these cases show the section's own check.
const INTERVIEW = { overrides: { profile: 'interview' } } as const;

const cases: RuleCases = {
  valid: [
    {
      name: 'cue-present.en',
      coverage: { 'train-class-imbalance': 'present' },
      code: `# Design

## 4. Model development

We train a two-tower model on click logs.
Clicks are rare (1 in 200 impressions), so the data is imbalanced; we downsample negatives to 1:20 before training.
`,
    },
    {
      name: 'focal-modality-cue.en',
      coverage: { 'train-class-imbalance': 'missing' },
      code: `# Design

## 4. Model development

We fuse image and text features late. We use focal loss so that the image modality does not dominate, and class weights per task keep the multi-task heads balanced between tasks.
`,
    },
    {
      name: 'focal-modality-cue.ko',
      coverage: { 'train-class-imbalance': 'missing' },
      code: `# 설계

## 4. 모델 개발

이미지와 텍스트 피처를 늦게 융합한다. 이미지 모달리티가 지배하지 않도록 focal loss를 쓰고, 태스크 간 균형을 위해 클래스 가중치를 태스크별로 둔다.
`,
    },
    {
      name: 'technique.en',
      coverage: { 'train-class-imbalance': 'present' },
      code: `# Design

## 4. Model development

### Handling class imbalance

Only 1% of posts are harmful, so we downsample negatives to a 1:10 ratio and train with class weights.
`,
    },
    {
      name: 'technique.ko',
      coverage: { 'train-class-imbalance': 'present' },
      code: `# 설계

## 4. 모델 개발

### 클래스 불균형 해결

유해 게시물은 1%뿐이라 음성 데이터를 1:10으로 언더샘플링하고 클래스 가중치를 준다.
`,
    },
  ],
  invalid: [
    {
      name: 'no-technique.en',
      options: INTERVIEW,
      code: `# Design

## 4. Model development

### Handling class imbalance

Only 1% of posts are harmful, so the classes are heavily imbalanced. We use focal loss so that the image modality does not dominate the text modality in the fused model.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'train-class-imbalance' },
      ],
    },
    {
      name: 'no-technique.ko',
      options: INTERVIEW,
      code: `# 설계

## 4. 모델 개발

### 클래스 불균형 해결

유해 게시물은 1%뿐이라 클래스가 심하게 불균형하다. 융합 모델에서 이미지 모달리티가 텍스트를 지배하지 않도록 focal loss를 쓴다.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'train-class-imbalance' },
      ],
    },
  ],
};

export default cases;
