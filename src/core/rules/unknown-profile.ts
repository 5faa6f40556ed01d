/** unknown-profile: the `profile` names no known profile; the default profile is used. */
import { closest } from '../suggest.js';
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'unknown-profile',
    severity: 'error',
    kind: 'settings',
    description: {
      en: 'The `profile` names no known profile; the default is used.',
      ko: '`profile`이 알려진 프로필이 아닙니다. 기본 프로필을 사용합니다.',
    },
    messages: {
      unknown: {
        en: 'Unknown profile "{value}"; using "{fallback}". Known profiles: {known}.',
        ko: '알 수 없는 프로필 "{value}". "{fallback}"을(를) 사용합니다. 사용 가능한 프로필: {known}.',
      },
      unknownSuggest: {
        en: 'Unknown profile "{value}" (did you mean "{near}"?); using "{fallback}". Known profiles: {known}.',
        ko: '알 수 없는 프로필 "{value}"("{near}"을(를) 의도했나요?). "{fallback}"을(를) 사용합니다. 사용 가능한 프로필: {known}.',
      },
    },
  },
  (ctx) => {
    const s = ctx.settings;
    if (s.knownProfiles.includes(s.requestedProfile)) return;
    const near = closest(s.requestedProfile, s.knownProfiles);
    const at = s.keyOffset('mlsd.profile');
    ctx.report({
      messageId: near ? 'unknownSuggest' : 'unknown',
      range: [at, ctx.lines.lineEnd(at)],
      suggestion: near,
      data: { value: s.requestedProfile, fallback: s.defaultProfile, known: s.knownProfiles.join(', '), ...(near ? { near } : {}) },
    });
  },
);
