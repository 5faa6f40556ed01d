/** duplicate-step: a step has two (or more) top-level headings of its own. */
import { defineRule, type RuleContext, type RuleMeta } from './context.js';
import { stepHeadings } from './support.js';

const meta: RuleMeta = {
  id: 'duplicate-step',
  severity: 'warning',
  kind: 'content',
  description: {
    en: 'A step of the procedure appears twice as a heading.',
    ko: '절차의 한 단계가 제목으로 두 번 나옵니다.',
  },
  messages: {
    again: {
      en: 'Step "{title}" ({id}) appears again (first at line {first}): merge the two sections.',
      ko: '"{title}" 단계({id})가 다시 나옵니다({first}행에 처음 나옴): 두 섹션을 합치세요.',
    },
  },
};

function check(ctx: RuleContext): void {
  const first = new Map<string, number>();
  let previous = new Set<string>();
  for (const h of stepHeadings(ctx)) {
    for (const def of h.steps) {
      const at = first.get(def.id);
      if (at === undefined) {
        first.set(def.id, h.section.start);
        continue;
      }
      // The next heading of the same step goes on with it ("Prediction service", then "Online testing
      // and deployment"): the writer split one step in two parts, nothing to merge. A step that comes back
      // after another step is scattered.
      if (previous.has(def.id)) continue;
      ctx.report({ messageId: 'again', node: h.section, topic: def.id, data: { title: def.title[ctx.lang], id: def.id, first: ctx.lines.point(at).line } });
    }
    previous = new Set(h.steps.map((d) => d.id));
  }
}

export const rule = defineRule(meta, check);
