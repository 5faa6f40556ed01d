/**
 * empty-section: a step or topic with a heading and no substance under it. A section whose only content
 * is a reported placeholder is left to the placeholder finding (one finding per unfilled template
 * section, not two); when placeholder findings are off or disabled there, the section is reported here.
 * Only headings (and bold title lines) are reported: a bullet that names a topic is not an empty section.
 */
import { defineRule } from './context.js';

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
    },
    waivable: true,
  },
  (ctx) => {
    let placeholders: ReadonlyArray<{ start: number }> | undefined;
    for (const def of [...ctx.book.steps, ...ctx.book.topics]) {
      const e = (def.kind === 'step' ? ctx.model.steps : ctx.model.topics)[def.id];
      if (!e || e.status !== 'empty' || !e.section) continue;
      // A heading the case does not ask for (its chapter does not call for it) is the writer's own outline.
      if (ctx.book.omitted.has(def.id)) continue;
      const s = e.section;
      // A bullet or a "label:" line that names a topic lists it; it is no heading left empty (its
      // coverage stays "empty", and the topic's own finding, if any, says what is missing).
      if (s.kind === 'listitem' || s.kind === 'leadin') continue;
      const end = def.kind === 'step' ? (ctx.analysis.extents.find((x) => x.section === s)?.end ?? s.sectionEnd) : s.sectionEnd;
      placeholders ??= ctx.reported('placeholder');
      if (placeholders.some((p) => p.start >= s.start && p.start < end)) continue;
      ctx.report({ messageId: 'empty', node: s, topic: def.id, data: { title: def.title[ctx.lang], id: def.id } });
    }
  },
);
