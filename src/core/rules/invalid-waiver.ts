/** invalid-waiver: a waiver (`mlsd.waive`) for an id the doc's case does not have, or with no reason. */
import { closest } from '../suggest.js';
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'invalid-waiver',
    severity: 'error',
    kind: 'settings',
    description: {
      en: 'A waiver names an unknown step or topic, or gives no reason.',
      ko: '면제(waive) 항목이 알 수 없는 단계·주제를 가리키거나 사유가 없습니다.',
    },
    messages: {
      unknownId: {
        en: 'Waiver "{id}": no step or topic has this id.',
        ko: '면제 "{id}": 이 ID의 단계나 주제가 없습니다.',
      },
      unknownIdSuggest: {
        en: 'Waiver "{id}": no step or topic has this id (did you mean "{near}"?).',
        ko: '면제 "{id}": 이 ID의 단계나 주제가 없습니다("{near}"을(를) 의도했나요?).',
      },
      noReason: {
        en: 'Waiver "{id}": give a reason, e.g. `{id}: "Not applicable because ..."`.',
        ko: '면제 "{id}": 사유를 적으세요(예: `{id}: "...이므로 해당 없음"`).',
      },
    },
  },
  (ctx) => {
    for (const [id, reason] of Object.entries(ctx.settings.waive)) {
      const def = ctx.book.byId.get(id);
      const at = ctx.settings.keyOffset(`mlsd.waive.${id}`);
      const range = [at, ctx.lines.lineEnd(at)] as const;
      if (!def) {
        const near = closest(id, [...ctx.book.byId.keys()]);
        ctx.report({ messageId: near ? 'unknownIdSuggest' : 'unknownId', range, suggestion: near, data: { id, ...(near ? { near } : {}) } });
      } else if (!reason.trim()) {
        ctx.report({ messageId: 'noReason', range, topic: id, data: { id } });
      }
    }
  },
);
