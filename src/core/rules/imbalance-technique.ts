/** imbalance-technique: A class-imbalance section names no technique to handle it. */
import { defineRule } from './context.js';
import { checkRequirement } from './support.js';

/** Topics opt in through their schema: `"requires": [{ "rule": "imbalance-technique", "groups": [...] }]`. */
export const rule = defineRule(
  {
    id: 'imbalance-technique',
    severity: 'warning',
    kind: 'content',
    description: {
      en: 'A class-imbalance section names no technique to handle it.',
      ko: '클래스 불균형 섹션에 이를 다루는 기법이 없습니다.',
    },
    messages: {
      missing: {
        en: '"{title}" ({id}) names no technique: say how you handle the imbalance, e.g. {examples}.',
        ko: '"{title}"({id})에 기법이 없습니다: 불균형을 어떻게 다루는지 적으세요(예: {examples}).',
      },
    },
  },
  (ctx) => checkRequirement(ctx, rule.meta, 'missing'),
);

