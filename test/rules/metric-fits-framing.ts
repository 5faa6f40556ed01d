/** metric-fits-framing: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'fits.en',
      coverage: { 'frame-ml-category': 'present', 'eval-offline-metrics': 'present' },
      code: `# Design

## 2. Frame the problem as an ML task

### Choosing the right ML category

We frame harmful-content detection as binary classification; logistic regression is only the baseline model.

> Reading note: the book frames the recommendation chapters as ranking.

## 5. Evaluation

### Offline metrics

We report PR-AUC and recall at a fixed precision of 90%, since harmful posts are rare.
`,
    },
    {
      name: 'fits.ko',
      coverage: { 'frame-ml-category': 'present', 'eval-offline-metrics': 'present' },
      code: `# 설계

## 2. 머신러닝 작업으로 문제 구조화

### 머신러닝 유형

유해 게시물 탐지를 이진 분류로 정의한다. 로지스틱 회귀는 기준선 모델로만 쓴다.

> 책 정리: 추천 장들은 순위 문제로 푼다.

## 5. 평가

### 오프라인 지표

유해 게시물이 드물기 때문에 PR-AUC와 정밀도 90%에서의 재현율을 본다.
`,
    },
    {
      name: 'ranking-fits.en',
      coverage: { 'frame-ml-category': 'present', 'eval-offline-metrics': 'present' },
      code: `# Design

## 2. Frame the problem as an ML task

### Choosing the right ML category

We choose pointwise learning to rank framed as binary classification of clicks.

## 5. Evaluation

### Offline metrics

We use nDCG@10 because labels are graded; accuracy is reported only as a sanity check.
`,
    },
  ],
  invalid: [
    {
      name: 'logistic-baseline.en',
      code: `# Design

## 2. Frame the problem as an ML task

### Choosing the right ML category

We frame it as learning to rank; a logistic regression scorer is the first baseline.

## 5. Evaluation

### Offline metrics

We report MSE between predicted and observed watch time.
`,
      errors: [
        { messageId: 'misfit', line: 11, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
    {
      name: 'logistic-baseline.ko',
      code: `# 설계

## 2. 머신러닝 작업으로 문제 구조화

### 머신러닝 유형

순위 학습 문제로 정의하고, 로지스틱 회귀 점수 모델을 첫 기준선으로 둔다.

## 5. 평가

### 오프라인 지표

예측 시청 시간과 실제 시청 시간의 평균 제곱 오차(MSE)를 본다.
`,
      errors: [
        { messageId: 'misfit', line: 11, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
    {
      name: 'ranking-with-accuracy.en',
      code: `# Design

## 2. Frame the problem as an ML task

### Choosing the right ML category

We frame it as learning to rank: given a user, order the candidate videos by predicted relevance.

> Reading note: the harmful-content chapter is framed as binary classification instead.

## 5. Evaluation

### Offline metrics

We measure accuracy and F1 of the model on a held-out week.
`,
      errors: [
        { messageId: 'misfit', line: 13, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
    {
      name: 'ranking-with-accuracy.ko',
      code: `# 설계

## 2. 머신러닝 작업으로 문제 구조화

### 머신러닝 유형

순위 학습 문제로 정의한다: 사용자에게 후보 동영상을 예측 관련도 순으로 정렬해 보여준다.

> 책 정리: 유해 콘텐츠 장은 이진 분류로 정의한다.

## 5. 평가

### 오프라인 지표

일주일치 데이터에서 정확도와 F1 점수를 측정한다.
`,
      errors: [
        { messageId: 'misfit', line: 13, column: 1, topic: 'eval-offline-metrics' },
      ],
    },
  ],
};

export default cases;
