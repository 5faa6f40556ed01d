/**
 * The text of a new design doc for a case and language. Uses the case template renderer of the core when
 * it is there; until then builds the same shape from the rule book: front matter, title, every step and
 * its required topics in order, each with a `TODO:` hint and the rule book's example as a starting point.
 */
import type { Lang, RuleBook, SectionDef } from '../core/index.js';

export function renderScaffold(book: RuleBook, lang: Lang, opts: { title?: string } = {}): string {
  const title = opts.title?.trim() || `TODO: ${book.caseInfo.title[lang]}`;
  const section = (d: SectionDef, level: number): string => {
    let s = `${'#'.repeat(level)} ${d.title[lang]}\n\n`;
    if (d.hint) s += `TODO: ${d.hint[lang]}\n\n`;
    if (d.example) s += `${lang === 'ko' ? '예시' : 'Example'}: ${d.example[lang]}\n\n`;
    return s;
  };
  let out = `---\nmlsd:\n  case: ${book.caseInfo.id}\n  lang: ${lang}\n---\n\n# ${title}\n\n`;
  for (const step of book.steps) {
    out += section(step, 2);
    for (const t of book.topics) if (t.step === step.id && t.required) out += section(t, 3);
  }
  return out.replace(/\n+$/, '\n');
}
