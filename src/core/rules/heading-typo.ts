/**
 * heading-typo: a heading that maps to no step or topic but is a near miss of one ("did you mean"). The
 * fix is the alias the writer nearly typed ("Data avaliable" -> "Data available"), which keeps their words
 * and is recognised. A profile that reports key topics only (`topics: key`) does not report a near miss of
 * another topic: the doc loses nothing it would report, and a spelling nit is not a reviewer's finding.
 */
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
      if (ctx.topicReport === 'key' && def.kind === 'topic' && !def.key) continue;
      // The alias's own letters with the case of the writer's heading ("Data Avaliable" -> "Data Available").
      const alias = inCaseOf(suggestion.alias, section.text);
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

/** `alias` with the first letters of its words upper-cased where the heading's are (Title Case stays). */
function inCaseOf(alias: string, heading: string): string {
  const titleCase = /^\P{Ll}*\p{Lu}/u.test(heading) && heading.split(/\s+/).filter((w) => /^\p{L}/u.test(w)).every((w) => /^\p{Lu}/u.test(w));
  if (!titleCase) return alias;
  return alias.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}
