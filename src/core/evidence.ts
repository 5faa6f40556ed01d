/**
 * Evidence: where the words a schema declares (cues, required techniques, categories, metric names)
 * occur in a doc, and whether each occurrence counts in the sense that matters.
 *
 * - Only the doc's own prose counts: never code, block quotes (quoted reading notes) or sections under
 *   a reference heading (schemas/content.json `referenceHeadings`).
 * - Phrases match longest first, so "product quantization" is one hit, not a "quantization" hit, and
 *   "precision@k" is not "precision". Latin phrases match whole words, with an optional plural "s",
 *   spaces and hyphens interchangeable (Hangul, Han or kana right after or before one do not make it part of
 *   a longer word: "canary로" has "canary"); a phrase with a capital after its first letter ("mAP", "nDCG")
 *   matches case-sensitively; "@k" matches "@k" or "@10". Korean and Chinese phrases match anywhere,
 *   ignoring spaces.
 * - A topic's `senses` qualify its words: an occurrence does not count when an `unless` phrase is in the
 *   same sentence, and counts outside the topic's own section only when a `with` phrase is in the same
 *   sentence (inside its own section the heading may supply it).
 *
 * This file knows the format of the data, never the words.
 */
import { BUILTIN_CONTENT } from './builtin.js';
import { LATIN_WORD_GOES_ON, compactKey, hasHangul, normalizeHeading } from './normalize.js';
import type { Section, TextLeaf } from './outline.js';
import type { SectionDef, Sense, Words } from './rulebook.js';
import { escapeRegExp, execAll, firstIndex } from './search.js';
import { Memo, detached } from './memo.js';
import { stemmer } from 'stemmer';
import { isPlaceholderLine } from './substance.js';

/** The parts of the analysis evidence reads (structurally, so model.ts can call it while it builds one). */
export interface EvidenceSource {
  sections: Section[];
  leaves: TextLeaf[];
  sectionsOf: Map<string, Section[]>;
  /** Where each step is discussed; without it, a step's own sections. */
  extents?: Array<{ step: string; start: number; end: number }>;
}

export interface Hit {
  /** The phrase of the word list that matched. */
  phrase: string;
  /** Source offsets of the occurrence. */
  start: number;
  end: number;
  /** Source offset of the sentence it is in (Evidence.find). */
  sentence?: number;
}

const lists = new WeakMap<Words, string[]>();
/** A word list's phrases in every language (one array per list: the schema's lists are read-only). */
export function wordList(w: Words | undefined): readonly string[] {
  if (!w) return [];
  let out = lists.get(w);
  if (!out) lists.set(w, (out = [...(w.en ?? []), ...(w.ko ?? []), ...(w.zh ?? []), ...(w.ja ?? [])]));
  return out;
}

const LATIN = /^[\x20-\x7e]+$/;

const stemSeen = new Map<string, string>();
/** A word's Porter stem (remembered: the same words recur in every doc). */
function stemOf(word: string): string {
  let st = stemSeen.get(word);
  if (st === undefined) {
    st = stemmer(word);
    if (stemSeen.size > 50_000) stemSeen.clear();
    stemSeen.set(word, st);
  }
  return st;
}

/**
 * The words of a Latin phrase that match in any word form ("impute" matches "imputed", "imputation"):
 * four letters or more, in a phrase that is not case-sensitive ("mAP", "nDCG" and acronyms are exact).
 * Each maps to its Porter stem (unless the stemmer cuts more than three letters); the pattern matches a literal prefix of the word and any letters after it,
 * and a match counts only when each such word of it has the same stem (see `stemsAgree`).
 */
function stemmedWords(phrase: string): Map<string, string> | undefined {
  const p = phrase.trim();
  if (!LATIN.test(p) || /[A-Z]/.test(p.slice(1))) return undefined;
  const out = new Map<string, string>();
  for (const w of p.toLowerCase().split(/[^a-z0-9@]+/)) {
    if (!/^[a-z]{4,}$/.test(w)) continue;
    // A word the stemmer cuts deep ("generator" -> "gener", also "generation" and "general") stays exact:
    // forms are read from a base word ("impute" -> "imputed", "imputation"), not from a derived one.
    const stem = stemOf(w);
    if (stem.length >= w.length - 3) out.set(w, stem);
  }
  return out.size > 0 ? out : undefined;
}

/** Letters a word form may add after its prefix in a phrase pattern ("imput" + "ation", "prun" + "ing"). */
const FORM_TAIL = 24;

/** The literal start every form of a word shares with its stem, less a letter ("prune" -> "prun": "pruning"). */
function formPrefix(word: string, stem: string): string {
  let n = 0;
  while (n < word.length && n < stem.length && word[n] === stem[n]) n++;
  return word.slice(0, Math.max(3, n - 1));
}

/**
 * A phrase's pattern. A Latin phrase must also stand as a whole word, which `matchAll` checks around each
 * match (see `standsWhole`) rather than the pattern with lookarounds: with the Unicode letter classes in
 * it, a pattern took about a millisecond to compile, and a first lint compiles over a hundred.
 */
function phrasePattern(phrase: string, stems: Map<string, string> | undefined): RegExp {
  const p = phrase.trim();
  const latin = LATIN.test(p);
  const caseSensitive = latin && /[A-Z]/.test(p.slice(1));
  let body = '';
  let lastStemmed = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    const word = stems ? /^[a-z]{4,}/i.exec(p.slice(i))?.[0] : undefined;
    if (word && stems?.has(word.toLowerCase()) && (i === 0 || !/[a-z0-9@]/i.test(p[i - 1]!)) && !/[a-z0-9]/i.test(p[i + word.length] ?? '')) {
      // At most FORM_TAIL letters after the prefix: `[a-z]*` read each long word to its end from every place
      // the prefix occurs in it, then gave the letters back one by one ("trainingtraining..." against
      // "training data": quadratic). No word form adds that many letters, and a match that stops inside a
      // word is turned down as not whole, as before.
      body += escapeRegExp(formPrefix(word.toLowerCase(), stems!.get(word.toLowerCase())!)) + `[a-z]{0,${FORM_TAIL}}`;
      i += word.length - 1;
      lastStemmed = true;
      continue;
    }
    lastStemmed = false;
    if (p.startsWith('@k', i) && !/[\p{L}\p{N}]/u.test(p[i + 2] ?? '')) {
      body += '@(?:k|\\d+)';
      i++;
    } else if (/[\s\-‐–]/.test(ch)) {
      while (i + 1 < p.length && /[\s\-‐–]/.test(p[i + 1]!)) i++;
      body += latin ? '[\\s\\-‐–]*' : '\\s*';
    } else {
      body += escapeRegExp(ch);
      if (!latin && i + 1 < p.length && !/\s/.test(p[i + 1]!)) body += '\\s?';
    }
  }
  if (latin && !lastStemmed && /[a-z]$/.test(p)) body += '(?:e?s)?';
  return new RegExp(body, caseSensitive ? 'gu' : 'giu');
}

/** Whether a match of a phrase has, word for word, the stems of the phrase's stemmed words. */
function stemsAgree(phrase: string, stems: Map<string, string>, matched: string): boolean {
  const want = phrase.toLowerCase().split(/[\s\-‐–]+/).filter(Boolean);
  const got = matched.toLowerCase().split(/[\s\-‐–]+/).filter(Boolean);
  // "click-through" matched as "clickthrough": the words do not line up, and the literal parts matched.
  if (want.length !== got.length) return true;
  for (let i = 0; i < want.length; i++) {
    const stem = stems.get(want[i]!);
    // Forms are read from the phrase's word onwards ("impute" -> "imputed"), never back ("scoring" is not
    // "scores"): a shorter form is usually another word of the family.
    if (stem !== undefined && (got[i]!.length < want[i]!.length || stemOf(got[i]!) !== stem)) return false;
  }
  return true;
}

const conceptKeys = new Map<string, string>();
/** What a phrase means, for counting distinct cues: its words' stems ("impute" and "imputation" are one). */
export function conceptOf(phrase: string): string {
  let k = conceptKeys.get(phrase);
  if (k === undefined) {
    const stems = stemmedWords(phrase);
    k = stems ? phrase.toLowerCase().split(/[\s\-‐–]+/).map((w) => stems.get(w) ?? w).join(' ') : phrase.toLowerCase();
    if (conceptKeys.size < 10_000) conceptKeys.set(phrase, k);
  }
  return k;
}

const GOES_ON = new RegExp(`^${LATIN_WORD_GOES_ON}$`, 'u');

/**
 * Whether `text[start, end)` stands as a whole Latin word: no letter or digit carries it on at either end
 * (Hangul, Han and kana do not: see LATIN_WORD_GOES_ON). A match that fails here has no shorter variant
 * that passes: its only optional tail is the plural, which starts with a letter.
 */
function standsWhole(text: string, start: number, end: number): boolean {
  if (start > 0) {
    // The character before: two code units when they are a surrogate pair (a lone half is no letter).
    const low = text.charCodeAt(start - 1);
    const from = low >= 0xdc00 && low <= 0xdfff && start >= 2 ? start - 2 : start - 1;
    if (GOES_ON.test(text.slice(from, start))) return false;
  }
  return end >= text.length || !GOES_ON.test(String.fromCodePoint(text.codePointAt(end)!));
}

interface PhrasePattern {
  phrase: string;
  /** The phrase's words that match in any form, with their stems (stemmedWords). */
  stems?: Map<string, string>;
  /** Built on first use: most phrases never occur in a given doc, so most are never compiled. */
  re?: RegExp;
  needle: string;
  /** A Latin phrase: a match counts only where it stands as a whole word. */
  whole: boolean;
}

/**
 * Occurrences of the patterns (longest first) in `text`, without overlaps, sorted by start. The hits kept
 * so far stay sorted (they never overlap, so by end too): a new match is checked against its neighbour by
 * binary search, and each pattern's hits are merged in at once. Checking every kept hit per match was
 * quadratic: a 64 KB line naming one cue 1,500 times took 3 s (fuzz doc 6046 of seed 20261206).
 */
function matchAll(patterns: readonly PhrasePattern[], text: string): Hit[] {
  let taken: Hit[] = [];
  for (const p of patterns) {
    const { phrase } = p;
    const re = (p.re ??= phrasePattern(phrase, p.stems));
    const stems = p.stems;
    const word = p.whole
      ? (m: RegExpExecArray) => standsWhole(text, m.index, m.index + m[0].length) && (stems === undefined || stemsAgree(phrase, stems, m[0]))
      : undefined;
    const added: Hit[] = [];
    for (const m of execAll(re, text, word)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start || overlaps(taken, start, end)) continue;
      added.push({ phrase, start, end });
    }
    if (added.length > 0) taken = mergeByStart(taken, added);
  }
  return taken;
}

/** Whether [start, end) overlaps a hit of `sorted` (sorted by start, none overlapping). */
function overlaps(sorted: readonly Hit[], start: number, end: number): boolean {
  // The last hit that starts before `end`: the only one that can reach past `start`.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1]!.end > start;
}

function mergeByStart(a: readonly Hit[], b: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** A list of phrases matched longest first, without overlaps. */
export class PhraseSet {
  private readonly patterns: PhrasePattern[];

  constructor(phrases: readonly string[]) {
    const uniq = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
    uniq.sort((a, b) => b.length - a.length);
    this.patterns = uniq.map((phrase) => {
      const stems = stemmedWords(phrase);
      return { phrase, needle: needleOf(phrase, stems), whole: LATIN.test(phrase), stems };
    });
  }

  get size(): number {
    return this.patterns.length;
  }

  /** The phrases' patterns, longest first. */
  get list(): readonly PhrasePattern[] {
    return this.patterns;
  }

  /**
   * The phrases that may occur in each sentence of a scope: those whose literal part the sentence
   * contains. Keys are sentence indexes; each list keeps the set's (longest first) order.
   */
  candidates(scope: ScopeText): Map<number, PhrasePattern[]> {
    const out = new Map<number, PhrasePattern[]>();
    for (const p of this.patterns) {
      for (const i of scope.sentencesWith(p.needle)) {
        const list = out.get(i);
        if (list) list.push(p);
        else out.set(i, [p]);
      }
    }
    return out;
  }

  /** Occurrences in `text`, offsets relative to it. `lower` is `text.toLowerCase()`, if the caller has it. */
  find(text: string, lower = text.toLowerCase()): Hit[] {
    return matchAll(this.patterns.filter((p) => lower.includes(p.needle)), text);
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }

  /** As `find`, with the text's word index (`TextWords`) telling which phrases may occur without a scan each. */
  findIn(words: TextWords): Hit[] {
    return matchAll(this.patterns.filter((p) => words.may(p.needle)), words.text);
  }

  /**
   * Whether some occurrence in the text that `accept` takes: the search stops at the first (no overlap
   * between the phrases is resolved: a yes or no does not need it). What "named anywhere" asks of a doc
   * in which a frequent word ("data") would otherwise be collected thousands of times.
   */
  someIn(words: TextWords, accept: (h: Hit) => boolean): boolean {
    const text = words.text;
    for (const p of this.patterns) {
      if (!words.may(p.needle)) continue;
      const re = (p.re ??= phrasePattern(p.phrase, p.stems));
      const stems = p.stems;
      re.lastIndex = 0;
      try {
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const end = m.index + m[0].length;
          const whole = end > m.index && (!p.whole || (standsWhole(text, m.index, end) && (stems === undefined || stemsAgree(p.phrase, stems, m[0]))));
          if (whole && accept({ phrase: p.phrase, start: m.index, end })) return true;
          // On from the next character (as execAll does for a match turned down) or past an accepted-shape hit.
          re.lastIndex = whole ? end : m.index + 1;
        }
      } finally {
        re.lastIndex = 0;
      }
    }
    return false;
  }
}

/**
 * Distinct words, grouped by their first three characters: the words that start with a needle, found
 * without sorting every word of a doc (a lint asks this for a few hundred needles of one text).
 */
export class WordsByPrefix {
  private readonly groups = new Map<string, string[]>();
  /** Every word, for a needle shorter than a group's key. */
  private readonly all: string[] = [];

  /** Adds a word not added before. */
  add(word: string): void {
    const key = word.slice(0, PREFIX);
    const g = this.groups.get(key);
    if (g) g.push(word);
    else this.groups.set(key, [word]);
    this.all.push(word);
  }

  /** Takes out a word that was added. */
  remove(word: string): void {
    const g = this.groups.get(word.slice(0, PREFIX));
    if (g) swapOut(g, word);
    swapOut(this.all, word);
  }

  /** Calls `found` with each word that starts with `needle` until it returns true; whether one did. */
  some(needle: string, found: (word: string) => boolean): boolean {
    const words = needle.length >= PREFIX ? this.groups.get(needle.slice(0, PREFIX)) : this.all;
    if (words) for (const w of words) if (w.startsWith(needle) && found(w)) return true;
    return false;
  }
}

const PREFIX = 3;

/** Takes one `x` out of `list` (whose order does not matter). */
function swapOut(list: string[], x: string): void {
  const i = list.indexOf(x);
  if (i < 0) return;
  list[i] = list[list.length - 1]!;
  list.pop();
}

/**
 * A whole text's words, for telling whether a phrase's needle may occur in it without scanning the text
 * once per phrase: a Latin needle is a word or the start of one; any other needle is looked for in the
 * text. Built once per text (the last one is kept: a lint asks for many entries of one text), and each
 * needle's answer kept (the topics of a book share many: "data", "model"). The editor lints the same doc
 * again after each keystroke: the index of the text before (`before`) is taken over and mended where the
 * two texts differ, instead of reading every word again.
 */
export class TextWords {
  readonly lower: string;
  /** How often each word (a run of a-z and 0-9) occurs, and the words by prefix. */
  private index?: { counts: Map<string, number>; words: WordsByPrefix };
  private readonly answers = new Map<string, boolean>();

  constructor(
    readonly text: string,
    private before?: TextWords,
  ) {
    this.lower = text.toLowerCase();
    // One text back at most: an index never asked for must not keep every earlier version alive.
    if (before) before.before = undefined;
  }

  may(needle: string): boolean {
    let yes = this.answers.get(needle);
    if (yes === undefined) {
      yes = ALNUM.test(needle) ? this.words().some(needle, () => true) : this.lower.includes(needle);
      this.answers.set(needle, yes);
    }
    return yes;
  }

  private words(): WordsByPrefix {
    if (!this.index) {
      const prev = this.before;
      this.before = undefined;
      this.index = (prev && mended(prev, this.lower)) ?? counted(this.lower);
    }
    return this.index.words;
  }

  /** Gives its index up (to the next version of the text); it is built again if asked for. */
  takeIndex(): { counts: Map<string, number>; words: WordsByPrefix } | undefined {
    const i = this.index;
    this.index = undefined;
    return i;
  }
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The word index of `lower`, read word by word. */
function counted(lower: string): { counts: Map<string, number>; words: WordsByPrefix } {
  const index = { counts: new Map<string, number>(), words: new WordsByPrefix() };
  countWords(index, lower, 1);
  return index;
}

/** Adds (`by` 1) or takes out (`by` -1) the words of `lower` to or from an index. */
function countWords(index: { counts: Map<string, number>; words: WordsByPrefix }, lower: string, by: 1 | -1): void {
  for (const w of lower.split(/[^a-z0-9]+/)) {
    if (!w) continue;
    const n = (index.counts.get(w) ?? 0) + by;
    if (n <= 0) {
      index.counts.delete(w);
      index.words.remove(w);
    } else {
      if (n === 1 && by === 1) index.words.add(w);
      index.counts.set(w, n);
    }
  }
}

/**
 * `prev`'s index mended into the index of `lower`: the words of the places where the texts differ
 * (widened to whole words) out, the new ones in. Undefined when `prev` has no index, or when the texts
 * differ in too many places or too much (reading the new one is then as cheap).
 */
function mended(prev: TextWords, lower: string): { counts: Map<string, number>; words: WordsByPrefix } | undefined {
  const old = prev.lower;
  const places = differences(old, lower);
  if (!places) return undefined;
  let size = 0;
  for (const [a0, a1, b0, b1] of places) size += a1 - a0 + (b1 - b0);
  if (size > lower.length / 4) return undefined;
  const index = prev.takeIndex();
  if (!index) return undefined;
  for (const [a0, a1, b0, b1] of places) {
    countWords(index, old.slice(a0, a1), -1);
    countWords(index, lower.slice(b0, b1), 1);
  }
  return index;
}

/** A place where two texts differ: [start, end) in the first, [start, end) in the second. */
type Place = [number, number, number, number];

/**
 * Where `a` and `b` differ, as places in order with equal text between them, each widened to whole
 * words (of a-z and 0-9) and merged with its neighbour when the words meet: a few keystrokes apart, such
 * as two versions of a doc each with one character typed at another place. Undefined past 16 places, or
 * where no short skip in either text brings them back in step.
 */
function differences(a: string, b: string): Place[] | undefined {
  const n = Math.min(a.length, b.length);
  let q = 0;
  while (q < n && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  const aEnd = a.length - q;
  const bEnd = b.length - q;
  const raw: Place[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < aEnd && j < bEnd && a.charCodeAt(i) === b.charCodeAt(j)) {
      i++;
      j++;
    }
    if (i >= aEnd || j >= bEnd) {
      if (i < aEnd || j < bEnd) raw.push([i, aEnd, j, bEnd]);
      break;
    }
    if (raw.length >= 16) return undefined;
    // The fewest characters to skip (in a, in b) after which both agree for a while.
    let skip: [number, number] | undefined;
    for (let t = 1; t <= 8 && !skip; t++) for (let da = 0; da <= t && !skip; da++) if (agree(a, i + da, aEnd, b, j + t - da, bEnd)) skip = [da, t - da];
    if (!skip) return undefined;
    raw.push([i, i + skip[0], j, j + skip[1]]);
    i += skip[0];
    j += skip[1];
  }
  // Widen to whole words. The text between two places is the same in both, so a place widens alike in
  // both; two places whose widened ends meet are one place (a word runs from one to the other).
  const out: Place[] = [];
  for (let x = 0; x < raw.length; x++) {
    const [a0, a1, b0, b1] = raw[x]!;
    const last = out[out.length - 1];
    const from = last ? last[1] : 0;
    let k = 0;
    while (a0 - k > from && isWordChar(a.charCodeAt(a0 - k - 1))) k++;
    let cur: Place;
    if (last && a0 - k <= from) {
      last[1] = a1;
      last[3] = b1;
      cur = last;
    } else out.push((cur = [a0 - k, a1, b0 - k, b1]));
    const to = x + 1 < raw.length ? raw[x + 1]![0] : a.length;
    let e = 0;
    while (cur[1] + e < to && isWordChar(a.charCodeAt(cur[1] + e))) e++;
    cur[1] += e;
    cur[3] += e;
  }
  return out;
}

/** Whether `a` from `i` and `b` from `j` agree for 32 characters, or up to both their ends. */
function agree(a: string, i: number, aEnd: number, b: string, j: number, bEnd: number): boolean {
  if (i > aEnd || j > bEnd) return false;
  for (let k = 0; k < 32; k++) {
    if (i + k >= aEnd || j + k >= bEnd) return i + k >= aEnd && j + k >= bEnd;
    if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  }
  return true;
}

const ALNUM = /^[a-z0-9]+$/;

let lastWords: TextWords | undefined;
/** The word index of `text` (the last one asked for is kept, and the next one mends its index). */
export function textWords(text: string): TextWords {
  if (lastWords?.text !== text) lastWords = new TextWords(text, lastWords);
  return lastWords;
}

/**
 * A literal, lowercase piece every match of the phrase contains: the longest run of letters and digits
 * of a Latin phrase (plural endings, spaces and hyphens vary around it), or the first character of a
 * Korean or Chinese one (spaces may fall between its characters).
 */
function needleOf(phrase: string, stems: Map<string, string> | undefined): string {
  const p = phrase.trim().toLowerCase();
  if (!LATIN.test(p)) return p[0] ?? '';
  // A word matched in any form contributes only the prefix its forms share.
  const runs = p.split(/[^a-z0-9]+/).filter(Boolean).map((w) => (stems?.has(w) ? formPrefix(w, stems.get(w)!) : w));
  return runs.sort((a, b) => b.length - a.length)[0] ?? '';
}

const phraseSets = new Memo<PhraseSet>(5000);
const setOfList = new WeakMap<readonly string[], PhraseSet>();
/** A cached phrase set for a word list (found by the list itself first: wordList returns the same array). */
export function phrases(list: readonly string[]): PhraseSet {
  let set = setOfList.get(list);
  if (set) return set;
  set = phraseSets.get(list.join('\u0000'), () => new PhraseSet(list));
  setOfList.set(list, set);
  return set;
}

interface Sentence {
  /**
   * A number of its own for a remembered block sentence (sentencesOf), never reused: a scope whose
   * sentences are the same remembered ones has the same text (see ScopeText); 0 for a placed one.
   */
  id: number;
  /** Source offset of the sentence's first character. */
  start: number;
  text: string;
  lower: string;
  /**
   * The sentence of the block as remembered (sentencesOf), which this one places in the doc: what is
   * read off a sentence's text is kept there, so the editor reads it once while the block is unchanged.
   */
  base?: Sentence;
  /**
   * A question that ends its block unanswered ("What is the target platform (edge, cloud)?" as a list
   * item): a prompt that names its subject without discussing it. A question its block goes on to answer
   * ("How do we track drift? Retrain weekly.") is no prompt.
   */
  prompt?: boolean;
  /** isStatement(text), once asked (every topic's passing mention asks it of the same sentences). */
  statement?: boolean;
  /** isDiscussion(text), once asked. */
  discussion?: boolean;
  /** Its distinct words (runs of a-z and 0-9), once asked. */
  words?: string[];
  /** The needles of a cue table it holds, once asked. */
  cueNeedles?: { table: CueTable; ids: Set<number> };
}

/**
 * A sentence with every field there from the start (those read later as undefined): one object shape
 * for all sentences, so the code that reads them is compiled for one shape, not for each mix of fields.
 */
function makeSentence(start: number, text: string, lower: string, base: Sentence | undefined, prompt: boolean): Sentence {
  return { id: base ? 0 : ++sentenceIds, start, text, lower, base, prompt, statement: undefined, discussion: undefined, words: undefined, cueNeedles: undefined };
}
let sentenceIds = 0;

/** What is read off a sentence's text is kept on the remembered sentence (see Sentence.base). */
const kept = (s: Sentence): Sentence => s.base ?? s;

function wordsOf(s: Sentence): string[] {
  const k = kept(s);
  return (k.words ??= [...new Set(s.lower.split(/[^a-z0-9]+/))].filter(Boolean));
}

/** A range of the doc to look in; `heading` is the own section's heading text, when it is one. */
export interface Scope {
  start: number;
  end: number;
  heading?: string;
}

/** A heading's key for the heading word lists of content.json: normalised, without spaces. */
const REFERENCE_KEYS = new Set(wordList(BUILTIN_CONTENT.referenceHeadings).map(compactKey));
const CONTENTS_KEYS = new Set(wordList(BUILTIN_CONTENT.contentsHeadings).map(compactKey));

/** A heading that is a table of contents, not a title (content.json `contentsHeadings`). */
export function isContentsHeading(text: string): boolean {
  return CONTENTS_KEYS.has(compactKey(text));
}

/** A heading that introduces references, an appendix or reading notes rather than the doc's own design. */
export function isReferenceHeading(text: string): boolean {
  return referenceHeading.get(text, referenceKey);
}
const referenceHeading = new Memo<boolean>(4096);
function referenceKey(text: string): boolean {
  const key = compactKey(text);
  if (!key) return false;
  if (REFERENCE_KEYS.has(key)) return true;
  for (const r of REFERENCE_KEYS) if (r.length >= 4 && key.startsWith(r)) return true;
  return false;
}

/** Sections that are, or sit inside, a reference section. */
const rangesOf = new WeakMap<readonly Section[], Array<[number, number]>>();
/** The ranges of reference, appendix and reading-notes sections (computed once per analysed doc). */
export function referenceRanges(sections: readonly Section[]): Array<[number, number]> {
  const hit = rangesOf.get(sections);
  if (hit) return hit;
  const out: Array<[number, number]> = [];
  rangesOf.set(sections, out);
  for (const s of sections) if (s.kind === 'heading' && isReferenceHeading(s.text)) out.push([s.start, s.sectionEnd]);
  return out;
}

/** A block's text at its source offsets (relative to its first leaf): gaps (markup) become spaces. */
function blockText(leaves: readonly TextLeaf[]): string {
  const start = leaves[0]!.start;
  let out = '';
  for (const l of leaves) {
    const at = l.start - start;
    if (at < out.length) return blockTextOverlapping(leaves);
    const room = l.end - l.start;
    out += ' '.repeat(at - out.length) + (l.text.length > room ? l.text.slice(0, room) : l.text);
    if (l.text.length < room) out += ' '.repeat(room - l.text.length);
  }
  return out;
}

/** The same for leaves that overlap (a later leaf's characters win). */
function blockTextOverlapping(leaves: readonly TextLeaf[]): string {
  const start = leaves[0]!.start;
  const end = Math.max(...leaves.map((l) => l.end));
  const chars = new Array<string>(Math.max(0, end - start)).fill(' ');
  for (const l of leaves) {
    const room = l.end - l.start;
    const v = l.text.length > room ? l.text.slice(0, room) : l.text;
    for (let i = 0; i < v.length; i++) chars[l.start - start + i] = v[i]!;
  }
  return chars.join('');
}

/** Blocks of up to 1 KB, up to 1,024 of them (about 2 MB at most): the blocks of the docs open in an editor. */
const blockSentences = new Memo<Sentence[] | null>(1024, 1024);
/** A block's sentences (offsets relative to the block), remembered by the block's text: in the editor most blocks are unchanged between lints. */
function sentencesOf(text: string): Sentence[] | null {
  // A template's "TODO: say which metrics ..." names the words it asks for: a prompt, not evidence.
  return blockSentences.get(text, (t) => (isPlaceholderBlock(t) ? null : splitSentences(t)));
}

const SENTENCE_END = /[.!?。！？](?=\s|$)/gu;

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const add = (to: number) => {
    const t = text.slice(from, to);
    if (t.trim()) out.push(makeSentence(from, t, t.toLowerCase(), undefined, false));
  };
  for (const m of execAll(SENTENCE_END, text)) {
    add(m.index! + 1);
    from = m.index! + 1;
  }
  add(text.length);
  return out;
}

/** What a scope's text has been searched for: sentence indexes by needle, and each phrase set's candidates. */
interface Searched {
  found: Map<string, number[]>;
  candidates: Map<PhraseSet, Map<number, PhrasePattern[]>>;
}

/**
 * What was searched in a scope, by the scope's sentences: the numbers of the remembered sentences they
 * place (the same numbers, the same text), else the scope's lowercase text (see ScopeText). Scopes of up
 * to 64 KB of text.
 */
const searchedByIds = new Memo<Searched>(64);
const searchedByText = new Memo<Searched>(64, 65536);
const MAX_SEARCHED = 65536;
const searchedAnew = (): Searched => ({ found: new Map(), candidates: new Map() });

/** A word index of sentences: each word's sentence indexes (ascending), and the words by prefix. */
interface WordIndex {
  byPrefix: WordsByPrefix;
  at: Map<string, number[]>;
}

/**
 * Up to this many sentences changed since the whole doc's text before: its searches are carried over and
 * mended (the editor's keystroke changes one or two); past it, or with sentences added or taken out, the
 * text is searched afresh.
 */
const MAX_MENDED = 16;

/** The whole doc's text of the latest lint, whose searches the next one may take over (see ScopeText). */
let lastWhole: ScopeText | undefined;

/**
 * The sentences of a scope, with a search for a literal (lowercase) piece across all of them: the
 * topics of a step share its scope and many of their phrases share a piece ("metric"), so each piece is
 * looked for once.
 */
class ScopeText {
  /** The sentences' lowercase text, NUL between them (made when first searched). */
  private joined?: string;
  private readonly starts: number[] = [];
  private searched: Searched;

  /**
   * With `byWord`, a Latin needle is looked up among the words the scope's sentences start with it
   * (a word index, built once), not searched for through the whole text: for a scope as large as
   * the doc, which every topic without a section of its own is looked for in. A Latin phrase's needle
   * is one of its words, or the start of one, and a match starts each of its words at a word start.
   */
  private words?: WordIndex;
  /**
   * The searches of the whole doc's text before (byWord only): its found sentences, mended where the
   * `changed` sentences differ (same sentence count; see wholeDoc).
   */
  private before?: { found: Map<string, number[]>; changed: number[]; changedSet: Set<number> };

  constructor(
    readonly sentences: Sentence[],
    private readonly byWord = false,
  ) {
    let at = 0;
    let ids: string | undefined = '';
    for (const s of sentences) {
      this.starts.push(at);
      at += s.lower.length + 1;
      if (ids !== undefined) ids = s.base && s.base.id > 0 ? `${ids}${s.base.id},` : undefined;
    }
    // What was found depends on the text alone: a step the last edit did not touch finds it again here.
    // The whole doc's text changes with every edit: remembering it would only copy the doc (its searches
    // are mended from the last lint's instead, see wholeDoc).
    if (byWord || at > MAX_SEARCHED) this.searched = searchedAnew();
    else if (ids !== undefined) this.searched = searchedByIds.get(ids, searchedAnew);
    else this.searched = searchedByText.get(this.lower, searchedAnew);
  }

  // NUL between sentences: no needle contains one, so none is found across two.
  private get lower(): string {
    return (this.joined ??= this.sentences.map((s) => s.lower).join('\u0000'));
  }

  /**
   * The whole doc's sentences as a scope. The editor lints the doc again after each keystroke, which
   * changes a sentence or two: when the latest whole-doc text has as many sentences and at most
   * MAX_MENDED of them differ, its word index and found sentences are taken over (it gives them up) and
   * mended at those sentences, instead of reading every sentence again. The answers are the same.
   */
  static wholeDoc(sentences: Sentence[]): ScopeText {
    const v = new ScopeText(sentences, true);
    const prev = lastWhole;
    lastWhole = v;
    if (!prev || prev.sentences.length !== sentences.length) return v;
    const changed: number[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const a = prev.sentences[i]!;
      const b = sentences[i]!;
      if (kept(a) !== kept(b) && a.lower !== b.lower && changed.push(i) > MAX_MENDED) return v;
    }
    const words = prev.words;
    const found = prev.searched.found;
    // The one before gives its searches up: it would search afresh if asked again.
    prev.words = undefined;
    prev.before = undefined;
    prev.searched = searchedAnew();
    if (words) {
      for (const i of changed) {
        for (const w of wordsOf(prev.sentences[i]!)) unindex(words, w, i);
        for (const w of wordsOf(sentences[i]!)) index(words, w, i);
      }
      v.words = words;
    }
    v.before = { found, changed, changedSet: new Set(changed) };
    return v;
  }

  private wordIndex(): WordIndex {
    if (this.words) return this.words;
    const at = new Map<string, number[]>();
    const byPrefix = new WordsByPrefix();
    this.sentences.forEach((s, i) => {
      for (const w of wordsOf(s)) {
        const list = at.get(w);
        if (!list) {
          at.set(w, [i]);
          byPrefix.add(w);
        } else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return (this.words = { byPrefix, at });
  }

  /** The candidates of a phrase set in this scope (see PhraseSet.candidates), once per set and text. */
  candidatesOf(set: PhraseSet): Map<number, PhrasePattern[]> {
    let out = this.searched.candidates.get(set);
    if (!out) this.searched.candidates.set(set, (out = set.candidates(this)));
    return out;
  }

  /** Indexes of the sentences that contain `needle`, ascending. */
  sentencesWith(needle: string): number[] {
    const { found } = this.searched;
    let out = found.get(needle);
    if (out) return out;
    if (this.byWord && ALNUM.test(needle)) {
      const old = this.before?.found.get(needle);
      if (old) {
        // Found before: the same sentences but the changed ones, which are looked at again.
        const { changed, changedSet } = this.before!;
        out = old.filter((i) => !changedSet.has(i));
        for (const i of changed) if (wordsOf(this.sentences[i]!).some((w) => w.startsWith(needle))) out.push(i);
        out.sort((x, y) => x - y);
        found.set(needle, out);
        return out;
      }
      const { byPrefix, at } = this.wordIndex();
      const seen = new Set<number>();
      byPrefix.some(needle, (w) => {
        for (const i of at.get(w)!) seen.add(i);
        return false;
      });
      out = [...seen].sort((x, y) => x - y);
      found.set(needle, out);
      return out;
    }
    out = [];
    const { lower, starts } = this;
    for (let k = lower.indexOf(needle); k >= 0; ) {
      const i = firstIndex(starts.length, (j) => starts[j]! > k) - 1;
      out.push(i);
      const next = starts[i + 1];
      if (next === undefined) break;
      k = lower.indexOf(needle, next);
    }
    found.set(needle, out);
    return out;
  }
}

/** Adds sentence `i` to a word's list (kept ascending). */
function index(words: WordIndex, w: string, i: number): void {
  const list = words.at.get(w);
  if (!list) {
    words.at.set(w, [i]);
    words.byPrefix.add(w);
    return;
  }
  const k = firstIndex(list.length, (j) => list[j]! >= i);
  if (list[k] !== i) list.splice(k, 0, i);
}

/** Takes sentence `i` out of a word's list (and the word out of the index when no sentence has it). */
function unindex(words: WordIndex, w: string, i: number): void {
  const list = words.at.get(w);
  if (!list) return;
  const k = firstIndex(list.length, (j) => list[j]! >= i);
  if (list[k] !== i) return;
  list.splice(k, 1);
  if (list.length === 0) {
    words.at.delete(w);
    words.byPrefix.remove(w);
  }
}

/** The doc's own prose as sentences, with the rest (code, quotes, references) left out. */
export class Evidence {
  private readonly sentences: Sentence[] = [];
  /**
   * Whether no two sentences overlap (each ends before the next starts): the sentence an offset is in is
   * then the one whose range holds it. Blocks never overlap in a parsed doc; this is checked, not assumed.
   */
  readonly disjoint: boolean;

  constructor(private readonly a: EvidenceSource) {
    const refs = referenceRanges(a.sections);
    const inRef = (o: number) => refs.some(([s, e]) => s <= o && o < e);
    const blocks = new Map<number, TextLeaf[]>();
    for (const l of a.leaves) {
      if (l.code || l.quote || inRef(l.start)) continue;
      const key = l.block ?? l.start;
      const list = blocks.get(key) ?? [];
      list.push(l);
      blocks.set(key, list);
    }
    for (const leaves of blocks.values()) {
      const start = leaves[0]!.start;
      const text = blockText(leaves);
      const list = sentencesOf(text) ?? [];
      list.forEach((s, k) => {
        const prompt = k === list.length - 1 && QUESTION_END.test(s.text);
        this.sentences.push(makeSentence(start + s.start, s.text, s.lower, s, prompt));
      });
    }
    this.sentences.sort((x, y) => x.start - y.start);
    let disjoint = true;
    for (let i = 1; i < this.sentences.length && disjoint; i++) {
      const prev = this.sentences[i - 1]!;
      disjoint = prev.start + prev.text.length <= this.sentences[i]!.start;
    }
    this.disjoint = disjoint;
  }

  /** The doc's own prose, sentence by sentence, in document order. */
  get all(): readonly Sentence[] {
    return this.sentences;
  }

  /** The topic's own sections (never quoted or inside references). */
  ownScopes(def: SectionDef): Scope[] {
    const refs = referenceRanges(this.a.sections);
    return (this.a.sectionsOf.get(def.id) ?? [])
      .filter((s) => !s.inQuote && !refs.some(([a, b]) => a <= s.start && s.start < b))
      .map((s) => ({ start: s.bodyStart, end: s.sectionEnd, heading: s.text }));
  }

  /** Where the topic's step is discussed. */
  stepScopes(def: SectionDef): Scope[] {
    if (this.a.extents) return this.a.extents.filter((e) => e.step === def.step).map((e) => ({ start: e.start, end: e.end }));
    return (this.a.sectionsOf.get(def.step) ?? []).map((s) => ({ start: s.bodyStart, end: s.sectionEnd }));
  }

  /** The sentence an offset is in, if it is in the doc's own prose. */
  private sentenceAt(offset: number): Sentence | undefined {
    const s = this.sentences[firstIndex(this.sentences.length, (k) => this.sentences[k]!.start > offset) - 1];
    return s && offset < s.start + s.text.length ? s : undefined;
  }

  /** Whether the sentence an offset is in is a question left unanswered in its block (Sentence.prompt). */
  promptAt(offset: number): boolean {
    return this.sentenceAt(offset)?.prompt === true;
  }

  /** The text of the sentence an offset is in ('' outside the doc's prose). */
  sentenceTextAt(offset: number): string {
    return this.sentenceAt(offset)?.text ?? '';
  }

  /** The doc's prose between two offsets of one sentence ('' when they are in different sentences). */
  between(start: number, end: number): string {
    const s = this.sentenceAt(start);
    if (!s || end > s.start + s.text.length || end < start) return '';
    return s.text.slice(start - s.start, end - s.start);
  }

  /** The plain prose in the scopes (for messages and substance). */
  text(scopes: readonly Scope[]): string {
    return this.inScopes(scopes)
      .map((s) => s.text.trim())
      .join('\n');
  }

  /** The sentences in the scopes and their lowercase text (remembered: a step's topics share its scope). */
  private readonly scopedSeen = new Map<string, ScopeText>();
  private scoped(scopes: readonly Scope[]): ScopeText {
    const key = scopes.map((sc) => `${sc.start}:${sc.end}`).join(',');
    let v = this.scopedSeen.get(key);
    if (!v) this.scopedSeen.set(key, (v = scopes === WHOLE_DOC ? ScopeText.wholeDoc(this.inScopes(scopes)) : new ScopeText(this.inScopes(scopes))));
    return v;
  }

  private inScopes(scopes: readonly Scope[]): Sentence[] {
    const seen = new Set<Sentence>();
    const out: Sentence[] = [];
    for (const sc of scopes) {
      // Sentences are sorted by start: find the first in the scope by binary search (docs can be MBs).
      // The sentence before it may run into the scope: a bold lead-in's or a "label: content" line's
      // section starts after the label, inside the sentence (find keeps only the hits in the scope).
      let lo = firstIndex(this.sentences.length, (i) => this.sentences[i]!.start >= sc.start);
      const prev = this.sentences[lo - 1];
      if (prev && prev.start + prev.text.length > sc.start) lo--;
      for (let i = lo; i < this.sentences.length && this.sentences[i]!.start < sc.end; i++) {
        const s = this.sentences[i]!;
        if (!seen.has(s)) {
          seen.add(s);
          out.push(s);
        }
      }
    }
    return scopes.length > 1 ? out.sort((x, y) => x.start - y.start) : out;
  }


  /**
   * Occurrences of `words` in the scopes that count in the sense `senses` allow. With several scopes,
   * the heading of the scope an occurrence sits in is its own-section context.
   */
  find(words: readonly string[], senses: readonly Sense[] | undefined, scopes: readonly Scope[], minPhrases = 1): Hit[] {
    const out: Hit[] = [];
    this.each(words, senses, scopes, minPhrases, (h) => {
      out.push(h);
      return false;
    });
    return out;
  }

  /**
   * The occurrences `find` returns, in its order, handed to `visit` one by one until it returns true (then
   * that hit is returned). `skip` passes over a sentence without looking in it, for a caller that knows no
   * hit in it would be taken (wholly left out, or not a statement).
   */
  each(
    words: readonly string[],
    senses: readonly Sense[] | undefined,
    scopes: readonly Scope[],
    minPhrases: number,
    visit: (h: Hit) => boolean,
    skip?: (s: Sentence) => boolean,
  ): Hit | undefined {
    const all = phrases(words);
    if (all.size === 0) return undefined;
    const scope = this.scoped(scopes);
    const { sentences } = scope;
    // Each sentence is tried with the phrases whose literal part it contains.
    const candidates = scope.candidatesOf(all);
    if (candidates.size === 0) return undefined;
    const headed = scopes.filter((sc) => sc.heading !== undefined).sort((x, y) => x.start - y.start);
    const headingAt = (o: number): string | undefined => {
      // The last headed scope starting at or before o (binary search: a big doc has thousands).
      const lo = firstIndex(headed.length, (i) => headed[i]!.start > o);
      for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (o < headed[i]!.end) return headed[i]!.heading;
      return undefined;
    };
    for (const i of [...candidates.keys()].sort((x, y) => x - y)) {
      // A caller that needs several phrases in one sentence skips the sentences that cannot have them.
      if (candidates.get(i)!.length < minPhrases) continue;
      const s = sentences[i]!;
      if (skip?.(s)) continue;
      const heading = headed.length > 0 ? headingAt(s.start) : undefined;
      const whole = scopes.some((sc) => sc.start <= s.start && s.start + s.text.length <= sc.end);
      const views: SenseViews = new Map();
      for (const h of matchAll(candidates.get(i)!, s.text)) {
        const at = s.start + h.start;
        if (!whole && !scopes.some((sc) => sc.start <= at && at < sc.end)) continue;
        if (!counts(h, s, heading, senses, views)) continue;
        const hit = { phrase: h.phrase, start: at, end: s.start + h.end, sentence: s.start };
        if (visit(hit)) return hit;
      }
    }
    return undefined;
  }
}

/**
 * What the senses of a topic see in one sentence, found once for all its hits: the sense's own words, its
 * `unless` words and its `with` words. Finding them again for every hit was quadratic on a sentence that
 * names one cue thousands of times (`one-cue-many-times` in bench/hostile.ts: 100 KB took 31 s of CPU).
 */
interface SenseView {
  own: Hit[];
  unless: boolean;
  withHits?: Hit[];
  withInHeading?: boolean;
}

/** Per sentence: the views of the senses asked about so far (see `counts`). */
type SenseViews = Map<Sense, SenseView>;

function senseView(sense: Sense, s: Sentence, heading: string | undefined, views: SenseViews): SenseView {
  let v = views.get(sense);
  if (!v) {
    const sentence = s.text;
    const unless = wordList(sense.unless);
    v = { own: phrases(wordList(sense.words)).find(sentence, s.lower), unless: unless.length > 0 && phrases(unless).test(sentence) };
    const withWords = wordList(sense.with);
    if (withWords.length > 0) {
      const set = phrases(withWords);
      v.withHits = set.find(sentence);
      v.withInHeading = heading !== undefined && set.test(heading);
    }
    views.set(sense, v);
  }
  return v;
}

/** How many hits of `sorted` (sorted by start, none overlapping, so sorted by end too) overlap [start, end). */
function overlapCount(sorted: readonly Hit[], start: number, end: number): number {
  const first = firstIndex(sorted.length, (i) => sorted[i]!.end > start);
  const past = firstIndex(sorted.length, (i) => sorted[i]!.start >= end);
  return Math.max(0, past - first);
}

/**
 * Whether one occurrence counts, given the senses of its topic. `views` holds what the senses found in
 * this sentence (one map per sentence and heading): each hit then costs a binary search, not a search.
 */
function counts(h: Hit, s: Sentence, heading: string | undefined, senses: readonly Sense[] | undefined, views: SenseViews = new Map()): boolean {
  for (const sense of senses ?? []) {
    const v = senseView(sense, s, heading, views);
    if (overlapCount(v.own, h.start, h.end) === 0) continue;
    if (v.unless) return false;
    if (v.withHits !== undefined) {
      // A `with` word near it: one that does not overlap the hit.
      const near = v.withHits.length > overlapCount(v.withHits, h.start, h.end);
      if (!near && !v.withInHeading) return false;
    }
  }
  return true;
}

/** A block whose first line is a placeholder line ("TODO: ...", "작성 필요 ..."). */
function isPlaceholderBlock(text: string): boolean {
  const t = text.trimStart();
  const nl = t.search(/[\r\n]/);
  return isPlaceholderLine(nl < 0 ? t : t.slice(0, nl));
}

const cache = new WeakMap<object, Evidence>();
/** The evidence of an analysed doc (built once). */
export function evidenceOf(a: EvidenceSource): Evidence {
  let e = cache.get(a);
  if (!e) {
    e = new Evidence(a);
    cache.set(a, e);
  }
  return e;
}

/**
 * Cue hits of a topic inside its step (outside code, quotes and references, in the right sense):
 * each distinct cue with the offset of its first occurrence.
 */
export function cueHitsOf(
  a: EvidenceSource,
  def: SectionDef,
  outside: ReadonlyArray<readonly [number, number]> = [],
  questions = true,
): Map<string, number> {
  const hits = new Map<string, number>();
  const cues = wordList(def.cues);
  if (cues.length === 0) return hits;
  const ev = evidenceOf(a);
  const out = disjoint(outside);
  // A question left unanswered names its subject without discussing it (Sentence.prompt).
  const found = ev
    .find(cues, def.senses, ev.stepScopes(def))
    .filter((h) => !inRanges(out, h.start) && (questions || !ev.promptAt(h.start)));
  return distinctConcepts(ev, found);
}

/**
 * Hits by concept, each with the offset of its first occurrence: word forms of one cue are one concept
 * (conceptOf), and so is a cue followed by its abbreviation or expansion in brackets ("click-through rate
 * (CTR)").
 */
function distinctConcepts(ev: Evidence, found: readonly Hit[]): Map<string, number> {
  const out = new Map<string, number>();
  let prev: Hit | undefined;
  for (const h of found) {
    const aside = prev !== undefined && prev.sentence === h.sentence && /^\s*[(（]\s*$/u.test(ev.between(prev.end, h.start));
    prev = h;
    if (aside) continue;
    const key = conceptOf(h.phrase);
    if (!out.has(key)) out.set(key, h.start);
  }
  return out;
}

/** A sentence that asks (see Sentence.prompt). */
const QUESTION_END = /[?？]\s*$/u;

/**
 * At least five words, and at most six commas: a sentence that says something about its terms. A word is
 * a run between spaces and slashes with a letter or a digit in it. An ASCII sentence is read in one loop
 * (this runs on every sentence of a doc); any other by the patterns.
 */
export function isDiscussion(sentence: string): boolean {
  let words = 0;
  let commas = 0;
  let counted = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 0x80) return isDiscussionAnyScript(sentence);
    if (c === 32 || (c >= 9 && c <= 13) || c === 47) counted = false;
    else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      if (!counted) words++;
      counted = true;
    } else if (c === 44) commas++;
  }
  return words >= 5 && commas <= 6;
}

function isDiscussionAnyScript(sentence: string): boolean {
  const words = sentence.split(/[\s/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const commas = (sentence.match(/[,，、]/gu) ?? []).length;
  return words >= 5 && commas <= 6;
}

/**
 * A statement, not a label or a term list: at least four words (three in Korean, whose words carry their
 * particles; eight characters in Chinese or Japanese written without spaces), and at most six commas.
 */
function isStatement(sentence: string): boolean {
  const words = sentence.split(/[\s/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const commas = (sentence.match(/[,，、]/gu) ?? []).length;
  if (commas > 6) return false;
  if (words.length >= 4) return true;
  if (hasHangul(sentence)) return words.length >= 3;
  return (sentence.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu) ?? []).length >= 8;
}

const mentionWords = new WeakMap<SectionDef, string[]>();
const mentionTitles = new WeakMap<SectionDef, string[]>();
/**
 * What names a topic in passing: its titles (its heading names, said in a sentence) and, with `cues`, its
 * cues. A topic a case adds names a technique: one of its cues alone ("focal loss") is not enough.
 */
function mentionWordsOf(def: SectionDef, cues: boolean): string[] {
  const memo = cues ? mentionWords : mentionTitles;
  let w = memo.get(def);
  if (!w) memo.set(def, (w = [...new Set([...(cues ? wordList(def.cues) : []), ...wordList(def.aliases), def.title.en, def.title.ko])]));
  return w;
}

/**
 * Where the topic is named in passing: a cue (with `cues`) or one of its titles inside a statement
 * ("Latency is not an issue"; "The business objective is to protect privacy"), in its step (or in
 * `scopes`), outside `outside`.
 */
export function mentionOf(
  a: EvidenceSource,
  def: SectionDef,
  outside: ReadonlyArray<readonly [number, number]> | RangeSet = [],
  scopes?: readonly Scope[],
  cues = true,
): number | undefined {
  const ev = evidenceOf(a);
  const out = outside instanceof RangeSet ? outside : new RangeSet(outside);
  // Only the first occurrence that counts is asked for: sentences wholly left out, or (when the sentence
  // a hit is in is the one it was found in) not statements, are passed over without a look.
  const own = ev.disjoint;
  const hit = ev.each(
    mentionWordsOf(def, cues),
    def.senses,
    scopes ?? ev.stepScopes(def),
    1,
    (h) => !out.has(h.start) && (own || isStatement(ev.sentenceTextAt(h.start))),
    (s) => out.covers(s.start, s.start + s.text.length) || (own && !(kept(s).statement ??= isStatement(s.text))),
  );
  return hit?.start;
}

/** The whole doc, as a scope. */
export const WHOLE_DOC: Scope[] = [{ start: 0, end: Number.MAX_SAFE_INTEGER }];

/**
 * One sentence anywhere in the doc's own prose that names the topic by two distinct cues, in the right
 * sense ("we undersample legitimate transactions and weight the loss by class"): the offset of its first
 * cue. A cue and its abbreviation or expansion in brackets ("click-through rate (CTR)") are one cue.
 */
export function sentenceEvidenceOf(a: EvidenceSource, def: SectionDef, outside: ReadonlyArray<readonly [number, number]> = []): number | undefined {
  const cues = wordList(def.cues);
  if (cues.length === 0) return undefined;
  const ev = evidenceOf(a);
  const bySentence = new Map<number, Hit[]>();
  const out = disjoint(outside);
  for (const h of ev.find(cues, def.senses, WHOLE_DOC, 2)) {
    if (inRanges(out, h.start)) continue;
    const list = bySentence.get(h.sentence ?? h.start);
    if (list) list.push(h);
    else bySentence.set(h.sentence ?? h.start, [h]);
  }
  for (const hits of bySentence.values()) {
    // A discussion, not a label ("Shadow or canary tests") nor a long list of terms.
    const sentence = ev.sentenceTextAt(hits[0]!.start);
    if (!isDiscussion(sentence) || ev.promptAt(hits[0]!.start)) continue;
    if (distinctConcepts(ev, hits).size >= 2) return hits[0]!.start;
  }
  return undefined;
}

/** Ranges merged into disjoint ones, sorted by start (so a lookup is a binary search). */
function disjoint(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Ranges merged once (see `disjoint`), for the many look-ups of a lint that leave out the same ones. */
export class RangeSet {
  readonly ranges: ReadonlyArray<readonly [number, number]>;

  constructor(ranges: ReadonlyArray<readonly [number, number]>) {
    this.ranges = disjoint(ranges);
  }

  /** Whether an offset falls in one of the ranges. */
  has(at: number): boolean {
    return inRanges(this.ranges, at);
  }

  /** Whether [start, end) lies wholly in one of the ranges. */
  covers(start: number, end: number): boolean {
    const r = this.ranges;
    const i = firstIndex(r.length, (k) => r[k]![0] > start) - 1;
    return i >= 0 && end <= r[i]![1];
  }
}

/** Whether an offset falls in one of the disjoint, sorted ranges. */
function inRanges(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  const i = firstIndex(ranges.length, (k) => ranges[k]![0] > at) - 1;
  return i >= 0 && at < ranges[i]![1];
}

interface CueTopic {
  index: number;
  patterns: readonly PhrasePattern[];
  /** The number of each pattern's needle. */
  needles: number[];
}

/**
 * The cue phrases of a rule book's topics, for finding in one pass which topics a sentence may name:
 * each phrase's literal piece (its needle, see needleOf) is numbered once for the whole book.
 */
class CueTable {
  /** Each topic with cues: its number, its patterns (its PhraseSet's, longest first) and their needles' numbers. */
  readonly topics = new Map<SectionDef, CueTopic>();
  /** The same, by number. */
  readonly byIndex: CueTopic[] = [];
  /** For each needle, the topics that have it, each with how many of its patterns do. */
  readonly users: Array<Array<[topic: number, patterns: number]>> = [];
  /**
   * Needles made of Latin letters and digits, by text: found where a word of the sentence starts with one
   * (as ScopeText finds them in the whole doc); and their lengths, ascending.
   */
  private readonly prefixes = new Map<string, number>();
  private readonly prefixLengths: number[];
  /** The other needles: found anywhere in the sentence's lowercase text. */
  private readonly substrings: Array<{ needle: string; id: number; ascii: boolean }> = [];
  /** The prefix needles each word starts with (words recur in every sentence and every doc). */
  private readonly wordNeedles = new Map<string, readonly number[]>();

  constructor(defs: readonly SectionDef[]) {
    const ids = new Map<string, number>();
    for (const def of defs) {
      const patterns = phrases(wordList(def.cues)).list;
      if (patterns.length === 0) continue;
      const index = this.topics.size;
      const needles = patterns.map((p) => {
        let id = ids.get(p.needle);
        if (id === undefined) {
          ids.set(p.needle, (id = ids.size));
          this.users.push([]);
          if (/^[a-z0-9]+$/.test(p.needle)) this.prefixes.set(p.needle, id);
          else this.substrings.push({ needle: p.needle, id, ascii: /^[\x00-\x7f]*$/.test(p.needle) });
        }
        const users = this.users[id]!;
        const last = users[users.length - 1];
        if (last && last[0] === index) last[1]++;
        else users.push([index, 1]);
        return id;
      });
      const topic = { index, patterns, needles };
      this.topics.set(def, topic);
      this.byIndex.push(topic);
    }
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((n) => n.length))].sort((x, y) => x - y);
  }

  /** Calls `found` with the number of each needle the lowercase sentence holds (a needle may come more than once). */
  needlesIn(lower: string, found: (id: number) => void): void {
    // Words: runs of a-z and 0-9 (how ScopeText's word index splits a sentence).
    let ascii = true;
    for (let i = 0; i < lower.length; ) {
      const c = lower.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        if (c > 0x7f) ascii = false;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < lower.length) {
        const d = lower.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
        j++;
      }
      for (const id of this.prefixesOf(lower.slice(i, j))) found(id);
      i = j;
    }
    for (const s of this.substrings) if ((s.ascii || !ascii) && lower.includes(s.needle)) found(s.id);
  }

  private prefixesOf(word: string): readonly number[] {
    let out = this.wordNeedles.get(word);
    if (out === undefined) {
      const ids: number[] = [];
      for (const n of this.prefixLengths) {
        if (n > word.length) break;
        const id = this.prefixes.get(word.slice(0, n));
        if (id !== undefined) ids.push(id);
      }
      out = ids;
      if (this.wordNeedles.size >= 50_000) this.wordNeedles.clear();
      this.wordNeedles.set(detached(word), out);
    }
    return out;
  }
}

const cueTables = new WeakMap<readonly SectionDef[], CueTable>();
function cueTableOf(defs: readonly SectionDef[]): CueTable {
  let t = cueTables.get(defs);
  if (!t) cueTables.set(defs, (t = new CueTable(defs)));
  return t;
}

/**
 * `sentenceEvidenceOf` for many topics of one doc: each sentence is read once for the needles of every
 * topic, and only the sentences that could decide are looked at: a discussion (isDiscussion) not wholly
 * inside the ranges left out, holding the needles of two or more of the topic's phrases. The answers
 * are those of `sentenceEvidenceOf` (a property test holds it to that).
 */
export class SentenceEvidence {
  private readonly ev: Evidence;
  private readonly table: CueTable;
  /** Per sentence index: the topics (by number) that may be named twice in it, with their candidate patterns. */
  private readonly candidates = new Map<number, Map<number, PhrasePattern[]>>();
  /** Per array of ranges left out: the ranges merged, and the sentences that could decide. */
  private readonly scopes = new Map<ReadonlyArray<readonly [number, number]>, { ranges: Array<[number, number]>; eligible: number[] }>();

  constructor(
    private readonly a: EvidenceSource,
    topics: readonly SectionDef[],
  ) {
    this.ev = evidenceOf(a);
    this.table = cueTableOf(topics);
  }

  /** The offset of the first cue of the first sentence that names `def` twice over, outside `outside`. */
  of(def: SectionDef, outside: ReadonlyArray<readonly [number, number]> = []): number | undefined {
    const topic = this.table.topics.get(def);
    if (!topic) return wordList(def.cues).length === 0 ? undefined : sentenceEvidenceOf(this.a, def, outside);
    // Overlapping sentences (not seen in parsed docs) would group hits differently: the plain search then.
    if (!this.ev.disjoint) return sentenceEvidenceOf(this.a, def, outside);
    const { ranges, eligible } = this.scope(outside);
    const sentences = this.ev.all;
    for (const i of eligible) {
      const cands = this.candidatesAt(i).get(topic.index);
      if (!cands) continue;
      const s = sentences[i]!;
      const hits: Hit[] = [];
      const views: SenseViews = new Map();
      for (const h of matchAll(cands, s.text)) {
        const at = s.start + h.start;
        if (inRanges(ranges, at) || !counts(h, s, undefined, def.senses, views)) continue;
        hits.push({ phrase: h.phrase, start: at, end: s.start + h.end, sentence: s.start });
      }
      if (hits.length > 0 && distinctConcepts(this.ev, hits).size >= 2) return hits[0]!.start;
    }
    return undefined;
  }

  private scope(outside: ReadonlyArray<readonly [number, number]>): { ranges: Array<[number, number]>; eligible: number[] } {
    let v = this.scopes.get(outside);
    if (!v) {
      const ranges = disjoint(outside);
      const eligible: number[] = [];
      this.ev.all.forEach((s, i) => {
        const end = s.start + s.text.length;
        // A sentence wholly inside one range left out has no hit that counts.
        const r = firstIndex(ranges.length, (k) => ranges[k]![0] > s.start) - 1;
        if (r >= 0 && end <= ranges[r]![1]) return;
        if ((kept(s).discussion ??= isDiscussion(s.text)) && !s.prompt) eligible.push(i);
      });
      this.scopes.set(outside, (v = { ranges, eligible }));
    }
    return v;
  }

  /** The topics whose patterns' needles the sentence holds two or more of, each with those patterns in order. */
  private candidatesAt(i: number): Map<number, PhrasePattern[]> {
    let out = this.candidates.get(i);
    if (out) return out;
    out = new Map();
    const table = this.table;
    const k = kept(this.ev.all[i]!);
    if (k.cueNeedles?.table !== table) {
      const ids = new Set<number>();
      table.needlesIn(k.lower, (id) => ids.add(id));
      k.cueNeedles = { table, ids };
    }
    const present = k.cueNeedles.ids;
    const count = new Map<number, number>();
    for (const id of present) for (const [t, n] of table.users[id]!) count.set(t, (count.get(t) ?? 0) + n);
    for (const [t, n] of count) {
      if (n < 2) continue;
      const topic = table.byIndex[t]!;
      out.set(t, topic.patterns.filter((_, k) => present.has(topic.needles[k]!)));
    }
    this.candidates.set(i, out);
    return out;
  }
}

/**
 * How strongly a word must name a step or topic: `all` its titles, aliases (nested ones too), cues,
 * mentions and metric names ("PR-AUC" names offline metrics); `phrases` its titles, aliases, mentions and
 * the cues that are phrases ("candidate generation"), acronyms ("FoF") or, in Chinese or Korean, three
 * characters or more, not a one-word cue ("popular"); `titles` its titles and aliases only.
 */
export type Naming = 'all' | 'phrases' | 'titles';

const namingWords: Record<Naming, WeakMap<SectionDef, string[]>> = { all: new WeakMap(), phrases: new WeakMap(), titles: new WeakMap() };
/** The words that name `def` at the strength `naming`. */
function namingWordsOf(def: SectionDef, naming: Naming): string[] {
  const memo = namingWords[naming];
  let w = memo.get(def);
  if (w) return w;
  const all = [def.title.en, def.title.ko, ...wordList(def.aliases), ...wordList(def.nestedAliases)];
  if (naming !== 'titles') all.push(...wordList(def.mentions));
  if (naming === 'phrases') all.push(...wordList(def.cues).filter(isPhrase));
  if (naming === 'all') {
    all.push(...wordList(def.cues));
    for (const c of def.metricFamilies ?? []) all.push(...wordList(c.words));
  }
  memo.set(def, (w = [...new Set(all.filter((x) => x.trim().length > 0))]));
  return w;
}

/** A Latin cue of several words or an acronym ("FoF", "CTR"); a CJK cue of three characters or more. */
function isPhrase(cue: string): boolean {
  const t = cue.trim();
  return LATIN.test(t) ? /[\s-]/.test(t) || /[A-Z]/.test(t.slice(1)) : t.replace(/\s+/g, '').length >= 3;
}

/**
 * Whether the doc names a step or topic at all (an offset where it does), anywhere in `text` (headings,
 * quotes and tables included) outside `outside` (the caller leaves out what is not the writer's design);
 * undefined if nowhere. A topic is named by its words at the strength `naming`, in the sense its `senses`
 * allow; a step by its own words, or by a title or alias of one of its topics (`topics`): a cue of a topic
 * is too weak a sign of a whole step ("CPU" is no monitoring), unless the topic says its cues name the
 * step (`namesStep`: metric names name the evaluation step). A reviewer who has read the whole doc does
 * not ask for what it names, wherever it is.
 */
export function namedAt(
  text: string,
  def: SectionDef,
  topics: readonly SectionDef[] = [],
  outside: ReadonlyArray<readonly [number, number]> = [],
  naming: Naming = 'all',
): number | undefined {
  const out = disjoint(outside);
  const index = textWords(text);
  let first: number | undefined;
  // Where is not asked, only whether: the search stops at the first occurrence that counts.
  const look = (words: string[], senses: readonly Sense[] | undefined): boolean =>
    phrases(words).someIn(index, (h) => {
      if (inRanges(out, h.start)) return false;
      // In the sense its topic allows ("focal loss" against a dominating modality handles no imbalance).
      if (senses && senses.length > 0 && !inSense(text, h, senses)) return false;
      first = h.start;
      return true;
    });
  if (look(namingWordsOf(def, naming), def.senses)) return first;
  // A topic whose cues are as sure a sign of the step as its own words (x-mlsd `namesStep`: "AUC", "NDCG",
  // "A/B test") names it by them, in its senses; any other topic by its title or an alias.
  for (const t of topics) if (t.namesStep ? look(namingWordsOf(t, 'all'), t.senses) : look(namingWordsOf(t, 'titles'), undefined)) return first;
  return undefined;
}

/**
 * The raw sentence around a match: from the last sentence end or block break before it to the next (at
 * most 300 characters each way). A line break inside a wrapped paragraph is no break; one before a blank
 * line, a list item, a heading, a quote or a table row is.
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  const lo = Math.max(0, start - 300);
  while (a > lo && !endsSentence(text, a - 1)) a--;
  let b = end;
  const hi = Math.min(text.length, end + 300);
  while (b < hi && !endsSentence(text, b)) b++;
  return [a, b];
}

/** A new block starts on the line after a line break: a blank line, a list item, a heading, a quote, a table row. */
const BLOCK_START = /^[ \t]*(?:$|[-*+>|#]|\d{1,9}[.)][ \t])/;
function endsSentence(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch !== '\n' && ch !== '\r') return /[.!?。！？]/.test(ch);
  const next = text.slice(i + 1, i + 13).replace(/^\n/, '');
  return BLOCK_START.test(next.split(/\r?\n/, 1)[0]!) || text[i - 1] === '|';
}


/**
 * Whether `text` says one of `words` (every language, any word form) outside `outside`, at least `times`
 * times, in the sense `senses` allow ("edge" in "edge cases" is no edge device).
 */
export function namedIn(text: string, words: Words, outside: ReadonlyArray<readonly [number, number]>, times = 1, senses?: readonly Sense[]): boolean {
  const list = wordList(words);
  if (list.length === 0) return false;
  const out = disjoint(outside);
  // Distinct places: "ROC-AUC" once is not also an "AUC".
  const counted: Hit[] = [];
  return phrases(list).someIn(textWords(text), (h) => {
    if (inRanges(out, h.start) || counted.some((c) => c.start < h.end && h.start < c.end)) return false;
    if (senses && senses.length > 0 && !inSense(text, h, senses)) return false;
    counted.push(h);
    return counted.length >= times;
  });
}

/** Whether a hit in the raw text counts in the sense `senses` allow, read in its sentence. */
function inSense(text: string, h: Hit, senses: readonly Sense[]): boolean {
  const [s0, s1] = sentenceAround(text, h.start, h.end);
  const sentence = text.slice(s0, s1);
  return counts({ phrase: h.phrase, start: h.start - s0, end: h.end - s0 }, makeSentence(s0, sentence, sentence.toLowerCase(), undefined, false), undefined, senses);
}
