/**
 * unused-directive: an `<!-- mlsd-lint-disable... -->` comment that hides no finding (the problem was fixed, or
 * it names the wrong rule), as ESLint reports unused disable directives. Left in, it would hide the next one.
 */
import { defineRule, type RuleContext, type RuleMeta } from './context.js';

const meta: RuleMeta = {
  id: 'unused-directive',
  severity: 'warning',
  kind: 'content',
  description: {
    en: 'An inline `mlsd-lint-disable` comment hides no problem, so it can go (or it names the wrong rule).',
    ko: '인라인 `mlsd-lint-disable` 주석이 숨기는 문제가 없어 지워도 됩니다(또는 규칙을 잘못 적었습니다).',
  },
  messages: {
    rule: {
      en: 'Unused mlsd-lint-{kind} directive: no {id} problem to hide here.',
      ko: '쓰이지 않는 mlsd-lint-{kind} 지시어: 여기에는 숨길 {id} 문제가 없습니다.',
    },
    any: {
      en: 'Unused mlsd-lint-{kind} directive: no problem to hide here.',
      ko: '쓰이지 않는 mlsd-lint-{kind} 지시어: 여기에는 숨길 문제가 없습니다.',
    },
  },
};

function check(ctx: RuleContext): void {
  for (const { directive, id } of ctx.unusedDirectives(meta.id)) {
    const kind = directive.kind!;
    ctx.report(id ? { messageId: 'rule', node: directive, data: { kind, id } } : { messageId: 'any', node: directive, data: { kind } });
  }
}

export const rule = defineRule(meta, check);
