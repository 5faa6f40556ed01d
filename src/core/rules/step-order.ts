/**
 * step-order: the steps should follow the canonical order of the procedure. Only a warning: popular
 * variants put metrics right after the framing. The steps reported are the fewest that, moved, would
 * restore the order (those outside a longest in-order run).
 */
import { defineRule, type RuleContext, type RuleMeta } from './context.js';
import { stepHeadings } from './support.js';

const meta: RuleMeta = {
  id: 'step-order',
  severity: 'warning',
  kind: 'content',
  description: {
    en: 'A step comes out of the canonical order of the seven-step procedure.',
    ko: '단계가 7단계 절차의 표준 순서를 벗어났습니다.',
  },
  messages: {
    outOfOrder: {
      en: 'Step "{title}" (step {order}) comes before "{before}" (step {beforeOrder}): the usual order is {sequence}.',
      ko: '"{title}" 단계({order}단계)가 "{before}"({beforeOrder}단계)보다 앞에 있습니다: 일반적인 순서는 {sequence}입니다.',
    },
  },
};

/** Indexes of a longest non-decreasing subsequence of `xs`. */
function longestRun(xs: readonly number[]): Set<number> {
  const len: number[] = [];
  const prev: number[] = [];
  let best = -1;
  for (let i = 0; i < xs.length; i++) {
    len[i] = 1;
    prev[i] = -1;
    for (let j = 0; j < i; j++) {
      if (xs[j]! <= xs[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
    }
    if (best < 0 || len[i]! > len[best]!) best = i;
  }
  const keep = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

function check(ctx: RuleContext): void {
  const heads = stepHeadings(ctx);
  // Each heading is placed by its first step; a repeated step is duplicate-step's business.
  const seen = new Set<string>();
  const firsts = heads.filter((h) => {
    const id = h.steps[0]!.id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const orders = firsts.map((h) => h.steps[0]!.order);
  const keep = longestRun(orders);
  const sequence = ctx.book.steps.map((s) => s.order).join(' → ');
  firsts.forEach((h, i) => {
    if (keep.has(i)) return;
    const def = h.steps[0]!;
    // The first later heading whose step should have come before this one.
    const before = firsts.slice(i + 1).find((o) => o.steps[0]!.order < def.order) ?? firsts.slice(0, i).reverse().find((o) => o.steps[0]!.order > def.order);
    if (!before) return;
    const b = before.steps[0]!;
    ctx.report({
      messageId: 'outOfOrder',
      node: h.section,
      topic: def.id,
      data: { title: def.title[ctx.lang], order: def.order, before: b.title[ctx.lang], beforeOrder: b.order, sequence },
    });
  });
}

export const rule = defineRule(meta, check);
