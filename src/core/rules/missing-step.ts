/** missing-step: a step of the procedure has no section (the schema's `required` on the model's steps). */
import { insertStepFix } from '../fixes.js';
import { defineRule } from './context.js';
import { exampleOf } from './missing-topic.js';
import { titleRange } from './support.js';

export const rule = defineRule(
  {
    id: 'missing-step',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'A step of the seven-step procedure has no section.',
      ko: '7단계 절차 중 한 단계의 섹션이 없습니다.',
    },
    messages: {
      missing: {
        en: 'Missing step "{title}" ({id}): add a "{title}" section, e.g. "{example}"',
        ko: '"{title}" 단계({id})가 없습니다: "{title}" 섹션을 추가하세요. 예: "{example}"',
      },
    },
    waivable: true,
    profileSeverity: true,
    fixes: {
      insertSection: { en: 'Insert section "{title}"', ko: '"{title}" 섹션 넣기' },
    },
    fixTypes: { insertSection: 'sections' },
  },
  (ctx) => {
    for (const e of ctx.schemaErrors) {
      if (e.keyword !== 'required' || e.instancePath !== '/steps') continue;
      const id = (e.params as { missingProperty: string }).missingProperty;
      const def = ctx.book.byId.get(id);
      if (!def || def.kind !== 'step') continue;
      const title = def.title[ctx.lang];
      ctx.report({
        messageId: 'missing',
        range: titleRange(ctx),
        topic: id,
        data: { title, id, example: exampleOf(def, ctx.lang) },
        fix: { ...insertStepFix(ctx, def), id: 'insertSection', data: { title } },
      });
    }
  },
);
