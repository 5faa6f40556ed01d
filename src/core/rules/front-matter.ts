/** front-matter: front matter that does not parse as YAML, or `mlsd:` settings of the wrong shape. */
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'front-matter',
    severity: 'error',
    kind: 'settings',
    description: {
      en: 'The YAML front matter cannot be read, or its `mlsd:` settings have the wrong shape.',
      ko: 'YAML 머리말을 읽을 수 없거나 `mlsd:` 설정의 형식이 잘못되었습니다.',
    },
    messages: {
      // The YAML parser's own message is English: the Korean text gives the line instead.
      yaml: {
        en: "Front matter: {error}. Fix the YAML between the '---' lines; the doc is checked with default settings.",
        ko: "머리말: {line}행의 YAML을 읽을 수 없습니다. '---' 줄 사이의 YAML을 고치세요. 문서는 기본 설정으로 검사합니다.",
      },
      mlsdNotMapping: {
        en: 'Front matter: `mlsd:` must be a mapping of settings (case, profile, lang, waive).',
        ko: '머리말: `mlsd:`는 설정(case, profile, lang, waive)의 매핑이어야 합니다.',
      },
      waiveNotMapping: {
        en: 'Front matter: `waive` must map topic ids to reasons, e.g. `deploy-cloud-vs-device: "Server-side only."`.',
        ko: '머리말: `waive`는 주제 ID를 사유에 대응시켜야 합니다(예: `deploy-cloud-vs-device: "서버에서만 추론"`).',
      },
      rulesNotMapping: {
        en: 'Front matter: `rules` must map rule ids to error, warning or off, e.g. `placeholder: off`.',
        ko: '머리말: `rules`는 규칙 ID를 error, warning, off 중 하나에 대응시켜야 합니다(예: `placeholder: off`).',
      },
      badSeverity: {
        en: 'Front matter: `{key}` must be error, warning or off, not {value}.',
        ko: '머리말: `{key}`의 값은 error, warning, off 중 하나여야 합니다({value}은(는) 쓸 수 없습니다).',
      },
      badLang: {
        en: 'Front matter: `lang` must be "en" or "ko", not {value}.',
        ko: '머리말: `lang`의 값은 "en" 또는 "ko"여야 합니다({value}은(는) 쓸 수 없습니다).',
      },
      notString: {
        en: 'Front matter: `{key}` must be a non-empty string.',
        ko: '머리말: `{key}`의 값은 비어 있지 않은 문자열이어야 합니다.',
      },
    },
  },
  (ctx) => {
    const y = ctx.settings.yamlError;
    if (y) ctx.report({ messageId: 'yaml', range: [y.offset, ctx.lines.lineEnd(y.offset)], data: { error: y.message, line: ctx.lines.point(y.offset).line } });
    for (const p of ctx.settings.problems) {
      const range = [p.offset, ctx.lines.lineEnd(p.offset)] as const;
      if (p.kind === 'not-mapping') ctx.report({ messageId: `${p.key}NotMapping`, range });
      else if (p.kind === 'bad-value') ctx.report({ messageId: p.key === 'lang' ? 'badLang' : 'badSeverity', range, data: { key: p.key, value: p.value } });
      else if (p.kind === 'not-string') ctx.report({ messageId: 'notString', range, data: { key: p.key } });
    }
  },
);
