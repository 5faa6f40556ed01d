/** deploy-tradeoff-both-sides: A deployment trade-off (cloud vs on-device) weighs only one side. */
import { defineRule } from './context.js';
import { checkRequirement } from './support.js';

/** Topics opt in through their schema: `"requires": [{ "rule": "deploy-tradeoff-both-sides", "groups": [...] }]`. */
export const rule = defineRule(
  {
    id: 'deploy-tradeoff-both-sides',
    severity: 'warning',
    kind: 'content',
    description: {
      en: 'A deployment trade-off (cloud vs on-device) weighs only one side.',
      ko: '배포 선택(클라우드 vs 온디바이스)에서 한쪽만 검토했습니다.',
    },
    messages: {
      missing: {
        en: '"{title}" ({id}) does not weigh {missing}: compare both sides before you choose.',
        ko: '"{title}"({id})에서 {missing}을(를) 검토하지 않았습니다: 양쪽을 비교한 뒤 선택하세요.',
      },
    },
  },
  (ctx) => checkRequirement(ctx, rule.meta, 'missing'),
);

