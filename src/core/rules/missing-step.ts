/** missing-step: a step of the procedure has no section (the schema's `required` on the model's steps). */
import { insertStepFix } from '../fixes.js';
import type { SectionDef } from '../rulebook.js';
import { defineRule, type ReportFix } from './context.js';
import { exampleOf } from './missing-topic.js';
import { titleRange } from './support.js';

export const rule = defineRule(
  {
    id: 'missing-step',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'A step of the seven-step procedure has no section.',
      ko: '7단계 절차 중 한 단계의 섹션이 없습니다.',
    },
    messages: {
      missing: {
        en: 'Missing step "{title}" ({id}): add a "{title}" section, e.g. "{example}"',
        ko: '"{title}" 단계({id})가 없습니다: "{title}" 섹션을 추가하세요. 예: "{example}"',
      },
      group: {
        en: 'The doc covers {covered} of {total} steps; missing: {titles}. Add a section for each, starting with "{first}", e.g. "{example}"',
        ko: '문서가 {total}단계 중 {covered}단계만 다룹니다. 없는 단계: {titles}. 단계마다 섹션을 추가하세요. 먼저 "{first}" 예: "{example}"',
      },
      groupUnnamed: {
        en: 'The doc does not mention {count} of its {total} steps: {titles}. Add a section for each, starting with "{first}", e.g. "{example}"',
        ko: '문서에 {total}단계 중 {count}단계가 전혀 언급되지 않습니다: {titles}. 단계마다 섹션을 추가하세요. 먼저 "{first}" 예: "{example}"',
      },
    },
    waivable: true,
    profileSeverity: true,
    fixes: {
      insertSection: { en: 'Insert section "{title}"', ko: '"{title}" 섹션 넣기' },
      // The editor's entries for the grouped finding (src/core/actions.ts): every missing step at once, or one picked.
      insertAll: { en: 'Insert all {count} missing steps', ko: '없는 단계 {count}개 모두 넣기' },
      pickOne: { en: 'Insert a missing step…', ko: '없는 단계 하나 골라 넣기…' },
    },
    fixTypes: { insertSection: 'sections' },
  },
  (ctx) => {
    let missing: SectionDef[] = [];
    for (const e of ctx.schemaErrors) {
      if (e.keyword !== 'required' || e.instancePath !== '/steps') continue;
      const def = ctx.book.byId.get((e.params as { missingProperty: string }).missingProperty);
      if (def && def.kind === 'step') missing.push(def);
    }
    // A doc that lacks most of the procedure (a pattern note, a stub) gets one finding naming the missing
    // steps, not one error per step on its title line; a step the profile names is still its own finding.
    // Under `missing: unnamed` only a step the doc mentions nowhere (neither it nor any of its topics).
    // A project's README says what its code does: the steps it never set out to walk are not its gaps
    // (under the default profile; the interview and checklist profiles still ask for every step).
    if (ctx.missingMode === 'unnamed' && ctx.projectReadme) return;
    if (ctx.missingMode === 'unnamed') missing = missing.filter((d) => ctx.namedAt(d) === undefined);
    const own = ctx.topicReport !== 'each' ? missing.filter((d) => !ctx.profileNames(d)) : [];
    const grouped = own.length >= GROUP_FROM ? new Set(own) : new Set<SectionDef>();
    for (const def of missing) {
      if (grouped.has(def)) continue;
      const title = def.title[ctx.lang];
      ctx.report({
        messageId: 'missing',
        range: titleRange(ctx),
        topic: def.id,
        data: { title, id: def.id, example: exampleOf(def, ctx.lang) },
        fix: { ...insertStepFix(ctx, def), id: 'insertSection', data: { title } },
      });
    }
    if (grouped.size === 0) return;
    const defs = [...grouped].sort((a, b) => a.order - b.order);
    const total = ctx.book.steps.filter((s) => !ctx.book.omitted.has(s.id)).length;
    const related = defs.map((def) => {
      const title = def.title[ctx.lang];
      return { topic: def.id, title, fix: { ...insertStepFix(ctx, def), id: 'insertSection', data: { title } } as ReportFix };
    });
    ctx.report({
      messageId: ctx.missingMode === 'unnamed' ? 'groupUnnamed' : 'group',
      range: titleRange(ctx),
      data: {
        count: defs.length,
        covered: total - missing.length,
        total,
        titles: related.map((r) => r.title).join(', '),
        first: related[0]!.title,
        example: exampleOf(defs[0]!, ctx.lang),
      },
      related,
    });
  },
);

/** From this many missing steps on, they are one finding (under the grouped reporting of the default profiles). */
const GROUP_FROM = 3;
