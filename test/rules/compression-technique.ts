/** compression-technique: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

// The interview profile reads the section on its own; the default one takes the word said anywhere in the
// doc (a quote, the next section) as said: these cases show the section's own check.
const INTERVIEW = { overrides: { profile: 'interview' } } as const;

const cases: RuleCases = {
  valid: [
    {
      name: 'cue-present.en',
      coverage: { 'deploy-model-compression': 'present' },
      code: `# Design

## 6. Deployment and serving

The ranker runs on CPU behind the API gateway.
To meet the 50 ms budget we distill the ranker into a smaller student model and serve it with int8 quantization.
`,
    },
    {
      name: 'index-quantization-cue.en',
      coverage: { 'deploy-model-compression': 'missing' },
      code: `# Design

## 6. Deployment and serving

The nearest-neighbour service keeps the embeddings in a Faiss IVF-PQ index; product quantization cuts index memory by 8x.
The text tower is a distilled encoder (DistilBERT) used as a frozen feature extractor, and we quantize the ANN index vectors to int8.
`,
    },
    {
      name: 'index-quantization-cue.ko',
      coverage: { 'deploy-model-compression': 'missing' },
      code: `# 설계

## 6. 배포 및 서비스 제공

근사 최근접 이웃 서비스는 임베딩을 Faiss 인덱스에 두고 곱 양자화로 인덱스 메모리를 8배 줄인다. 인덱스 벡터는 int8로 양자화한다.
`,
    },
    {
      name: 'technique.en',
      coverage: { 'deploy-model-compression': 'present' },
      code: `# Design

## 6. Deployment and serving

### Model compression

We distill the 300M-parameter ranker into a 30M-parameter student and apply int8 post-training quantization.
`,
    },
    {
      name: 'technique.ko',
      coverage: { 'deploy-model-compression': 'present' },
      code: `# 설계

## 6. 배포 및 서비스 제공

### 모델 압축

3억 파라미터 모델을 3천만 파라미터 학생 모델로 지식 증류하고 int8 양자화를 적용한다.
`,
    },
  ],
  invalid: [
    {
      name: 'no-technique.en',
      options: INTERVIEW,
      code: `# Design

## 6. Deployment and serving

### Model compression

We compress the ANN index with product quantization in Faiss, which cuts its memory by 8x.
The text tower is a distilled encoder (DistilBERT) used as a frozen feature extractor.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'deploy-model-compression' },
      ],
    },
    {
      name: 'no-technique.ko',
      options: INTERVIEW,
      code: `# 설계

## 6. 배포 및 서비스 제공

### 모델 압축

근사 최근접 이웃 인덱스를 곱 양자화로 압축해 메모리를 8배 줄인다. 모델은 더 빠르게 만들 계획이다.
`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 'deploy-model-compression' },
      ],
    },
  ],
};

export default cases;
