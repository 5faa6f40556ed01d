/** compression-technique: A model-compression section names no compression technique. */
import { defineRule } from './context.js';
import { checkRequirement } from './support.js';

/** Topics opt in through their schema: `"requires": [{ "rule": "compression-technique", "groups": [...] }]`. */
export const rule = defineRule(
  {
    id: 'compression-technique',
    severity: 'warning',
    kind: 'content',
    description: {
      en: 'A model-compression section names no compression technique.',
      ko: '모델 압축 섹션에 압축 기법이 없습니다.',
    },
    messages: {
      missing: {
        en: '"{title}" ({id}) names no compression technique for the model: e.g. {examples}.',
        ko: '"{title}"({id})에 모델 압축 기법이 없습니다: 예: {examples}.',
      },
    },
  },
  (ctx) => checkRequirement(ctx, rule.meta, 'missing'),
);

