/** unknown-directive: an `<!-- mlsd-lint-... -->` comment with an unknown kind or rule id, which would silently do nothing. */
import { allRules, defineRule } from '../registry.js';
import type { ContentRule, RuleContext } from '../context.js';
import { closest } from '../../suggest.js';
import { KINDS } from '../../directives.js';

const meta = defineRule({
  id: 'unknown-directive',
  severity: 'warning',
  description: {
    en: 'An inline `mlsd-lint-` comment names an unknown directive or rule id, so it does nothing.',
    ko: '인라인 `mlsd-lint-` 주석의 지시어나 규칙 ID를 알 수 없어 아무 효과가 없습니다.',
  },
  message: {
    en: 'Unknown {what} "{value}" in an mlsd-lint comment{hint}.',
    ko: 'mlsd-lint 주석의 {what} "{value}"을(를) 알 수 없습니다{hint}.',
  },
});


function check(ctx: RuleContext): void {
  const ids = allRules().map((r) => r.id);
  const what = {
    directive: { en: 'directive', ko: '지시어' },
    rule: { en: 'rule id', ko: '규칙 ID' },
  };
  const hint = (near: string | undefined) => (near ? (ctx.lang === 'ko' ? ` ("${near}"을(를) 의도했나요?)` : ` (did you mean "${near}"?)`) : '');
  for (const d of ctx.directives ?? []) {
    if (d.kind === undefined) {
      const value = `mlsd-lint${d.keyword ? `-${d.keyword}` : ''}`;
      const near = closest(d.keyword, KINDS, Math.max(2, Math.floor(d.keyword.length / 4)));
      ctx.report(meta, d.start, d.end, { what: what.directive[ctx.lang], value, hint: hint(near ? `mlsd-lint-${near}` : undefined) }, { suggestion: near ? `mlsd-lint-${near}` : undefined });
      continue;
    }
    for (const id of d.ids) {
      if (ids.includes(id)) continue;
      const near = closest(id, ids, Math.max(2, Math.floor(id.length / 4)));
      ctx.report(meta, d.start, d.end, { what: what.rule[ctx.lang], value: id, hint: hint(near) }, { suggestion: near });
    }
  }
}

export const rule: ContentRule = { meta, check };
