/**
 * Whether a doc says it is a template: a file to copy and fill in, not a design. Its title or file name
 * says so (content.json `templateWords`: "Design review template", `design-doc-template.md`, 템플릿), or
 * its title is itself still a blank ("Design Doc: <TITLE>", "{{service}} design"). A template is checked
 * for what it asks (its steps and key topics), not for being filled in.
 */
import { BUILTIN_CONTENT } from './builtin.js';
import { fileNameTitle } from './cases.js';
import { normalizeHeading } from './normalize.js';
import { wordList } from './evidence.js';
import { findPlaceholders } from './substance.js';

const TEMPLATE_WORDS = wordList(BUILTIN_CONTENT.templateWords).map((w) => normalizeHeading(w)).filter(Boolean);
/** A blank in capitals in angle brackets: "<TITLE>", "<PROJECT NAME>" (no HTML tag is written so in a title). */
const CAPS_BLANK = /<[A-Z][A-Z0-9 _-]*>/;

function saysTemplate(words: string): boolean {
  const norm = ` ${normalizeHeading(words)} `;
  const squeezed = norm.replace(/\s+/g, '');
  return TEMPLATE_WORDS.some((w) => (/[a-z0-9]/.test(w) ? norm.includes(` ${w} `) : squeezed.includes(w.replace(/\s+/g, ''))));
}

export function declaresTemplate(title: string | undefined, fileName: string | undefined): boolean {
  if (title !== undefined && (saysTemplate(title) || CAPS_BLANK.test(title) || findPlaceholders(title.replace(/^#+\s*/, '')).length > 0)) return true;
  return fileName !== undefined && saysTemplate(fileNameTitle(fileName));
}
