/** Rules about the doc's own settings: front matter, case, profile, waivers. */
import { defineRule } from './registry.js';

export const frontMatter = defineRule({
  id: 'front-matter',
  severity: 'error',
  description: {
    en: 'The YAML front matter cannot be read, or its `mlsd:` settings have the wrong shape.',
    ko: 'YAML 머리말을 읽을 수 없거나 `mlsd:` 설정의 형식이 잘못되었습니다.',
  },
  message: {
    en: 'Front matter: {detail}',
    ko: '머리말: {detail}',
  },
});

export const unknownSetting = defineRule({
  id: 'unknown-setting',
  severity: 'warning',
  description: {
    en: 'A key under `mlsd:` in the front matter is not one mlsd-lint knows.',
    ko: '머리말의 `mlsd:` 아래에 알 수 없는 키가 있습니다.',
  },
  message: {
    en: 'Unknown setting "mlsd.{key}"{hint}. Known: {known}.',
    ko: '알 수 없는 설정 "mlsd.{key}"{hint}. 사용 가능: {known}.',
  },
});

export const unknownCase = defineRule({
  id: 'unknown-case',
  severity: 'error',
  description: {
    en: 'The `case` names no known case schema; the doc is checked as `generic`.',
    ko: '`case`가 알려진 사례 스키마가 아닙니다. 문서는 `generic`으로 검사됩니다.',
  },
  message: {
    en: 'Unknown case "{value}"{hint}; checked as "generic". Known cases: {known}.',
    ko: '알 수 없는 사례 "{value}"{hint}. "generic"으로 검사합니다. 사용 가능한 사례: {known}.',
  },
});

export const unknownProfile = defineRule({
  id: 'unknown-profile',
  severity: 'error',
  description: {
    en: 'The `profile` names no known profile; the default is used.',
    ko: '`profile`이 알려진 프로필이 아닙니다. 기본 프로필을 사용합니다.',
  },
  message: {
    en: 'Unknown profile "{value}"{hint}; using "{fallback}". Known profiles: {known}.',
    ko: '알 수 없는 프로필 "{value}"{hint}. "{fallback}"을(를) 사용합니다. 사용 가능한 프로필: {known}.',
  },
});

export const invalidWaiver = defineRule({
  id: 'invalid-waiver',
  severity: 'error',
  description: {
    en: 'A waiver names an unknown step or topic, or gives no reason.',
    ko: '면제(waive) 항목이 알 수 없는 단계·주제를 가리키거나 사유가 없습니다.',
  },
  message: {
    en: 'Waiver "{id}": {detail}',
    ko: '면제 "{id}": {detail}',
  },
});
