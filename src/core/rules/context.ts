/** What a content rule sees: the analysed doc, its model and rule book, and a way to report. */
import type { Analysis, DocModel } from '../model.js';
import type { LineIndex } from '../positions.js';
import type { RuleBook } from '../rulebook.js';
import type { Fix, Lang, Severity } from '../types.js';
import type { RuleMeta } from './registry.js';
import type { Directive } from '../directives.js';

export interface RuleContext {
  text: string;
  lines: LineIndex;
  lang: Lang;
  book: RuleBook;
  analysis: Analysis;
  model: DocModel;
  /** The doc's inline `<!-- mlsd-lint-... -->` comments. */
  directives?: readonly Directive[];
  /** Reports a finding of `meta` over [start, end) (offsets into `text`). */
  report(
    meta: RuleMeta,
    start: number,
    end: number,
    params: Record<string, string | number | undefined>,
    extra?: { topic?: string; suggestion?: string; fix?: Fix; severity?: Severity },
  ): void;
}

export interface ContentRule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
