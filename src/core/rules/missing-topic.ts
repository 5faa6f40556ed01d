/** missing-topic: a required topic is neither a section nor discussed in its step (the schema's `required` on topics). */
import { insertTopicFix } from '../fixes.js';
import { defineRule } from './context.js';
import { titleRange } from './support.js';

export const rule = defineRule(
  {
    id: 'missing-topic',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'A sub-topic the schema requires is neither a section nor discussed in its step.',
      ko: '스키마가 요구하는 하위 주제가 섹션으로도, 해당 단계 본문에서도 다뤄지지 않았습니다.',
    },
    messages: {
      missing: {
        en: 'Missing topic "{title}" ({id}) in "{stepTitle}".',
        ko: '"{stepTitle}" 단계에 "{title}"({id}) 주제가 없습니다.',
      },
    },
    waivable: true,
    profileSeverity: true,
    fixes: {
      insertSection: { en: 'Insert section "{title}"', ko: '"{title}" 섹션 넣기' },
    },
  },
  (ctx) => {
    for (const e of ctx.schemaErrors) {
      if (e.keyword !== 'required' || e.instancePath !== '/topics') continue;
      const id = (e.params as { missingProperty: string }).missingProperty;
      const def = ctx.book.byId.get(id);
      if (!def || def.kind !== 'topic') continue;
      const step = ctx.book.byId.get(def.step);
      // On the step's heading (or where cues found the step), else on the title.
      const host = ctx.model.steps[def.step];
      const range: readonly [number, number] = host?.section
        ? [host.section.start, host.section.end]
        : host?.offset !== undefined
          ? [host.offset, ctx.lines.lineEnd(host.offset)]
          : titleRange(ctx);
      const title = def.title[ctx.lang];
      const fix = insertTopicFix(ctx, def);
      ctx.report({
        messageId: 'missing',
        range,
        topic: id,
        data: { title, id, stepTitle: step?.title[ctx.lang] ?? def.step },
        fix: fix && { ...fix, id: 'insertSection', data: { title } },
      });
    }
  },
);
