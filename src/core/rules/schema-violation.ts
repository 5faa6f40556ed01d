/** schema-violation: any constraint a (team) schema puts on the document model, other than a missing step or topic. */
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'schema-violation',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'The document model breaks a constraint of a (team) schema other than a missing section.',
      ko: '문서 모델이 스키마의 제약(섹션 누락 외)을 위반합니다.',
    },
    messages: {
      // Ajv's own message is English; the Korean text names the keyword and its parameters instead.
      violation: {
        en: 'Schema: {path} {detail}',
        ko: '스키마: {path}이(가) "{keyword}" 제약을 어깁니다({params}).',
      },
    },
  },
  (ctx) => {
    for (const e of ctx.schemaErrors) {
      if (e.keyword === 'required' && (e.instancePath === '/steps' || e.instancePath === '/topics')) continue;
      const m = /^\/(steps|topics)\/([^/]+)/.exec(e.instancePath);
      const entry = m ? (m[1] === 'steps' ? ctx.model.steps : ctx.model.topics)[m[2]!] : undefined;
      const at = entry?.offset ?? 0;
      const params = Object.entries(e.params ?? {}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ');
      ctx.report({
        messageId: 'violation',
        range: [at, ctx.lines.lineEnd(at)],
        topic: m?.[2],
        data: { path: e.instancePath || '/', detail: e.message ?? e.keyword, keyword: e.keyword, params },
      });
    }
  },
);
