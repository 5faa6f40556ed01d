/** offline-metrics-named: An offline-metrics section names no recognisable metric. */
import { defineRule } from './context.js';
import { checkRequirement } from './support.js';

/** Topics opt in through their schema: `"requires": [{ "rule": "offline-metrics-named", "groups": [...] }]`. */
export const rule = defineRule(
  {
    id: 'offline-metrics-named',
    severity: 'error',
    kind: 'content',
    description: {
      en: 'An offline-metrics section names no recognisable metric.',
      ko: '오프라인 지표 섹션에 알아볼 수 있는 지표가 하나도 없습니다.',
    },
    messages: {
      missing: {
        en: '"{title}" ({id}) names no offline metric: name one that fits the task, e.g. {examples}.',
        ko: '"{title}"({id})에 오프라인 지표가 없습니다: 문제에 맞는 지표를 적으세요(예: {examples}).',
      },
    },
  },
  (ctx) => checkRequirement(ctx, rule.meta, 'missing'),
);

