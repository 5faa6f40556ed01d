/** placeholder: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: 'words like todo and tbd inside sentences, and placeholders in code',
      code: `# Design\n\n## Evaluation\n\nThe to-do list app is the example; nothing is to be decided.\n\n\`\`\`python\n# TODO: tune k\nk = 10\n\`\`\`\n`,
    },
  ],
  invalid: [
    {
      name: 'angle-prompts.en',
      coverage: { 'eval-offline-metrics': 'empty', 'eval-online-metrics': 'present' },
      code: `# Design

## Evaluation

### Offline metrics

<describe the offline metric and why it fits>

### Online metrics

CTR and watch time, tracked for <number of days> in an A/B test.

Real HTML is not a prompt: a <br> line break, <font color="red">red</font> text, <kbd>Ctrl</kbd> keys,
and a generic type such as Map<K, V> are all left alone.
`,
      errors: [
        { messageId: 'left', line: 7, column: 1 },
        { messageId: 'left', line: 11, column: 33 },
      ],
    },
    {
      name: 'angle-prompts.ko',
      coverage: { 'eval-offline-metrics': 'empty', 'eval-online-metrics': 'present' },
      code: `# 설계

## 평가

### 오프라인 지표

<오프라인 지표와 선택 이유>

### 온라인 지표

클릭률과 시청 시간을 <기간> 동안 A/B 테스트로 측정한다.

실제 HTML은 자리 표시자가 아니다: <br> 줄바꿈, <font color="red">빨간</font> 글자, <kbd>Ctrl</kbd> 키.
`,
      errors: [
        { messageId: 'left', line: 7, column: 1 },
        { messageId: 'left', line: 11, column: 13 },
      ],
    },
    {
      name: 'latin-keyword-with-particle.ko',
      code: `# 설계

## 5. 평가

TBD입니다. 지표는 다음 주에 정한다.

TODO로 남겨 둠: 온라인 실험 기간.

TODOist 같은 할 일 앱은 쓰지 않는다.
`,
      errors: [
        { messageId: 'left', line: 5, column: 1 },
        { messageId: 'left', line: 7, column: 1 },
      ],
    },
    {
      name: 'left-in.en',
      code: `# Design

## 5. Evaluation

### Offline metrics

We report {{metric}} on the held-out week.

The primary metric is [Insert metric name] because ???.

Recall is measured at ____ candidates.

TODO: say why MRR is not enough.

The snippet \`TODO\` in code and the word "todo-list" in prose are not placeholders.
`,
      errors: [
        { messageId: 'left', line: 7, column: 11 },
        { messageId: 'left', line: 9, column: 23 },
        { messageId: 'left', line: 9, column: 52 },
        { messageId: 'left', line: 11, column: 23 },
        { messageId: 'left', line: 13, column: 1 },
      ],
    },
    {
      name: 'left-in.ko',
      code: `# 설계

## 5. 평가

### 오프라인 지표

주 지표는 [작성: 지표 이름]이다.

재현율은 상위 ____개 후보에서 측정한다.

작성 필요: MRR만으로 부족한 이유.

코드 안의 \`TODO\`는 자리 표시자가 아니다.
`,
      errors: [
        { messageId: 'left', line: 7, column: 7 },
        { messageId: 'left', line: 9, column: 9 },
        { messageId: 'left', line: 11, column: 1 },
      ],
    },
    {
      name: 'task-list.en',
      code: `# Design

## 5. Evaluation

### Offline metrics

- [x] nDCG@10, because relevance labels are graded.
- [ ] TODO: pick the recall cut-off.

### Online metrics

| Metric | Target |
| --- | --- |
| Watch time per user | +1 % |
| Session length | TBD |
`,
      errors: [
        { messageId: 'left', line: 8, column: 7 },
        { messageId: 'left', line: 15, column: 20 },
      ],
    },
  ],
};

export default cases;
