/** heading-typo: a heading that maps to no step or topic but is a near miss of one ("did you mean"). */
import { headingFix } from '../fixes.js';
import { defineRule } from './context.js';

export const rule = defineRule(
  {
    id: 'heading-typo',
    severity: 'warning',
    kind: 'structure',
    description: {
      en: 'A heading that maps to nothing looks like a misspelt step or topic.',
      ko: '어떤 단계나 주제에도 해당하지 않는 제목이 오타로 보입니다.',
    },
    messages: {
      typo: {
        en: 'Unrecognised heading "{heading}": did you mean "{alias}" ({id})?',
        ko: '인식되지 않는 제목 "{heading}": "{alias}"({id})을(를) 의도했나요?',
      },
    },
    fixes: {
      changeHeading: { en: 'Change heading to "{alias}"', ko: '제목을 "{alias}"(으)로 바꾸기' },
    },
    fixTypes: { changeHeading: 'headings' },
  },
  (ctx) => {
    for (const { section, suggestion } of ctx.analysis.nearMisses) {
      const def = ctx.book.byId.get(suggestion.id)!;
      const alias = def.title[ctx.lang];
      const fix = headingFix(ctx.text, section, alias);
      ctx.report({
        messageId: 'typo',
        node: section,
        topic: def.id,
        suggestion: alias,
        data: { heading: section.text, alias, id: def.id },
        fix: fix && { ...fix, id: 'changeHeading', data: { alias } },
      });
    }
  },
);
