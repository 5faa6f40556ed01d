/** unknown-case: the `case` names no known case schema; the doc is checked as `generic`. */
import { closest } from '../suggest.js';
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'unknown-case',
    severity: 'error',
    kind: 'settings',
    description: {
      en: 'The `case` names no known case schema; the doc is checked as `generic`.',
      ko: '`case`가 알려진 사례 스키마가 아닙니다. 문서는 `generic`으로 검사됩니다.',
    },
    messages: {
      unknown: {
        en: 'Unknown case "{value}"; checked as "generic". Known cases: {known}.',
        ko: '알 수 없는 사례 "{value}". "generic"으로 검사합니다. 사용 가능한 사례: {known}.',
      },
      unknownSuggest: {
        en: 'Unknown case "{value}" (did you mean "{near}"?); checked as "generic". Known cases: {known}.',
        ko: '알 수 없는 사례 "{value}"("{near}"을(를) 의도했나요?). "generic"으로 검사합니다. 사용 가능한 사례: {known}.',
      },
    },
  },
  (ctx) => {
    const s = ctx.settings;
    if (s.knownCases.includes(s.requestedCase)) return;
    const near = closest(s.requestedCase, s.knownCases);
    const at = s.keyOffset('mlsd.case');
    ctx.report({
      messageId: near ? 'unknownSuggest' : 'unknown',
      range: [at, ctx.lines.lineEnd(at)],
      suggestion: near,
      data: { value: s.requestedCase, known: s.knownCases.join(', '), ...(near ? { near } : {}) },
    });
  },
);
