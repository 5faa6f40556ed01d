/**
 * missing-topic: a required topic is neither a section nor discussed in its step (the schema's `required`
 * on topics).
 *
 * A reviewer's view: a step that is missing or hollow is one finding of missing-step or empty-section,
 * not one more per topic; a missing key topic (x-mlsd `key`) is its own finding (so is a topic the profile
 * gives a severity of its own). The other missing topics of a step: under `topics: grouped` (interview)
 * one finding on the step, a warning, that lists them and carries a fix for each; under `topics: key`
 * (the default profile) none (coverage lists them); under `topics: each` (checklist) each its own.
 * Under `missing: unnamed` (the default profile) a topic the doc names anywhere is not reported.
 */
import type { ErrorObject } from 'ajv';
import { insertTopicFix } from '../fixes.js';
import type { SectionDef } from '../rulebook.js';
import { defineRule, type ReportFix, type RuleContext } from './context.js';
import { titleRange } from './support.js';

export const rule = defineRule(
  {
    id: 'missing-topic',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'A sub-topic the schema requires is neither a section nor discussed in its step.',
      ko: '스키마가 요구하는 하위 주제가 섹션으로도, 해당 단계 본문에서도 다뤄지지 않았습니다.',
    },
    messages: {
      missing: {
        en: 'Missing topic "{title}" ({id}) in "{stepTitle}": add a "{title}" section, or say it in the step, e.g. "{example}"',
        ko: '"{stepTitle}" 단계에 "{title}"({id}) 주제가 없습니다: "{title}" 섹션을 추가하거나 단계 본문에서 다루세요. 예: "{example}"',
      },
      group: {
        en: '"{stepTitle}" does not discuss yet: {titles} ({count} of {total} topics). Add a section for each, or say them in the step.',
        ko: '"{stepTitle}" 단계에서 아직 다루지 않은 주제: {titles} (주제 {total}개 중 {count}개). 각각 섹션을 추가하거나 단계 본문에서 다루세요.',
      },
    },
    waivable: true,
    profileSeverity: true,
    fixes: {
      insertSection: { en: 'Insert section "{title}"', ko: '"{title}" 섹션 넣기' },
      // The editor's entries for a whole step (src/core/actions.ts): every missing section at once, or one picked.
      insertStep: { en: 'Insert all {count} missing sections of "{stepTitle}"', ko: '"{stepTitle}"에 없는 섹션 {count}개 모두 넣기' },
      pickOne: { en: 'Insert a missing section of "{stepTitle}"…', ko: '"{stepTitle}"에 없는 섹션 하나 골라 넣기…' },
    },
    fixTypes: { insertSection: 'sections' },
  },
  (ctx) => {
    // Under `missing: unnamed` (the default profile) only what the doc names nowhere: a topic discussed
    // under another heading or in other words is there for a reviewer who read the whole doc.
    // (Asked last, of the topics that would be reported: it reads the whole doc.)
    const unnamed = (def: SectionDef): boolean => ctx.missingMode !== 'unnamed' || ctx.namedAt(def) === undefined;
    const missing = missingTopics(ctx.schemaErrors, ctx).filter((def) => ctx.topicReport !== 'key' || def.key || ctx.profileNames(def));
    if (ctx.topicReport === 'each') {
      for (const def of missing) if (unnamed(def)) reportOne(ctx, def);
      return;
    }
    const byStep = new Map<string, SectionDef[]>();
    for (const def of missing) {
      // A missing or hollow step is one finding (missing-step, empty-section): not one more per topic.
      const step = ctx.model.steps[def.step];
      if (!step || step.status === 'empty' || !unnamed(def)) continue;
      // A template asks for each step with a prompt at a template's depth ("What metrics will you
      // monitor?"): under the default profile it is not asked for the topics inside a step it has a
      // heading for (a prompt for ML-specific metrics in particular is a nit there).
      if (ctx.declaredTemplate && ctx.missingMode === 'unnamed' && ctx.analysis.sectionsOf.get(def.step)?.some((s) => s.kind === 'heading')) continue;
      // A key topic, or one the profile names, is its own finding.
      if (def.key || ctx.profileNames(def)) {
        reportOne(ctx, def);
        continue;
      }
      // `topics: key`: the other topics are in the coverage, not findings.
      if (ctx.topicReport === 'key') continue;
      const list = byStep.get(def.step);
      if (list) list.push(def);
      else byStep.set(def.step, [def]);
    }
    for (const [stepId, defs] of byStep) {
      const step = ctx.book.byId.get(stepId);
      const total = ctx.book.topics.filter((t) => t.step === stepId && t.required).length;
      const related = defs.map((def) => {
        const title = def.title[ctx.lang];
        const fix = insertTopicFix(ctx, def);
        return { topic: def.id, title, ...(fix ? { fix: { ...fix, id: 'insertSection', data: { title } } as ReportFix } : {}) };
      });
      ctx.report({
        messageId: 'group',
        range: hostRange(ctx, stepId),
        topic: stepId,
        defaultSeverity: 'warning',
        data: { stepTitle: step?.title[ctx.lang] ?? stepId, titles: related.map((r) => r.title).join(', '), count: defs.length, total },
        related,
      });
    }
  },
);

/** The required topics the model lacks, in the rule book's order. */
function missingTopics(errors: readonly ErrorObject[], ctx: RuleContext): SectionDef[] {
  const out: SectionDef[] = [];
  for (const e of errors) {
    if (e.keyword !== 'required' || e.instancePath !== '/topics') continue;
    const def = ctx.book.byId.get((e.params as { missingProperty: string }).missingProperty);
    if (def && def.kind === 'topic') out.push(def);
  }
  return out;
}

/**
 * On the step's heading (even a blank one: a template's "Monitoring & Alarms" prompt, where its topics
 * would go), else where cues found the step, else on the title.
 */
function hostRange(ctx: RuleContext, stepId: string): readonly [number, number] {
  const host = ctx.model.steps[stepId];
  if (host?.section) return [host.section.start, host.section.end];
  const own = ctx.analysis.sectionsOf.get(stepId)?.find((s) => s.kind === 'heading');
  if (own) return [own.start, own.end];
  return host?.offset !== undefined ? [host.offset, ctx.lines.lineEnd(host.offset)] : titleRange(ctx);
}

function reportOne(ctx: RuleContext, def: SectionDef): void {
  const step = ctx.book.byId.get(def.step);
  const title = def.title[ctx.lang];
  const fix = insertTopicFix(ctx, def);
  ctx.report({
    messageId: 'missing',
    range: hostRange(ctx, def.step),
    topic: def.id,
    data: { title, id: def.id, stepTitle: step?.title[ctx.lang] ?? def.step, example: exampleOf(def, ctx.lang) },
    fix: fix && { ...fix, id: 'insertSection', data: { title } },
  });
}

/** The schema's example for the topic, cut to its first sentence (at most about 100 characters). */
export function exampleOf(def: SectionDef, lang: 'en' | 'ko'): string {
  const text = (def.example?.[lang] ?? def.hint?.[lang] ?? def.title[lang]).replace(/\s+/g, ' ').trim();
  const first = /^.*?[.!?。](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (first.length <= 100) return first;
  const cut = first.slice(0, 100);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)) + '…';
}
