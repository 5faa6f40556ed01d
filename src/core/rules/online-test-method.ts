/** online-test-method: A testing-in-production section names no method (shadow, A/B, canary, interleaving, bandits). */
import { defineRule } from './context.js';
import { checkRequirement } from './support.js';

/** Topics opt in through their schema: `"requires": [{ "rule": "online-test-method", "groups": [...] }]`. */
export const rule = defineRule(
  {
    id: 'online-test-method',
    severity: 'warning',
    kind: 'content',
    description: {
      en: 'A testing-in-production section names no method (shadow, A/B, canary, interleaving, bandits).',
      ko: '운영 환경 테스트 섹션에 방법(섀도, A/B, 카나리, 인터리빙, 밴딧)이 없습니다.',
    },
    messages: {
      missing: {
        en: '"{title}" ({id}) names no method for testing in production: e.g. {examples}.',
        ko: '"{title}"({id})에 운영 환경 테스트 방법이 없습니다: 예: {examples}.',
      },
    },
  },
  (ctx) => checkRequirement(ctx, rule.meta, 'missing'),
);

