/** unknown-setting: a key under `mlsd:` in the front matter that mlsd-lint does not know. */
import { closest } from '../suggest.js';
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'unknown-setting',
    severity: 'warning',
    kind: 'settings',
    description: {
      en: 'A key under `mlsd:` in the front matter is not one mlsd-lint knows.',
      ko: '머리말의 `mlsd:` 아래에 알 수 없는 키가 있습니다.',
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
    },
  },
  (ctx) => {
    for (const p of ctx.settings.problems) {
      if (p.kind !== 'unknown-key') continue;
      const near = closest(p.key, p.known, 2);
      ctx.report({
        messageId: near ? 'unknownSuggest' : 'unknown',
        range: [p.offset, ctx.lines.lineEnd(p.offset)],
        suggestion: near,
        data: { key: p.key, known: p.known.join(', '), ...(near ? { near } : {}) },
      });
    }
  },
);
