/** unknown-directive: an `<!-- mlsd-lint-... -->` comment with an unknown kind or rule id, which would silently do nothing. */
import { defineRule, type RuleContext, type RuleMeta } from './context.js';
import { closest } from '../suggest.js';
import { KINDS } from '../directives.js';

const meta: RuleMeta = {
  id: 'unknown-directive',
  severity: 'warning',
  kind: 'content',
  description: {
    en: 'An inline `mlsd-lint-` comment names an unknown directive or rule id, so it does nothing.',
    ko: '인라인 `mlsd-lint-` 주석의 지시어나 규칙 ID를 알 수 없어 아무 효과가 없습니다.',
  },
  messages: {
    directive: {
      en: 'Unknown directive "{value}" in an mlsd-lint comment.',
      ko: 'mlsd-lint 주석의 지시어 "{value}"을(를) 알 수 없습니다.',
    },
    directiveSuggest: {
      en: 'Unknown directive "{value}" in an mlsd-lint comment (did you mean "{near}"?).',
      ko: 'mlsd-lint 주석의 지시어 "{value}"을(를) 알 수 없습니다 ("{near}"을(를) 의도했나요?).',
    },
    rule: {
      en: 'Unknown rule id "{value}" in an mlsd-lint comment.',
      ko: 'mlsd-lint 주석의 규칙 ID "{value}"을(를) 알 수 없습니다.',
    },
    ruleSuggest: {
      en: 'Unknown rule id "{value}" in an mlsd-lint comment (did you mean "{near}"?).',
      ko: 'mlsd-lint 주석의 규칙 ID "{value}"을(를) 알 수 없습니다 ("{near}"을(를) 의도했나요?).',
    },
  },
};

function check(ctx: RuleContext): void {
  for (const d of ctx.directives) {
    if (d.kind === undefined) {
      const value = `mlsd-lint${d.keyword ? `-${d.keyword}` : ''}`;
      const k = closest(d.keyword, KINDS, Math.max(2, Math.floor(d.keyword.length / 4)));
      const near = k ? `mlsd-lint-${k}` : undefined;
      ctx.report({ messageId: near ? 'directiveSuggest' : 'directive', node: d, data: near ? { value, near } : { value }, suggestion: near });
      continue;
    }
    for (const id of d.ids) {
      if (ctx.ruleIds.includes(id)) continue;
      const near = closest(id, ctx.ruleIds, Math.max(2, Math.floor(id.length / 4)));
      ctx.report({ messageId: near ? 'ruleSuggest' : 'rule', node: d, data: near ? { value: id, near } : { value: id }, suggestion: near });
    }
  }
}

export const rule = defineRule(meta, check);
