/**
 * Which case a doc is about, when it does not say: the phrases a case schema lists under
 * `x-mlsd-case.match` (per language), looked for in the doc's title: its front-matter `title`, else its
 * first heading. A chapter note titled "Harmful content detection" is linted as that case, so it is asked
 * for what the chapter asks, not for every topic of the whole procedure.
 */
import type { Root } from 'mdast';
import { normalizeHeading } from './normalize.js';
import { isContentsHeading, phrases } from './evidence.js';
import type { DocModel } from './model.js';
import type { RuleBook, SchemaSet, SectionDef, Words } from './rulebook.js';
import { BUILTIN_CONTENT } from './builtin.js';

/** How far into the doc a title is looked for: the title is at the top. */
const TITLE_WINDOW = 40;

export interface CaseGuess {
  id: string;
  /** The title the case was read from (the doc's title, or '' when it has none), and the phrase that named it. */
  title: string;
  phrase: string;
  /** Read from the doc's text, not its title: how often the case's phrases occur. */
  mentions?: number;
  /** Read from the doc's file name (then `title` is the file name). */
  fromFileName?: boolean;
}

/** How often the text must name one case, and how many times more than any other, for a doc without a telling title. */
const TEXT_MENTIONS = 3;
const TEXT_MARGIN = 2;

/**
 * The case a doc's text is about, when it has no title or opens with a table of contents: the case
 * whose `match` phrases the text names at least three times, twice as often as any other case's, outside
 * `outside` (front matter, comments, code).
 */
export function inferCaseFromText(set: SchemaSet, title: string | undefined, text: string, outside: ReadonlyArray<readonly [number, number]>): CaseGuess | undefined {
  // A doc with a title of its own ("Book introduction", "Ranking at Acme") is what its title says: a
  // framework note that runs one example through its chapters is not that example's case.
  if (title !== undefined && !isContentsHeading(title)) return undefined;
  const lower = text.toLowerCase();
  const counts: Array<{ id: string; n: number; phrase: string }> = [];
  for (const info of set.cases.values()) {
    const list = Object.values(info.match ?? {}).flatMap((l) => l ?? []);
    if (list.length === 0) continue;
    let n = 0;
    const seen = new Map<string, number>();
    for (const h of phrases(list).find(text, lower)) {
      if (outside.some(([s, e]) => h.start >= s && h.start < e)) continue;
      n++;
      seen.set(h.phrase, (seen.get(h.phrase) ?? 0) + 1);
    }
    if (n > 0) counts.push({ id: info.id, n, phrase: [...seen].sort((a, b) => b[1] - a[1])[0]![0] });
  }
  counts.sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n < TEXT_MENTIONS || (second && first.n < TEXT_MARGIN * second.n)) return undefined;
  return { id: first.id, title: title ?? '', phrase: first.phrase, mentions: first.n };
}

/**
 * The words of a file name, as a title: the base name without its Markdown and `.design` extensions, split
 * at `-`, `_`, `.`, spaces and camelCase, with short forms spelt out (content.json `fileNameWords`):
 * `notes/event-recom.md` is "event recommendation", `videoSearch.design.md` "video search".
 */
export function fileNameTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/(\.(design|mdx?|markdown|mkdn?|txt))+$/i, '');
  const words = stem
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[-_.\s]+/)
    .filter((w) => w && !/^\d+$/.test(w))
    .map((w) => (Object.hasOwn(BUILTIN_CONTENT.fileNameWords, w.toLowerCase()) ? BUILTIN_CONTENT.fileNameWords[w.toLowerCase()]! : w));
  return words.join(' ');
}

/**
 * The case a doc's file name names (see `fileNameTitle`), else the case its folder names: notes kept one
 * folder per case with the same file names in each (`video_recommendation/requirements.md`). Only the
 * nearest folder: the ones above it say where the repository lives, not what the doc is about. The
 * guess's `title` is the file name as given.
 */
export function inferCaseFromFileName(set: SchemaSet, fileName: string | undefined): CaseGuess | undefined {
  if (!fileName) return undefined;
  const folder = fileName.split(/[\\/]/).slice(-2, -1)[0];
  const guess = inferCase(set, fileNameTitle(fileName)) ?? (folder ? inferCase(set, fileNameTitle(folder)) : undefined);
  return guess && { ...guess, title: fileName, fromFileName: true };
}

/** The doc's title: front matter `title:`, else its first heading among the first top-level blocks. */
export function docTitle(root: Root, text: string, frontMatter: unknown): string | undefined {
  const fmTitle = (frontMatter as { title?: unknown } | undefined)?.title;
  if (typeof fmTitle === 'string' && fmTitle.trim()) return fmTitle;
  const blocks = root.children;
  for (let i = 0; i < blocks.length && i < TITLE_WINDOW; i++) {
    const b = blocks[i]!;
    if (b.type !== 'heading') continue;
    const s = b.position?.start.offset;
    const e = b.position?.end.offset;
    if (s === undefined || e === undefined) return undefined;
    // The heading's own line: '#'s, a setext underline and markup go in normalisation.
    return text.slice(s, Math.min(e, s + 300)).split(/\r\n?|\n/)[0];
  }
  return undefined;
}

/** The case whose match phrases the title holds (the longest phrase wins a tie between cases). */
export function inferCase(set: SchemaSet, title: string | undefined): CaseGuess | undefined {
  if (!title) return undefined;
  const key = titleKey(title);
  let best: CaseGuess | undefined;
  for (const info of set.cases.values()) {
    for (const phrases of Object.values(info.match ?? {})) {
      for (const raw of phrases ?? []) {
        const phrase = normalizeHeading(raw);
        if (phrase && titleHolds(key, phrase) && (!best || phrase.length > best.phrase.length)) best = { id: info.id, title, phrase };
      }
    }
  }
  return best;
}

/** A title normalised for phrase look-ups: padded, and without spaces (for CJK phrases). */
export function titleKey(title: string): { norm: string; squeezed: string } {
  const norm = ` ${normalizeHeading(title)} `;
  return { norm, squeezed: norm.replace(/\s+/g, '') };
}

/**
 * Whether a title (its `titleKey`) holds a normalised phrase: a Latin phrase as whole words, a CJK one
 * inside a word and across spacing (유해 콘텐츠 = 유해콘텐츠).
 */
export function titleHolds(key: { norm: string; squeezed: string }, phrase: string): boolean {
  const n = phraseNeedle(phrase);
  return (n.latin ? key.norm : key.squeezed).includes(n.needle);
}

/**
 * What titleHolds looks for, per phrase: padded (Latin), or without spaces (CJK). Made once per phrase:
 * every heading of every lint is looked through the same lists of phrases (content.json).
 */
const phraseNeedles = new Map<string, { latin: boolean; needle: string }>();
function phraseNeedle(phrase: string): { latin: boolean; needle: string } {
  let n = phraseNeedles.get(phrase);
  if (!n) {
    const latin = /[a-z0-9]/.test(phrase);
    n = { latin, needle: latin ? ` ${phrase} ` : phrase.replace(/\s+/g, '') };
    // Phrases come from the content and schemas (a few thousand); a bound all the same.
    if (phraseNeedles.size >= 10_000) phraseNeedles.clear();
    phraseNeedles.set(phrase, n);
  }
  return n;
}

/**
 * The topics a generic doc is not asked for because of what it is about: each topic with `appliesWhen`
 * words (x-mlsd) the doc does not name (`names` says whether its own text, code and comments left
 * out, says one of them), or that words of its `notWhen` say do not apply: a regression is asked for
 * no class imbalance, a server-side system for no cloud vs on-device, an autoencoder that learns only
 * normal data for no class imbalance either. A doc of a case is asked for what its case requires instead.
 */
export function inapplicable(book: RuleBook, model: DocModel, names: (words: Words, def: SectionDef) => boolean): Set<string> {
  const out = new Set<string>();
  // A topic the doc discusses is asked for, whatever else it says: only the others are looked at.
  for (const t of book.topics) {
    if (!t.appliesWhen || model.topics[t.id]?.status === 'present') continue;
    // What says it applies, unless something says it does not after all (x-mlsd `notWhen`: a detector
    // that learns only normal data, and no classifier, has no classes to rebalance; nor a recommender by
    // collaborative filtering of ratings).
    if (!names(t.appliesWhen, t) || t.notWhen?.some((n) => names(n.words, t) && !names(n.unless, t))) out.add(t.id);
  }
  return out;
}
