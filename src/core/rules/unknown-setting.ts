/** unknown-setting: a key under `mlsd:` in the front matter, or a rule id under `mlsd.rules`, that mlsd-lint does not know. */
import { closest } from '../suggest.js';
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'unknown-setting',
    severity: 'warning',
    kind: 'settings',
    description: {
      en: 'A key under `mlsd:` in the front matter, or a rule id under `mlsd.rules`, is not one mlsd-lint knows.',
      ko: '머리말의 `mlsd:` 아래에 알 수 없는 키가, 또는 `mlsd.rules` 아래에 알 수 없는 규칙 ID가 있습니다.',
    },
    messages: {
      unknown: {
        en: 'Unknown setting "mlsd.{key}". Known: {known}.',
        ko: '알 수 없는 설정 "mlsd.{key}". 사용 가능: {known}.',
      },
      unknownSuggest: {
        en: 'Unknown setting "mlsd.{key}" (did you mean "{near}"?). Known: {known}.',
        ko: '알 수 없는 설정 "mlsd.{key}"("{near}"을(를) 의도했나요?). 사용 가능: {known}.',
      },
      unknownRule: {
        en: 'Unknown rule id "{key}" under mlsd.rules; its setting does nothing. Known rules: {known}.',
        ko: 'mlsd.rules 아래의 규칙 ID "{key}"은(는) 알 수 없어 이 설정은 아무 효과가 없습니다. 사용 가능한 규칙: {known}.',
      },
      unknownRuleSuggest: {
        en: 'Unknown rule id "{key}" under mlsd.rules (did you mean "{near}"?); its setting does nothing. Known rules: {known}.',
        ko: 'mlsd.rules 아래의 규칙 ID "{key}"은(는) 알 수 없어 이 설정은 아무 효과가 없습니다("{near}"을(를) 의도했나요?). 사용 가능한 규칙: {known}.',
      },
    },
  },
  (ctx) => {
    for (const p of ctx.settings.problems) {
      if (p.kind !== 'unknown-key' && p.kind !== 'unknown-rule') continue;
      const near = closest(p.key, p.known, 2);
      const ids = p.kind === 'unknown-key' ? (['unknown', 'unknownSuggest'] as const) : (['unknownRule', 'unknownRuleSuggest'] as const);
      ctx.report({
        messageId: near ? ids[1] : ids[0],
        range: [p.offset, ctx.lines.lineEnd(p.offset)],
        suggestion: near,
        data: { key: p.key, known: p.known.join(', '), ...(near ? { near } : {}) },
      });
    }
  },
);
