/**
 * empty-section: a step or topic with a heading and no substance under it. A section whose only content
 * is a reported placeholder is left to the placeholder finding (one finding per unfilled template
 * section, not two); when placeholder findings are off or disabled there, the section is reported here.
 * Only headings (and bold title lines) are reported: a bullet that names a topic is not an empty section.
 * A doc that is still mostly blank gets one finding listing its blank sections, under a profile that groups
 * blanks (see unfilledSections); a doc that says it is a template gets none: its blanks are the point.
 */
import { defineRule } from './context.js';
import { blankSections, unfilledSections } from './support.js';

/** How many blank sections the grouped message names before "and N more". */
const LISTED = 6;

export const rule = defineRule(
  {
    id: 'empty-section',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'A section has a heading but no substance (blank, placeholders, "TBD", prompts only).',
      ko: '제목만 있고 내용이 없는 섹션입니다(빈칸, 자리 표시자, "TBD", 질문만 있음).',
    },
    messages: {
      empty: {
        en: '"{title}" ({id}) has a heading but no content yet.',
        ko: '"{title}"({id}) 섹션에 제목만 있고 내용이 없습니다.',
      },
      unfilled: {
        en: '{count} of {total} sections are still blank or only prompts: {list}. Fill them in; if this doc is a template, say so in its title or file name ("... template").',
        ko: '섹션 {total}개 중 {count}개가 아직 비어 있거나 안내 문구뿐입니다: {list}. 내용을 채우세요. 템플릿이라면 제목이나 파일 이름에 "템플릿"이라고 적으세요.',
      },
      unfilledMore: {
        en: '{count} of {total} sections are still blank or only prompts: {list} and {more} more. Fill them in; if this doc is a template, say so in its title or file name ("... template").',
        ko: '섹션 {total}개 중 {count}개가 아직 비어 있거나 안내 문구뿐입니다: {list} 외 {more}개. 내용을 채우세요. 템플릿이라면 제목이나 파일 이름에 "템플릿"이라고 적으세요.',
      },
    },
    waivable: true,
  },
  (ctx) => {
    if (ctx.declaredTemplate) return;
    const unfilled = unfilledSections(ctx);
    if (unfilled) {
      // The doc's own headings: what the writer sees in the outline ("Framing", not the canonical title).
      const names = unfilled.map((b) => `"${b.section.text.trim() || b.def.title[ctx.lang]}"`);
      const more = names.length - LISTED;
      const first = unfilled[0]!;
      ctx.report({
        messageId: more > 0 ? 'unfilledMore' : 'unfilled',
        node: first.section,
        topic: first.def.id,
        data: { count: unfilled.length, total: blankSections(ctx).headed, list: names.slice(0, LISTED).join(', '), ...(more > 0 ? { more } : {}) },
        related: unfilled.map((b) => ({ topic: b.def.id, title: b.def.title[ctx.lang], at: b.start })),
      });
      return;
    }
    let placeholders: ReadonlyArray<{ start: number }> | undefined;
    // Bullets and "label:" lines that name a topic list it: no heading left empty (their coverage stays
    // "empty", and the topic's own finding, if any, says what is missing). Headings the case does not ask
    // for are the writer's own outline.
    for (const { def, section: s, start, end } of blankSections(ctx).blanks) {
      placeholders ??= ctx.reported('placeholder');
      if (placeholders.some((p) => p.start >= start && p.start < end)) continue;
      ctx.report({ messageId: 'empty', node: s, topic: def.id, data: { title: def.title[ctx.lang], id: def.id } });
    }
  },
);
