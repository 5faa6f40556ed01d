/**
 * What kind of document a doc says it is, when it is not a design to fill in or to check.
 *
 * Whether a doc says it is a template: a file to copy and fill in, not a design. Its title or file name
 * says so (content.json `templateWords`: "Design review template", `design-doc-template.md`, 템플릿), or
 * its title is itself still a blank ("Design Doc: <TITLE>", "{{service}} design"), or the sentence under its
 * title says so ("A template for design docs of ..."). A template is checked for the steps it asks for, not
 * for being filled in (nor, under the default profile, for the key topics inside a step it has).
 */
import type { Root, RootContent } from 'mdast';
import type { RuleBook } from './rulebook.js';
import { BUILTIN_CONTENT } from './builtin.js';
import { fileNameTitle, titleHolds, titleKey } from './cases.js';
import { normalizeHeading } from './normalize.js';
import { wordList } from './evidence.js';
import { findPlaceholders } from './substance.js';
import { Memo } from './memo.js';

const keys = (words: Parameters<typeof wordList>[0]): string[] => wordList(words).map((w) => normalizeHeading(w)).filter(Boolean);
const TEMPLATE_WORDS = keys(BUILTIN_CONTENT.templateWords);
const FRAMEWORK_TITLES = keys(BUILTIN_CONTENT.frameworkTitles);
const GENRES = Object.entries(BUILTIN_CONTENT.genres).map(([id, g]) => ({
  id,
  head: g.head === true,
  declaredOnly: g.declaredOnly === true,
  words: keys(g.title),
  hosts: g.linkHosts ?? [],
}));
/** The hosts a title links to ("## [Deep networks for ...](https://arxiv.org/abs/...)"), without "www.". */
function linkedHosts(title: string): string[] {
  return [...title.matchAll(/https?:\/\/([^/\s)>\]"']+)/giu)].map((m) => m[1]!.toLowerCase().replace(/^www\./, ''));
}
const KIND_FIELDS = new Set(keys(BUILTIN_CONTENT.kindFields));
/** How many blocks under the title are read for a metadata list or table. */
const META_WINDOW = 6;
/** A "Key: value" line of a metadata list or paragraph, markup around the key allowed ("- **Kind:** task"). */
const KEY_VALUE = /^[\s>*+-]*(?:\*\*|__)?([^:：*_|]{1,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.{0,80})$/;
/** A blank in capitals in angle brackets: "<TITLE>", "<PROJECT NAME>" (no HTML tag is written so in a title). */
const CAPS_BLANK = /<[A-Z][A-Z0-9 _-]*>/;

/** Whether `words` (a title) holds one of `list` (normalised phrases; see titleHolds). */
function holds(words: string, list: readonly string[]): boolean {
  const key = titleKey(words);
  return list.some((w) => titleHolds(key, w));
}

/** Whether one of `texts` (a title, a lead) or the file name holds one of `list`. */
function saysIn(list: readonly string[], texts: ReadonlyArray<string | undefined>, fileName: string | undefined): boolean {
  return texts.some((t) => t !== undefined && holds(t, list)) || (fileName !== undefined && holds(fileNameTitle(fileName), list));
}

/** The value of a kind field in a front matter object, if it has one. */
function frontMatterKind(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (typeof v === 'string' && KIND_FIELDS.has(normalizeHeading(k.replace(/[_-]/g, ' ')))) return v;
  }
  return undefined;
}

/** The value of a "Kind: ..." line or a "| Kind | ... |" row among a block's lines or a table's rows. */
function blockKind(b: RootContent, text: string): string | undefined {
  const slice = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }): string => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? '' : text.slice(s, Math.min(e, s + 4000));
  };
  if (b.type === 'table') {
    for (const row of b.children) {
      const [k, v] = row.children;
      if (k && v && KIND_FIELDS.has(normalizeHeading(slice(k)))) return slice(v).replace(/[*_`]/g, '').trim() || undefined;
    }
    return undefined;
  }
  if (b.type !== 'list' && b.type !== 'paragraph') return undefined;
  for (const line of slice(b).split(/\r\n?|\n/)) {
    const m = KEY_VALUE.exec(line);
    if (m && KIND_FIELDS.has(normalizeHeading(m[1]!))) return m[2]!.replace(/[*_`]/g, '').trim() || undefined;
  }
  return undefined;
}

/**
 * What a doc declares itself to be in a field of its own (content.json `kindFields`): a front matter key
 * (`type: exercise`), or a metadata list, paragraph or table among the first blocks under its title
 * ("- Kind: exercise", "| 문서 유형 | 과제 |"), before its first section heading.
 */
export function declaredKind(root: Root, text: string, frontMatter: unknown): string | undefined {
  const fromFm = frontMatterKind(frontMatter);
  if (fromFm !== undefined) return fromFm;
  let headings = 0;
  let read = 0;
  for (const b of root.children) {
    if (b.type === 'yaml' || b.type === 'html') continue;
    if (b.type === 'heading') {
      // The title, and a heading over the metadata itself ("## 문서 정보"), may come first.
      if (++headings > 2) return undefined;
      continue;
    }
    if (++read > META_WINDOW) return undefined;
    const k = blockKind(b, text);
    if (k !== undefined) return k;
  }
  return undefined;
}

const LEAD_OPENERS = keys(BUILTIN_CONTENT.templateLeadOpeners);
const LATIN_OPENERS = LEAD_OPENERS.filter((o) => /^[a-z]/.test(o)).map((o) => o.split(' '));
const CJK_OPENERS = LEAD_OPENERS.filter((o) => !/^[a-z]/.test(o)).map((o) => o.replace(/\s+/g, ''));

/**
 * Whether a doc's lead opens by saying the doc is a template: an opener (content.json templateLeadOpeners:
 * "A", "This is a", 이, 这是一个) and a template word within the next three words ("A template for design
 * docs ...", "This is a design review template"); "We follow the template of ..." does not.
 */
function leadSaysTemplate(lead: string): boolean {
  const first = normalizeHeading(lead.split(/(?<=[.!?。！？])\s/)[0] ?? '');
  if (!first) return false;
  if (/[a-z]/.test(first.slice(0, 1))) {
    const words = first.split(' ');
    return LATIN_OPENERS.some((ow) => ow.every((w, i) => words[i] === w) && holds(words.slice(ow.length, ow.length + 3).join(' '), TEMPLATE_WORDS));
  }
  // Unspaced scripts: a template word within a dozen characters of the opener ("这是一个机器学习系统设计模板").
  const squeezed = first.replace(/\s+/g, '');
  return CJK_OPENERS.some((o) => squeezed.startsWith(o) && holds(squeezed.slice(0, o.length + 12), TEMPLATE_WORDS));
}

export function declaresTemplate(title: string | undefined, fileName: string | undefined, kind?: string, lead?: string): boolean {
  if (kind !== undefined && holds(kind, TEMPLATE_WORDS)) return true;
  if (lead !== undefined && leadSaysTemplate(lead)) return true;
  if (title !== undefined && (holds(title, TEMPLATE_WORDS) || CAPS_BLANK.test(title) || findPlaceholders(title.replace(/^#+\s*/, '')).length > 0)) return true;
  return fileName !== undefined && holds(fileNameTitle(fileName), TEMPLATE_WORDS);
}

/**
 * Whether a doc's title (else its file name) says it summarises the procedure itself (content.json
 * `frameworkTitles`: "Introduction and overview", "ML design framework"): it says what each step is for
 * without designing anything, so it is not asked for a design's values (named metrics, techniques).
 */
export function declaresFramework(title: string | undefined, fileName: string | undefined): boolean {
  return saysIn(FRAMEWORK_TITLES, [title], fileName);
}

/**
 * The other genre a doc's title (else its file name) says it is (content.json `genres`: a model card, a
 * pattern page, an architecture decision record), if any. Such a doc lives next to design docs and is not
 * one: it is not checked against the procedure. A doc whose front matter has an `mlsd:` key is a design
 * doc whatever its title (the caller asks only for docs without one).
 */
export function otherGenre(title: string | undefined, fileName: string | undefined, kind?: string): string | undefined {
  // What the doc declares in a kind field is said on purpose: any genre's words count there; a genre
  // declared only so must be the field's whole value ("Kind: exercise", not "Type: ranking task").
  if (kind !== undefined) {
    const value = normalizeHeading(kind);
    for (const g of GENRES) if (g.declaredOnly ? g.words.includes(value) : holds(kind, g.words)) return g.id;
  }
  if (title !== undefined) {
    // A title that links to a paper is notes on that paper.
    const hosts = linkedHosts(title);
    for (const g of GENRES) if (hosts.some((h) => g.hosts.some((x) => h === x || h.endsWith(`.${x}`)))) return g.id;
    // A head genre's word ends the title, or its part before a colon ("Canary release pattern: when ...").
    const head = normalizeHeading(title.split(/[:：]/)[0]!).split(' ').pop() ?? '';
    for (const g of GENRES) if (!g.declaredOnly && (g.head ? holds(head, g.words) : holds(title, g.words))) return g.id;
  }
  // A file name is no title: "fraud-patterns.md" may well design fraud detection. Only genres whose
  // words say it anywhere ("model-card.md", "adr-0012-...") count there.
  if (fileName !== undefined) {
    const name = fileNameTitle(fileName);
    for (const g of GENRES) if (!g.head && !g.declaredOnly && holds(name, g.words)) return g.id;
  }
  return undefined;
}

const OFFLINE_PROJECT_WORDS = keys(BUILTIN_CONTENT.offlineProjectWords);
const offlineHeading = new Memo<boolean>(4096);

/**
 * Whether a doc says it is a competition entry or a hackathon's (content.json `offlineProjectWords`) in
 * its title, a heading ("## 해커톤 결과", "Kaggle competition write-up"), its lead (the paragraph or quote
 * under its title: "本文记录我们参加天池新闻推荐比赛时...") or its file name: the organisers'
 * data, an offline leaderboard, nothing shipped. Such a doc is not asked for what only a live system has
 * (x-mlsd `live`). A word in prose ("a public Kaggle dataset") says where data came from, not what the doc is.
 */
export function declaresOfflineProject(headings: readonly string[], fileName: string | undefined, lead?: string): boolean {
  // Remembered by the heading's text: the editor asks again of every heading on every keystroke.
  if (headings.some((h) => offlineHeading.get(h, (t) => holds(t, OFFLINE_PROJECT_WORDS)))) return true;
  return saysIn(OFFLINE_PROJECT_WORDS, [lead], fileName);
}

const LEARNING_PROJECT_WORDS = keys(BUILTIN_CONTENT.learningProjectWords);

/**
 * Whether a doc says it is a learning project (content.json `learningProjectWords`) in its title, its lead
 * or its file name: a demo, a portfolio, a bootcamp or capstone project, a prototype. It serves its team and
 * its graders, so it is not asked for what needs live traffic and a model in production (x-mlsd `traffic`).
 * Headings do not count: "## Demo" shows a product's screenshots.
 */
export function declaresLearningProject(title: string | undefined, fileName: string | undefined, lead?: string): boolean {
  return saysIn(LEARNING_PROJECT_WORDS, [title, lead], fileName);
}

/**
 * A doc's lead: the first paragraph or block quote under its title, before any other heading, where a
 * doc says what it is (its first 400 characters).
 */
export function leadText(root: Root, text: string): string | undefined {
  let title = false;
  for (const b of root.children) {
    if (b.type === 'yaml' || b.type === 'html' || b.type === 'thematicBreak') continue;
    if (b.type === 'heading') {
      if (title) return undefined;
      title = true;
      continue;
    }
    if (b.type !== 'paragraph' && b.type !== 'blockquote') return undefined;
    const s = b.position?.start.offset;
    const e = b.position?.end.offset;
    return s === undefined || e === undefined ? undefined : text.slice(s, Math.min(e, s + 400)).replace(/^[\s>]+/gm, ' ');
  }
  return undefined;
}

const README_NAMES = new Set(BUILTIN_CONTENT.projectReadmeNames.map((n) => n.toLowerCase()));

/**
 * Whether a file is a project's README (content.json `projectReadmeNames`: README.md, README_JA.md,
 * readme.ko.md): it says what the code does and how to run it, not a walk through the procedure.
 */
export function isProjectReadme(fileName: string | undefined): boolean {
  if (fileName === undefined) return false;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /^([^.]+?)(?:[._-][A-Za-z]{2}(?:[-_][A-Za-z]{2})?)?\.(?:md|markdown|mdx)$/i.exec(base);
  return m !== null && README_NAMES.has(m[1]!.toLowerCase());
}

/** The genre a doc's shape says (content.json genres with `structural: true`): notes. */
const SHAPE_GENRE = Object.entries(BUILTIN_CONTENT.genres).find(([, g]) => g.structural === true)?.[0];

/**
 * Whether a doc walks none of the procedure's steps: no section of it (a heading, a bold label, an outline
 * item) is a step, however many design words its prose uses (a page on one endpoint's pipeline, a cheat
 * sheet of a few topics, study notes). Such a doc reads as notes (content.json genres, `structural`): a
 * reviewer does not ask it for the steps it never set out to walk. A heading that misspells a step's name
 * is a step section (it is reported as a typo).
 */
export function shapeGenre(book: RuleBook, steps: Readonly<Record<string, { via?: string }>>, nearMisses: ReadonlyArray<{ suggestion: { id: string } }>): string | undefined {
  if (Object.values(steps).some((e) => e.via === 'heading')) return undefined;
  // A heading misspelling a step's name ("Evalution") is meant as that step.
  if (nearMisses.some((n) => book.byId.get(n.suggestion.id)?.kind === 'step')) return undefined;
  return SHAPE_GENRE;
}

/** A genre's name in a language ("a model card"), for messages. */
export function genreName(id: string, lang: 'en' | 'ko'): string {
  return BUILTIN_CONTENT.genres[id]?.name[lang] ?? id;
}
