/** duplicate-step: a step has two (or more) top-level headings of its own. */
import { defineRule } from '../registry.js';
import type { ContentRule, RuleContext } from '../context.js';
import { stepHeadings } from './support.js';

const meta = defineRule({
  id: 'duplicate-step',
  severity: 'warning',
  description: {
    en: 'A step of the procedure appears twice as a heading.',
    ko: '절차의 한 단계가 제목으로 두 번 나옵니다.',
  },
  message: {
    en: 'Step "{title}" ({id}) appears again (first at line {first}): merge the two sections.',
    ko: '"{title}" 단계({id})가 다시 나옵니다({first}행에 처음 나옴): 두 섹션을 합치세요.',
  },
});

function check(ctx: RuleContext): void {
  const first = new Map<string, number>();
  for (const h of stepHeadings(ctx)) {
    for (const def of h.steps) {
      const at = first.get(def.id);
      if (at === undefined) {
        first.set(def.id, h.section.start);
        continue;
      }
      ctx.report(meta, h.section.start, h.section.end, { title: def.title[ctx.lang], id: def.id, first: ctx.lines.point(at).line }, { topic: def.id });
    }
  }
}

export const rule: ContentRule = { meta, check };
