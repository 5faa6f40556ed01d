/**
 * placeholder: a template placeholder (TODO, TBD, ____, {{...}}) left in the text (not in code). Not in a
 * doc that says it is a template (its blanks are the point), nor in the blank sections of a doc that is
 * still mostly blank under a profile that groups blanks (empty-section lists those sections once), nor
 * in a section about the repository rather than the design (its licence, change log, how to contribute:
 * content.json `boilerplateHeadings`).
 */
import { findPlaceholders } from '../substance.js';
import { BUILTIN_CONTENT } from '../builtin.js';
import { compactKey } from '../normalize.js';
import { defineRule, type RuleContext } from './context.js';
import { unfilledSections } from './support.js';

/**
 * Where a match inside a text leaf is in the source. A leaf's value is not a verbatim slice of the
 * source (line endings are normalised, continuation-line indentation and escapes are dropped), so the
 * match is placed by its line within the leaf and then found on that source line.
 */
function sourceRange(ctx: RuleContext, leaf: { start: number; text: string }, index: number, match: string): [number, number] {
  const before = leaf.text.slice(0, index);
  const k = before.split('\n').length - 1;
  const first = ctx.lines.point(leaf.start).line;
  const lineStart = k === 0 ? leaf.start : ctx.lines.lineStart(first + k);
  const lineEnd = ctx.lines.lineEnd(lineStart);
  // From the match's column in the leaf: the source line holds at least what the leaf's line does before
  // it, so a second blank of the same length is found as itself, not as the first.
  const line = ctx.text.slice(lineStart, lineEnd);
  const col = index - (before.lastIndexOf('\n') + 1);
  const own = line.indexOf(match, col);
  const at = own >= 0 ? own : line.indexOf(match);
  const start = at >= 0 ? lineStart + at : lineStart;
  return [start, Math.min(lineEnd, start + match.length)];
}

/** Headings of a repository's own business (content.json `boilerplateHeadings`), as compact keys. */
const BOILERPLATE = new Set(Object.values(BUILTIN_CONTENT.boilerplateHeadings).flatMap((list) => (list ?? []).map(compactKey)));

export const rule = defineRule(
  {
    id: 'placeholder',
    severity: 'error',
    kind: 'structure',
    description: {
      en: 'A template placeholder (`TODO`, `TBD`, `____`, `{{...}}`) is still in the text.',
      ko: '템플릿 자리 표시자(`TODO`, `TBD`, `____`, `{{...}}`)가 아직 남아 있습니다.',
    },
    messages: {
      left: {
        en: 'Placeholder left in the text: "{text}".',
        ko: '자리 표시자가 남아 있습니다: "{text}".',
      },
    },
  },
  (ctx) => {
    if (ctx.declaredTemplate) return;
    const grouped = unfilledSections(ctx) ?? [];
    let boilerplate: Array<readonly [number, number]> | undefined;
    for (const leaf of ctx.analysis.leaves) {
      if (leaf.code) continue;
      for (const p of findPlaceholders(leaf.text)) {
        const range = sourceRange(ctx, leaf, p.index, p.match);
        if (grouped.some((b) => range[0] >= b.start && range[0] < b.end)) continue;
        boilerplate ??= ctx.analysis.sections.filter((x) => x.kind === 'heading' && BOILERPLATE.has(compactKey(x.text))).map((x) => [x.bodyStart, x.sectionEnd] as const);
        if (boilerplate.some(([from, to]) => range[0] >= from && range[0] < to)) continue;
        const text = p.match.length > 60 ? `${p.match.slice(0, 57)}...` : p.match;
        ctx.report({ messageId: 'left', range, data: { text } });
      }
    }
  },
);
