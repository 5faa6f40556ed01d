/**
 * Judging substance: whether a section says something, or only holds template placeholders,
 * fill-in blanks, prompts, "TBD" and "see above".
 */
import { BUILTIN_CONTENT } from './builtin.js';
import { Memo } from './memo.js';
import { LATIN_WORD_GOES_ON, hasHangul } from './normalize.js';
import { escapeRegExp, execAll } from './search.js';

/**
 * A line that is a template placeholder the writer still has to replace ("TBD입니다" too: see LATIN_WORD_GOES_ON);
 * a TODO that names a to-do list ("TODO List", "TODO 목록") is none.
 * Its leading space stays on its line: `^\s*` ran from every line start across all the blank lines after it
 * (quadratic in a run of blank lines).
 */
/** What follows a TODO that names a to-do list ("TODO List - improvements"; content.json todoListWords). */
const TODO_LIST = Object.values(BUILTIN_CONTENT.todoListWords)
  .flat()
  .map(escapeRegExp)
  .join('|');
export const PLACEHOLDER_LINE = new RegExp(
  String.raw`^[^\S\r\n\u2028\u2029]*(?:[-*+>]\s*)?(?:\*\*|__|_|\*)?(?:(?:TODO|TBD|FIXME)(?!${LATIN_WORD_GOES_ON})(?![^\S\r\n]?(?:${TODO_LIST})(?![\p{L}\p{N}]))|(?:작성\s*필요|작성\s*예정|미작성)(?![\p{L}\p{N}]))[^\r\n]*$`,
  'imu',
);
/**
 * Inline blanks: "____", "{{metric}}", "[TODO]", "<describe the metric>" (words in angle brackets that are no HTML tag;
 * a pair such as "<사용자, 이벤트>" is notation for a tuple, not a prompt).
 * A blank's inside stops at the next opening brace or bracket, so each of 100k `{` does not scan to the line's end.
 */
export const PLACEHOLDER_INLINE = /<\p{L}[\p{L}\p{N}_-]*(?:[ \t]+[\p{L}\p{N}_-]+)+[ \t]*>|<[\uAC00-\uD7AF][^<>,，\n]{0,60}>|_{3,}|\{\{[^{}\n]*\}\}|\[(?:TODO|TBD|insert|add|describe|fill in|your|작성|입력|여기에)[^[\]\n]*\]|\?{3,}/iu;

const NON_ANSWERS = [
  /^(?:n\/?a|none|nothing|skip(?:ped)?|tbd|todo|wip|see above|see below|same as above|as above|later|etc|x{2,}|e\.?g|example|-+|\.+|…+|\?+)$/i,
  /^(?:해당\s*없음|없음|생략|위\s*참고|아래\s*참고|추후\s*작성|나중에|기타|등등?|예시)$/u,
];

/** A stub: a short label with nothing after its colon ("Metric:", "- 이유: ..."). */
const STUB_LABEL = /^[^:：]{1,40}[:：]\s*(?:\.{2,}|…|-+|_+|\?+)?$/u;
/** A line that talks to the writer, not the reader ("Hint: ...", "작성 가이드: ..."). */
const WRITER_NOTE = /^(?:hint|tip|guidance|instructions?|prompt|작성\s*가이드|가이드|힌트|작성\s*요령|안내)\s*[:：]/iu;

export interface SubstanceOptions {
  /** Questions count as substance (the clarifying questions of a requirements section). */
  questionsCount?: boolean;
  /** The schema's hints for the section: a template's hint left as text is not substance. */
  hints?: readonly string[];
  /**
   * Whether a short line only names a step or topic ("- Monitoring", "- A/B testing"): an outline of
   * what to write, not what was written.
   */
  isLabel?: (line: string) => boolean;
}

/**
 * Blanks to fill in. A sentence with two or more is a frame ("Given ____, predict ____") and says nothing
 * yet; with one, the rest of it may ("recall@k at ____ candidates").
 */
const BLANKS = /_{3,}|\{\{[^{}\n]*\}\}/gu; // stops at the next `{`, as PLACEHOLDER_INLINE does
function isFrame(unit: string): boolean {
  if (!unit.includes('___') && !unit.includes('{{')) return false;
  let n = 0;
  for (const _ of execAll(BLANKS, unit)) if (++n >= 2) return true;
  return false;
}
/** A whole line in square brackets that is no link or checkbox: a prompt to the writer ("[Describe the data]"). */
const BRACKET_PROMPT = /^\[[^\[\]\n]{3,}\]$/u;
/**
 * A label without its parenthesised remark ("Scaling (SW and ML systems)" is "Scaling"). A loop, not the
 * pattern `\s*[(（][^()（）\n]*[)）]\s*$`, which tried every space of a long run against the remark
 * (quadratic: `Offline metrics are x` + 100k spaces + `y` took 15 s).
 */
function withoutTrailingRemark(s: string): string {
  const t = s.trimEnd();
  const close = t[t.length - 1];
  if (close !== ')' && close !== '）') return s;
  const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
  if (open < 0 || /[()（）\n]/.test(t.slice(open + 1, -1))) return s;
  return t.slice(0, open);
}

const plainSeen = new Memo<string>(2048, 512);
/** Lowercase NFKC text with punctuation and symbols as single spaces (remembered: hints recur on every lint). */
function plain(s: string): string {
  return plainSeen.get(s, (t) =>
    t
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\p{P}\p{S}\s]+/gu, ' ')
      .trim(),
  );
}

/** Sentence-ish units of a text (lines, then sentence ends), trimmed, in order; lazily. */
function* units(text: string): Generator<string> {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const u of line.split(/(?<=[.!?。？！])\s+/)) {
      const t = u.trim();
      if (t) yield t;
    }
  }
}

function wordCount(s: string): number {
  let n = 0;
  for (const token of s.split(/[\s\p{P}\p{S}]+/u)) {
    if (!token || !/\p{L}/u.test(token)) continue;
    // Chinese and Japanese write words without spaces: two Han or kana characters make about a word.
    const cjk = token.match(/[\u3040-\u30FF\u3400-\u9FFF]/g);
    n += cjk && cjk.length >= 2 ? Math.ceil(cjk.length / 2) : 1;
  }
  return n;
}

const INLINE_ALL = new RegExp(PLACEHOLDER_INLINE.source, 'giu');
/**
 * A template's instruction to the writer: a sentence that opens with an imperative addressed to them
 * ("Describe the sources of data.", 请描述) or ends with one ("...출처를 작성하세요", "...記述してください")
 * (content.json promptOpeners, promptEndings). A prompt, not content.
 */
const PROMPT_OPENER = new RegExp(
  `^(?:${Object.values(BUILTIN_CONTENT.promptOpeners).flat().map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const PROMPT_ENDING = new RegExp(`(?:${Object.values(BUILTIN_CONTENT.promptEndings).flat().map(escapeRegExp).join('|')})$`, 'u');
function isWriterPrompt(unit: string): boolean {
  return PROMPT_OPENER.test(unit) || PROMPT_ENDING.test(unit);
}
const SLOT_WORDS = new Set(Object.values(BUILTIN_CONTENT.slotWords).flat().map((w) => w.toLowerCase()));

/**
 * Whether an inline match is a blank. Words in angle brackets are one when they name a slot (content.json
 * `slotWords`: "<your name>", "<describe the metric>") or are written in capitals ("<PROJECT NAME>"); a
 * phrase without either is a value filled into a template that kept its brackets
 * ("<Churn Prediction for Subscriptions>"). Korean words in brackets and the other blanks always are.
 */
function isBlank(match: string): boolean {
  if (match[0] !== '<' || hasHangul(match[1] ?? '')) return true;
  const inside = match.slice(1, -1);
  if (!/\p{Ll}/u.test(inside)) return true;
  return inside.toLowerCase().split(/[\s_-]+/).some((w) => SLOT_WORDS.has(w));
}

/** What is dropped from the end of a unit before it is judged: spaces and closing punctuation. */
const TRAILING = /[\s.!:：\-–—]/u;

/**
 * `s` without the characters at its end that `drop` matches (one character each). The pattern
 * `/[\s.!…]+$/` did this, but it tried every space of a long inner run against the end (quadratic).
 */
function trimEnd(s: string, drop: RegExp): string {
  let end = s.length;
  while (end > 0 && drop.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * A unit wrapped whole in brackets, "(   to be decided  )", is its inside, trimmed. (The pattern
 * `^[(（[]\s*(.*?)\s*[)）\]]$` did the same in cubic time on a long run of spaces.)
 */
function unwrap(s: string): string {
  if (s.length < 2 || !'(（['.includes(s[0]!) || !')）]'.includes(s[s.length - 1]!)) return s;
  const inside = s.slice(1, -1);
  return /[\r\u2028\u2029]/.test(inside) ? s : inside.trim();
}

/** The units that say something: placeholders, blanks, non-answers and (usually) questions taken out. */
function* substantiveUnits(text: string, opts: SubstanceOptions): Generator<string> {
  let hints: string[] | undefined;
  for (const u of units(text)) {
    if (PLACEHOLDER_LINE.test(u) || isFrame(u)) continue;
    const cleaned = u.replace(INLINE_ALL, (m) => (isBlank(m) ? ' ' : m)).trim();
    if (!cleaned) continue;
    const bare = trimEnd(unwrap(cleaned.replace(/^[-*+>\s]+/, '').replace(/^\[[ xX]?\]\s*/, '')), TRAILING).trim();
    if (!bare || NON_ANSWERS.some((re) => re.test(bare))) continue;
    if (BRACKET_PROMPT.test(cleaned.replace(/^[-*+>\s]+/, ''))) continue;
    if (opts.isLabel && wordCount(bare) <= 6) {
      const label = withoutTrailingRemark(bare).trim();
      if (label && opts.isLabel(label)) continue;
    }
    if (STUB_LABEL.test(cleaned.replace(/^[-*+>\s]+/, '')) || WRITER_NOTE.test(bare) || isWriterPrompt(bare)) continue;
    if (opts.hints?.length) {
      hints ??= opts.hints.map(plain).filter(Boolean);
      const p = plain(bare);
      if (p.length >= 8 && hints.some((h) => h.includes(p))) continue;
    }
    if (!opts.questionsCount && /[?？]\s*$/.test(cleaned)) continue;
    yield cleaned;
  }
}

/**
 * Whether a section says something: two words of substance. It stops at the second word, so a long
 * section costs no more than its first lines.
 */
export function hasSubstance(text: string, opts: SubstanceOptions = {}): boolean {
  let words = 0;
  for (const u of substantiveUnits(text, opts)) {
    words += wordCount(u);
    if (words >= 2) return true;
  }
  return false;
}

const LINE_ALL = new RegExp(PLACEHOLDER_LINE.source, 'gimu');
/** What every placeholder contains (a cheap test that rules out most text before the real patterns run). */
const PLACEHOLDER_HINT = /todo|tbd|fixme|작성|_{3}|\{\{|\[|\?{3}|</i;

/** Whether one line is a placeholder line ("TODO: ...", "작성 필요"); the cheap hint rules most lines out first. */
export function isPlaceholderLine(line: string): boolean {
  return PLACEHOLDER_HINT.test(line) && PLACEHOLDER_LINE.test(line);
}

/** Placeholders in a text: offsets relative to the text, for reporting. */
export function findPlaceholders(text: string): Array<{ index: number; length: number; match: string }> {
  const out: Array<{ index: number; length: number; match: string }> = [];
  if (!PLACEHOLDER_HINT.test(text)) return out;
  for (const m of execAll(LINE_ALL, text)) {
    // The match may start with spaces: point at the placeholder itself.
    const lead = m[0].length - m[0].trimStart().length;
    const match = m[0].trim();
    out.push({ index: m.index! + lead, length: match.length, match });
  }
  for (const m of execAll(INLINE_ALL, text)) {
    if (!isBlank(m[0])) continue;
    if (!out.some((o) => m.index! >= o.index && m.index! < o.index + o.length)) {
      out.push({ index: m.index!, length: m[0].length, match: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "N/A: server-side only ..." — a section that says, with a reason, that its topic does not apply. */
const NOT_APPLICABLE = /^(?:[-*+>]\s*)?(?:\*\*|__)?(?:n\/a|not applicable|does not apply|해당\s*없음|해당\s*사항\s*없음|적용\s*안\s*함|불필요)(?:\*\*|__)?\s*(?:[:：\-–—(,.]|because|since)/iu;
export function isNotApplicable(text: string): boolean {
  const first = text.split(/\n+/).map((l) => l.trim()).find(Boolean) ?? '';
  return NOT_APPLICABLE.test(first) && hasSubstance(text);
}
