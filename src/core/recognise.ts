/**
 * Recognition by meaning: maps a heading's text to the step and topic ids whose schema aliases it
 * matches (exactly, as part of a compound heading, or as the short form of a topic of the enclosing
 * step). A near miss is never a silent match: it comes back as a suggestion.
 */
import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { CJK_CONNECTORS, CJK_SCRIPTS, compactKey, hasCjk, hasHangul, hasKana, isConnector, meaningfulWords, normalizeHeading } from './normalize.js';
import { BUILTIN_CONTENT } from './builtin.js';
import type { RuleBook, SectionDef, Words } from './rulebook.js';
import { Memo } from './memo.js';

interface Alias {
  def: SectionDef;
  text: string;
  norm: string;
  compact: string;
  cjk: boolean;
  /** How much of a heading's meaning the alias carries, in compound()'s units. */
  units: number;
  /** An acronym ("ETL", "KPI"): matched inside longer headings although it is short. */
  acronym: boolean;
}

export interface Recognition {
  ids: string[];
  /** `modified`: a step's name after a step modifier ("Batch inference"): the step, and a choice within it. */
  how?: 'exact' | 'compound' | 'modified' | 'short';
  /** A near miss: the id and the canonical alias it resembles. */
  suggestion?: { id: string; alias: string };
}

export interface RecogniseOptions {
  /** The step whose section encloses the heading: allows short forms ("Offline" under Evaluation). */
  contextStep?: string;
  /** Real headings may produce did-you-mean suggestions; pseudo-headings never do. */
  suggest?: boolean;
  /**
   * The heading sits inside the context step's section (deeper than its heading): a generic title
   * ("Features", "Data", 데이터) then means that step's topic before anything else it could mean.
   */
  nested?: boolean;
  /**
   * A heading's title, which may be "Name: subtitle" ("Evaluation deep dive: NDCG and calibration"). Not a
   * line of text: "Offline metrics: recall@k" says something about its topic, it is no bare label.
   */
  titled?: boolean;
}

export class Recogniser {
  private readonly aliases: Alias[] = [];
  private readonly exact = new Map<string, SectionDef>();
  /** Exact aliases of each step's topics, by step id: what a generic title means inside that step. */
  private readonly exactInStep = new Map<string, Map<string, SectionDef>>();
  private readonly memo = new Memo<Recognition>(8192, 4096);
  /**
   * Where compound() looks, so a heading is not tried against every alias: the aliases (by their place
   * in `aliases`) a Latin heading word starts, and those a pair of a heading's CJK characters starts.
   */
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly byFirstPair = new Map<string, number[]>();
  /** The Latin and Hangul words of the rule book's titles, aliases, cues and applicability words: words a writer meant. */
  private knownWords?: Set<string>;

  constructor(readonly book: RuleBook) {
    for (const def of [...book.steps, ...book.topics]) {
      const texts = new Set<string>([def.title.en, def.title.ko]);
      for (const list of Object.values(def.aliases)) for (const t of list ?? []) texts.add(t);
      for (const list of Object.values(def.openingAliases ?? {})) for (const t of list ?? []) texts.add(t);
      for (const text of texts) {
        const norm = normalizeHeading(text);
        const compact = norm.replace(/\s+/g, '');
        if (!compact) continue;
        const cjk = hasCjk(text);
        const units = cjk ? cjkUnits(compact) + latinWords(norm) : meaningfulWords(norm).length;
        this.aliases.push({ def, text, norm, compact, cjk, units, acronym: /^[A-Z][A-Z0-9/&]{1,4}s?$/.test(text.trim()) });
        if (!this.exact.has(compact)) this.exact.set(compact, def);
        if (def.kind === 'topic' && def.step) this.addInStep(def, compact);
      }
    }
    // Generic titles that mean a topic only inside its step: never matched anywhere else.
    for (const def of book.topics) {
      if (!def.nestedAliases || !def.step) continue;
      for (const list of Object.values(def.nestedAliases)) for (const t of list ?? []) this.addInStep(def, compactKey(t));
    }
    // Longest aliases first, so compound matching takes the most specific phrase.
    this.aliases.sort((a, b) => b.compact.length - a.compact.length);
    this.aliases.forEach((a, i) => {
      const [index, key] = a.cjk ? [this.byFirstPair, a.compact.slice(0, 2)] : [this.byFirstWord, a.norm.split(LATIN_WORD_SPLIT)[0]!];
      if (a.compact.length < (a.cjk ? 2 : 4) && !a.acronym) return;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    });
  }

  /**
   * Whether `raw` names topic `def` by one of its titles that is not an opening alias ("Latency budget",
   * not "Performance"; x-mlsd `openingAliases`): such a heading means the topic wherever it stands.
   */
  namesBeyondOpening(raw: string, def: SectionDef): boolean {
    const opening = openingKeys(def);
    const norm = normalizeHeading(raw);
    const compact = norm.replace(/\s+/g, '');
    const padded = ` ${norm} `;
    return this.aliases.some((a) => a.def === def && !opening.has(a.compact) && (a.cjk ? compact.includes(a.compact) : latinWordAt(padded, a.norm) >= 0));
  }

  private known(): Set<string> {
    if (this.knownWords) return this.knownWords;
    const known = new Set<string>();
    for (const def of [...this.book.steps, ...this.book.topics]) {
      for (const words of [def.aliases, def.nestedAliases, def.openingAliases, def.cues, def.appliesWhen]) {
        for (const list of Object.values(words ?? {})) for (const t of list ?? []) for (const w of normalizeHeading(t).split(' ')) if (w && (!hasCjk(w) || hasHangul(w))) known.add(w);
      }
      for (const t of [def.title.en, def.title.ko]) for (const w of normalizeHeading(t).split(' ')) if (w) known.add(w);
    }
    return (this.knownWords = known);
  }

  /** Records `compact` as an exact title of `def` inside its step (the first topic to claim it keeps it). */
  private addInStep(def: SectionDef, compact: string): void {
    if (!compact) return;
    let inStep = this.exactInStep.get(def.step);
    if (!inStep) this.exactInStep.set(def.step, (inStep = new Map()));
    if (!inStep.has(compact)) inStep.set(compact, def);
  }

  /** Memoised: a doc's headings repeat from lint to lint in the editor. The result is shared: callers must not mutate it. */
  recognise(raw: string, opts: RecogniseOptions = {}): Recognition {
    const key = `${opts.suggest ? 's' : ''}${opts.nested ? 'n' : ''}${opts.titled ? 't' : ''}\u0001${opts.contextStep ?? ''}\u0000${raw}`;
    // Frozen: a caller that changed a shared answer would change what every later doc gets.
    return this.memo.get(key, () => deepFreeze(this.match(raw, opts)));
  }

  private match(raw: string, opts: RecogniseOptions): Recognition {
    const norm = normalizeHeading(raw);
    const compact = norm.replace(/\s+/g, '');
    if (!compact) return { ids: [] };
    if (opts.nested && opts.contextStep) {
      const own = this.exactInStep.get(opts.contextStep)?.get(compact);
      if (own) return { ids: [own.id], how: 'exact' };
    }
    const hit = this.exact.get(compact);
    if (hit) return { ids: [hit.id], how: 'exact' };

    // "Evaluation/Monitoring", "평가/모니터링": a slash between two names joins them as "and" does
    // (normalisation made it a space, which reads the first name as a modifier of the second).
    const joined = slashJoined(raw);
    if (joined !== undefined) {
      const jnorm = normalizeHeading(joined);
      const { ids } = this.compound(jnorm, jnorm.replace(/\s+/g, ''));
      if (ids.length > 0) return { ids, how: 'compound' };
    }
    const compound = this.compound(norm, compact);
    if (compound.ids.length > 0) return { ids: compound.ids, how: compound.modified ? 'modified' : 'compound' };

    if (opts.contextStep && opts.nested) {
      const short = this.shortForm(compact, opts.contextStep);
      if (short) return { ids: [short], how: 'short' };
    }

    // "Name: subtitle" ("Evaluation deep dive: NDCG and calibration", "서빙: 온라인 경로"): the name says which
    // section it is; the subtitle says what it argues, and names a section only when it is a name and no more
    // ("Component deep dive: The feature store", not "개발 계획: 실시간 추천 시스템").
    const titled = opts.titled ? titledParts(raw) : undefined;
    if (titled) {
      const [name, subtitle] = titled;
      const byName = isTitle(name, 4) ? this.match(name, { ...opts, suggest: false }) : undefined;
      if (byName && byName.ids.length > 0) return byName;
      const bySubtitle = isTitle(subtitle, 6) ? this.match(subtitle, { ...opts, suggest: false }) : undefined;
      if (bySubtitle && bySubtitle.ids.length > 0 && bySubtitle.how === 'exact') return bySubtitle;
    }

    // A heading in two languages or with a gloss ("Features（特征体系）", "평가 (Evaluation)",
    // "Clarifying Requirements 要件の明確化") is recognised from either half.
    for (const half of halves(raw)) {
      const r = this.match(half, { ...opts, suggest: false });
      if (r.ids.length > 0) return r;
    }

    if (opts.suggest) {
      const near = this.nearMiss(compact, norm);
      if (near) return { ids: [], suggestion: near };
    }
    return { ids: [] };
  }

  /**
   * Aliases inside a longer heading ("Deployment and monitoring", "Offline metrics (ranking)").
   * The matched phrases must carry more than half of the heading's meaning, measured in units: a
   * Latin word is one unit, a CJK character half a unit (a Korean word is two or three syllables).
   * `modified`: the match took a part modifier ("batch", not a task word) to reach its share of the heading.
   */
  private compound(norm: string, compact: string): { ids: string[]; modified: boolean } {
    const padded = ` ${norm} `;
    // Chinese coordinators between two names ("监控与告警") carry no meaning of their own.
    const joiners = (compact.match(CJK_CONNECTORS) ?? []).length / 2;
    const total = latinWords(norm) + cjkUnits(compact) - headUnits(norm, compact) - joiners;
    const taken: Array<[number, number]> = [];
    const ids: string[] = [];
    let covered = 0;
    // A step's one-word name that is the heading's head after a step modifier ("Offline training", "Online
    // serving", 离线训练; content.json stepModifiers): the modifier says which part of the step, and the
    // heading is nothing else ("Business model" is not model development). The modifier's units, if so.
    let modifierUnits = 0;
    let partModifier = false;
    // The aliases that may occur in the heading, in the order of `aliases` (longest first).
    const places = new Set<number>();
    for (const w of norm.split(LATIN_WORD_SPLIT)) for (const i of this.byFirstWord.get(w) ?? []) places.add(i);
    for (let k = 0; k + 1 < compact.length; k++) for (const i of this.byFirstPair.get(compact.slice(k, k + 2)) ?? []) places.add(i);
    for (const i of [...places].sort((x, y) => x - y)) {
      const a = this.aliases[i]!;
      let span: [number, number];
      if (a.cjk) {
        if (a.compact.length < 2) continue;
        const at = compact.indexOf(a.compact);
        if (at < 0) continue;
        if (a.def.kind === 'step' && a.units <= 1 && hasHeadAfter(compact.slice(at + a.compact.length)) && !this.namesSameStep(a.def, compact.slice(at + a.compact.length))) continue;
        span = [at, at + a.compact.length];
      } else {
        if (a.compact.length < 4 && !a.acronym) continue;
        const at = latinWordAt(padded, a.norm);
        if (at < 0) continue;
        // A one-word step name before the heading's head noun modifies it ("Model input and output",
        // "Data drift"): it is not the step.
        if (a.def.kind === 'step' && a.units <= 1 && hasHeadAfter(padded.slice(at + a.norm.length)) && !this.namesSameStep(a.def, padded.slice(at + a.norm.length))) continue;
        // Latin spans live in the padded string; keep them apart from CJK spans by offsetting.
        span = [1e6 + at, 1e6 + at + a.norm.length];
      }
      if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
      taken.push(span);
      if (a.def.kind === 'step') {
        // What stands before the step's name, if it only says which part or whose step it is.
        const before = a.cjk ? compact.slice(0, span[0]) : padded.slice(0, span[0] - 1e6);
        const mod = stepModifier(before);
        if (mod) [modifierUnits, partModifier] = [a.cjk ? cjkUnits(before) : latinWords(before.trim()), mod === 'part'];
      }
      covered += a.units;
      if (!ids.includes(a.def.id)) ids.push(a.def.id);
    }
    const plain = covered / total > 0.5;
    const ok = ids.length > 0 && total > 0 && (plain || (modifierUnits > 0 && ids.length === 1 && covered + modifierUnits >= total));
    return ok ? { ids, modified: !plain && partModifier } : { ids: [], modified: false };
  }

  /**
   * Whether what follows a one-word step name starts with another name of the same step ("Metrics
   * evaluation", "지표 평가", "Serving deployment"): two names of one step, not a modifier and its head.
   */
  private namesSameStep(def: SectionDef, rest: string): boolean {
    const t = rest.trim();
    if (!t) return false;
    const compactRest = t.replace(/\s+/g, '');
    const padded = ` ${t} `;
    return this.aliases.some((b) => b.def === def && (b.cjk ? compactRest.startsWith(b.compact) : latinWordAt(padded, b.norm) === 1));
  }

  /** "Offline" under Evaluation: the unique topic of the enclosing step whose alias starts with the text. */
  private shortForm(compact: string, step: string): string | undefined {
    if (compact.length < (hasHangul(compact) ? 2 : 4)) return undefined;
    const found = new Set<string>();
    for (const a of this.aliases) {
      if (a.def.kind === 'topic' && a.def.step === step && a.compact.startsWith(compact)) found.add(a.def.id);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  private nearMiss(compact: string, norm: string): Recognition['suggestion'] {
    if (compact.length < 4) return undefined;
    const cjk = hasCjk(compact);
    // A slip of the keys makes a word that is no word. One Han character apart is another word ("模块设计",
    // module design, is no misspelt "模型设计"); a heading whose every word is a word of the domain
    // ("Classification", "평가 목표") is that word, not a misspelt name ("Clarification", "평가 지표").
    if (cjk && HAN.test(compact) && !hasHangul(compact)) return undefined;
    if ((!cjk || hasHangul(compact)) && meaningfulWords(norm).every((w) => this.known().has(w))) return undefined;
    const allowed = cjk ? 1 : compact.length >= 8 ? 2 : 1;
    let best: Alias | undefined;
    let bestD = Infinity;
    const form = cjk ? undefined : formOf(compact);
    const padded = ` ${norm} `;
    for (const a of this.aliases) {
      if (Math.abs(a.compact.length - compact.length) > allowed) continue;
      // Another form of the same words ("feature" for "Features") is no slip of the keys; nor is the name
      // whole with a word added ("ML Models" is "Models" and more).
      if (form !== undefined && !hasCjk(a.compact) && formOf(a.compact) === form) continue;
      if (!a.cjk && latinWordAt(padded, a.norm) >= 0) continue;
      const d = distance(a.compact, compact);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    if (!best || bestD === 0 || bestD > allowed) return undefined;
    return { id: best.def.id, alias: best.text };
  }
}

const forms = new Map<string, string>();
/** A compact Latin heading key's Porter stem (remembered: the aliases recur in every doc). */
function formOf(compact: string): string {
  let f = forms.get(compact);
  if (f === undefined) {
    if (forms.size > 20_000) forms.clear();
    forms.set(compact, (f = stemmer(compact)));
  }
  return f;
}

/** What ends a Latin word in a heading: a space, or Hangul, Han or kana ("Offline metrics와 선택 이유"). */
const LATIN_WORD_SPLIT = new RegExp(`[\\s${CJK_SCRIPTS}]+`, 'u');
const CJK_CHAR = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
const HAN = /\p{Script=Han}/u;

const openingOf = new WeakMap<SectionDef, ReadonlySet<string>>();
/** A topic's opening aliases (x-mlsd `openingAliases`) as compact keys, made once per topic. */
function openingKeys(def: SectionDef): ReadonlySet<string> {
  let keys = openingOf.get(def);
  if (!keys) {
    const made = new Set<string>();
    for (const list of Object.values(def.openingAliases ?? {})) for (const t of list ?? []) made.add(compactKey(t));
    openingOf.set(def, (keys = made));
  }
  return keys;
}

/**
 * Where the Latin words `words` stand whole in ` ${heading} `: after a space or a CJK character and
 * before one (Korean particles attach to English words: "metrics와"); -1 if nowhere.
 */
function latinWordAt(padded: string, words: string): number {
  const ends = (c: string | undefined) => c === ' ' || (c !== undefined && CJK_CHAR.test(c));
  for (let at = padded.indexOf(words); at >= 0; at = padded.indexOf(words, at + 1)) {
    if (ends(padded[at - 1]) && ends(padded[at + words.length])) return at;
  }
  return -1;
}

/** A CJK character is half a unit of meaning (a Korean word is two or three syllables). */
function cjkUnits(compact: string): number {
  let n = 0;
  for (const c of compact) if (hasCjk(c)) n++;
  return n / 2;
}

/** A Latin word is one unit. */
function latinWords(norm: string): number {
  return meaningfulWords(norm).filter((w) => !hasCjk(w)).length;
}

/** A content.json word list, normalised: Latin words and phrases as they are, CJK ones without spaces. */
const wordSets = (lists: Words): { latin: Set<string>; cjk: Set<string> } => {
  const all = Object.values(lists).flat().map((h) => normalizeHeading(h));
  return { latin: new Set(all.filter((m) => !hasCjk(m))), cjk: new Set(all.filter((m) => hasCjk(m)).map((m) => m.replace(/\s+/g, ''))) };
};
const HEADS = wordSets(BUILTIN_CONTENT.genericHeads);
const LATIN_HEADS = HEADS.latin;
const CJK_HEADS = [...HEADS.cjk];
const PART = wordSets(BUILTIN_CONTENT.stepModifiers);
const TASK = wordSets(BUILTIN_CONTENT.taskWords);

/**
 * What the words before a step's name say: which part of the step it is ('part': "online", "batch", 离线;
 * content.json stepModifiers), or whose step it is ('task': "recommendation", 추천; taskWords, which may
 * carry a generic head of their own: "recommendation system", 추천시스템). Undefined when they say anything else.
 */
function stepModifier(before: string): 'part' | 'task' | undefined {
  const t = before.trim();
  if (!t) return undefined;
  const kindOf = (w: string): 'part' | 'task' | undefined => (PART.latin.has(w) || PART.cjk.has(w) ? 'part' : TASK.latin.has(w) || TASK.cjk.has(w) ? 'task' : undefined);
  if (hasCjk(t) && !/\s/.test(t)) {
    const head = CJK_HEADS.find((h) => t.endsWith(h) && t.length > h.length);
    return kindOf(t) ?? (head ? kindOf(t.slice(0, -head.length)) : undefined);
  }
  const words = meaningfulWords(t);
  const whole = kindOf(words.join(' '));
  if (whole) return whole;
  const kinds = words.filter((w) => !LATIN_HEADS.has(w)).map(kindOf);
  if (kinds.length === 0 || kinds.some((k) => k === undefined)) return undefined;
  return kinds.includes('part') ? 'part' : 'task';
}

/**
 * The units of a heading's generic head nouns ("system", "pattern", 설계): they add nothing to what the
 * heading is about, so an alias need not cover them. A heading that is nothing but heads keeps them all.
 */
function headUnits(norm: string, compact: string): number {
  let n = meaningfulWords(norm).filter((w) => LATIN_HEADS.has(w)).length;
  for (const h of CJK_HEADS) if (compact.endsWith(h) && compact.length > h.length) n += cjkUnits(h);
  const total = latinWords(norm) + cjkUnits(compact);
  return n >= total ? 0 : n;
}

/** Whether what follows a word in a heading holds a head noun of its own (a word that is no connector or generic head). */
function hasHeadAfter(rest: string): boolean {
  const t = rest.trim();
  // "Deployment and monitoring", "배포 및 모니터링": a coordination, not a modifier.
  // The next word, or for unspaced Korean and Chinese the next character ("및모니터링" after "배포").
  if (!t || isConnector(t.split(/\s+/)[0]!) || (hasCjk(t[0]!) && isConnector(t[0]!))) return false;
  if (hasCjk(t) && !/\s/.test(t)) return !CJK_HEADS.includes(t);
  return meaningfulWords(t).some((w) => !LATIN_HEADS.has(w) && !CJK_HEADS.includes(w));
}

/**
 * A heading with a slash between two names written as "and" ("Evaluation/Monitoring" -> "Evaluation &
 * Monitoring", "평가/모니터링" -> "평가 및 모니터링"), when the words on both sides are names: four Latin letters or more, or two CJK
 * characters or more. "A/B testing", "CI/CD" and "I/O" keep their slash. Undefined when there is none.
 */
/** Each language's "and": the first of its connectors (content.json). */
const AND = Object.fromEntries((['en', 'ko', 'zh', 'ja'] as const).map((l) => [l, BUILTIN_CONTENT.connectors[l]?.[0] ?? '&'])) as Record<
  'en' | 'ko' | 'zh' | 'ja',
  string
>;
function slashJoined(raw: string): string | undefined {
  if (!raw.includes('/') && !raw.includes('／')) return undefined;
  let changed = false;
  const out = raw.replace(/([\p{L}\p{N}]+)[^\S\r\n]*[/／][^\S\r\n]*(?=([\p{L}\p{N}]+))/gu, (m, left: string, right: string) => {
    const name = (w: string) => (hasCjk(w) ? w.length >= 2 : w.length >= 4);
    if (!name(left) || !name(right)) return m;
    changed = true;
    // The script's own "and" (content.json connectors), so unspaced CJK reads it as a coordination too.
    return `${left} ${AND[hasHangul(left) ? 'ko' : hasKana(left) ? 'ja' : hasCjk(left) ? 'zh' : 'en']} `;
  });
  return changed ? out : undefined;
}

const BRACKETED = /[(（\[【]([^()（）\[\]【】]+)[)）\]】]/gu;

/**
 * The halves of a heading written in two ways: outside and inside brackets, or its Latin and its CJK
 * words when it has both (and each half has a word of its own).
 */
function halves(raw: string): string[] {
  const out: string[] = [];
  // A title, not a sentence: no sentence punctuation outside brackets, and a few words.
  if (!isTitle(raw, 6)) return out;
  const inside: string[] = [];
  const outside = raw.replace(BRACKETED, (_, t: string) => {
    inside.push(t);
    return ' ';
  });
  if (inside.length > 0) {
    if (outside.trim()) out.push(outside);
    out.push(...inside.map((t) => t.split(/[:：]/)[0]!));
  }
  const norm = normalizeHeading(raw);
  const words = norm.split(' ');
  const latin = words.filter((w) => w && !hasCjk(w)).join(' ');
  const cjk = words.filter((w) => hasCjk(w) && !/[a-z]/.test(w)).join(' ');
  if (latin && cjk && /[a-z]{2}/.test(latin)) out.push(latin, cjk);
  return out.filter((h) => h.trim() && normalizeHeading(h) !== norm);
}

/** A name, then a colon (a Latin one before a space, or a full-width one), then a subtitle; undefined if not so. */
function titledParts(raw: string): [string, string] | undefined {
  const colon = /[:：]/u.exec(raw);
  if (!colon || (colon[0] === ':' && !/\s/u.test(raw[colon.index + 1] ?? ''))) return undefined;
  const name = raw.slice(0, colon.index).trim();
  const subtitle = raw.slice(colon.index + 1).trim();
  return name && subtitle ? [name, subtitle] : undefined;
}

/** A title, not a sentence: no sentence punctuation outside brackets, and at most `words` words. */
function isTitle(text: string, words: number): boolean {
  // A section number ("4.", "2.1") is no sentence's full stop.
  const bare = text.replace(BRACKETED, ' ').replace(/^\s*\d+(?:\.\d+)*[.)]?\s+/u, '');
  return !/[,，、.。;；!?！？]/u.test(bare) && bare.trim().split(/\s+/).length <= words;
}

function deepFreeze(r: Recognition): Recognition {
  Object.freeze(r.ids);
  if (r.suggestion) Object.freeze(r.suggestion);
  return Object.freeze(r);
}
