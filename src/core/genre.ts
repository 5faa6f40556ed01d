/**
 * What kind of document a doc says it is, when it is not a design to fill in or to check.
 *
 * Whether a doc says it is a template: a file to copy and fill in, not a design. Its title or file name
 * says so (content.json `templateWords`: "Design review template", `design-doc-template.md`, 템플릿), or
 * its title is itself still a blank ("Design Doc: <TITLE>", "{{service}} design"). A template is checked
 * for what it asks (its steps and key topics), not for being filled in.
 */
import { BUILTIN_CONTENT } from './builtin.js';
import { fileNameTitle, titleHolds, titleKey } from './cases.js';
import { normalizeHeading } from './normalize.js';
import { wordList } from './evidence.js';
import { findPlaceholders } from './substance.js';

const keys = (words: Parameters<typeof wordList>[0]): string[] => wordList(words).map((w) => normalizeHeading(w)).filter(Boolean);
const TEMPLATE_WORDS = keys(BUILTIN_CONTENT.templateWords);
const GENRES = Object.entries(BUILTIN_CONTENT.genres).map(([id, g]) => ({ id, head: g.head === true, words: keys(g.title) }));
/** A blank in capitals in angle brackets: "<TITLE>", "<PROJECT NAME>" (no HTML tag is written so in a title). */
const CAPS_BLANK = /<[A-Z][A-Z0-9 _-]*>/;

/** Whether `words` (a title) holds one of `list` (normalised phrases; see titleHolds). */
function holds(words: string, list: readonly string[]): boolean {
  const key = titleKey(words);
  return list.some((w) => titleHolds(key, w));
}

export function declaresTemplate(title: string | undefined, fileName: string | undefined): boolean {
  if (title !== undefined && (holds(title, TEMPLATE_WORDS) || CAPS_BLANK.test(title) || findPlaceholders(title.replace(/^#+\s*/, '')).length > 0)) return true;
  return fileName !== undefined && holds(fileNameTitle(fileName), TEMPLATE_WORDS);
}

/**
 * The other genre a doc's title (else its file name) says it is (content.json `genres`: a model card, a
 * pattern page, an architecture decision record), if any. Such a doc lives next to design docs and is not
 * one: it is not checked against the procedure. A doc whose front matter has an `mlsd:` key is a design
 * doc whatever its title (the caller asks only for docs without one).
 */
export function otherGenre(title: string | undefined, fileName: string | undefined): string | undefined {
  if (title !== undefined) {
    // A head genre's word ends the title, or its part before a colon ("Canary release pattern: when ...").
    const head = normalizeHeading(title.split(/[:：]/)[0]!).split(' ').pop() ?? '';
    for (const g of GENRES) if (g.head ? holds(head, g.words) : holds(title, g.words)) return g.id;
  }
  // A file name is no title: "fraud-patterns.md" may well design fraud detection. Only genres whose
  // words say it anywhere ("model-card.md", "adr-0012-...") count there.
  if (fileName !== undefined) {
    const name = fileNameTitle(fileName);
    for (const g of GENRES) if (!g.head && holds(name, g.words)) return g.id;
  }
  return undefined;
}

/** A genre's name in a language ("a model card"), for messages. */
export function genreName(id: string, lang: 'en' | 'ko'): string {
  return BUILTIN_CONTENT.genres[id]?.name[lang] ?? id;
}
