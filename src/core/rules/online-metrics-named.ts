/** online-metrics-named: An online-metrics section names no online or business metric. */
import { defineRule } from './context.js';
import { checkRequirement } from './support.js';

/** Topics opt in through their schema: `"requires": [{ "rule": "online-metrics-named", "groups": [...] }]`. */
export const rule = defineRule(
  {
    id: 'online-metrics-named',
    severity: 'error',
    kind: 'content',
    description: {
      en: 'An online-metrics section names no online or business metric.',
      ko: '온라인 지표 섹션에 온라인 지표나 비즈니스 지표가 하나도 없습니다.',
    },
    messages: {
      missing: {
        en: '"{title}" ({id}) names no online or business metric: name what you will watch after launch, e.g. {examples}.',
        ko: '"{title}"({id})에 온라인 지표나 비즈니스 지표가 없습니다: 출시 후 볼 지표를 적으세요(예: {examples}).',
      },
    },
  },
  (ctx) => checkRequirement(ctx, rule.meta, 'missing'),
);

