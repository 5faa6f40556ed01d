/**
 * metric-fits-framing: the offline metrics must fit the ML category the framing chose (rubric A.8), e.g.
 * a ranking problem evaluated only with accuracy or F1 is reported.
 *
 * The framing topic is the one whose schema declares `categories`; a metrics topic declares
 * `metricFamilies`, each saying which categories it `fits`.
 */
import { defineRule, type RuleContext, type RuleMeta } from './context.js';
import { wordList } from '../evidence.js';
import { discussion, examples, hitsIn, named, namesIn } from './support.js';

const meta: RuleMeta = {
  id: 'metric-fits-framing',
  severity: 'warning',
  kind: 'content',
  description: {
    en: 'The offline metrics do not fit the ML category chosen in the framing (e.g. a ranking problem measured only with accuracy).',
    ko: '오프라인 지표가 문제 구조화에서 고른 머신러닝 유형에 맞지 않습니다(예: 순위 문제를 정확도로만 평가).',
  },
  messages: {
    misfit: {
      en: 'Offline metrics ({metrics}) do not fit the framing ({category}): add a metric for it, e.g. {examples}.',
      ko: '오프라인 지표({metrics})가 문제 유형({category})에 맞지 않습니다: 그 유형에 맞는 지표를 추가하세요(예: {examples}).',
    },
  },
};

function check(ctx: RuleContext): void {
  const framing = ctx.book.topics.find((t) => (t.categories?.length ?? 0) > 0);
  if (!framing) return;
  const fd = discussion(ctx, framing);
  if (!fd) return;
  const chosen = framing.categories!.filter((c) => namesIn(ctx, framing, c.words, fd));
  if (chosen.length === 0) return;
  const chosenIds = new Set(chosen.map((c) => c.id));
  for (const def of ctx.book.topics) {
    const families = def.metricFamilies ?? [];
    if (families.length === 0) continue;
    const d = discussion(ctx, def);
    if (!d) continue;
    // Every metric named, each with the families it belongs to (a name can be in several).
    const all = hitsIn(ctx, def, families.flatMap((f) => wordList(f.words)), d);
    if (all.length === 0) continue;
    const fits = all.some((h) =>
      families.some((f) => f.fits.some((c) => chosenIds.has(c)) && wordList(f.words).some((w) => w.toLowerCase() === h.phrase.toLowerCase())),
    );
    if (fits) continue;
    const wanted = families.filter((f) => f.fits.some((c) => chosenIds.has(c)));
    if (wanted.length === 0) continue;
    const suggest = { en: wanted.flatMap((f) => f.words.en ?? []), ko: wanted.flatMap((f) => f.words.ko ?? []) };
    ctx.report({
      messageId: 'misfit',
      node: d,
      topic: def.id,
      data: {
        metrics: named(all),
        category: chosen.map((c) => c.title?.[ctx.lang] ?? c.id).join(', '),
        examples: examples(suggest, 'en', 4),
      },
    });
  }
}

export const rule = defineRule(meta, check);
