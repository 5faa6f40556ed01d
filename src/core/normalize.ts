/**
 * Heading normalisation: what makes "## 5. 📊 <font color=red>Evaluation</font>", "Step 5: evaluation" and
 * "평가" comparable with the aliases a schema declares.
 */
// Only the dictionaries of Traditional -> Simplified (opencc-js's t2s preset), not the whole t2cn bundle:
// the same conversion, a sixth of the size in the browser bundle.
import { ConverterBuilder } from 'opencc-js/core';
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import { Memo } from './memo.js';
import { BUILTIN_CONTENT } from './builtin.js';

/** A tag ends at its `>`, and no tag holds a `<`: without that stop, each `<a` of `<a<a<a…` scanned to the end (quadratic). */
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu;
/** Leading numbering: "1.", "1)", "(2)", "2.1", "0.", "Step 3:", "3단계:", "제3단계", "III.", "XI.", "A)". */
const NUMBERING = new RegExp(
  [
    '^(?:step|stage|part|phase|chapter|ch)\\s*\\d+[a-z]?(?:\\.\\d+)*\\s*[:.)\\-–—]?\\s*',
    '^제?\\s*\\d+\\s*(?:단계|장|절)\\s*[:.)\\-–—]?\\s*',
    '^[([]?\\d+(?:\\.\\d+)*[a-z]?[.)\\]:]?(?=\\s|$|[^\\d.])\\s*',
    '^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})[.)]\\s+',
    '^[a-h][.)]\\s+',
  ].join('|'),
  'iu',
);
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/** Regex source (inside a /u character class) of the scripts written without spaces between words. */
export const CJK_SCRIPTS = String.raw`\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;

/**
 * Regex source (for /u patterns) of a character that carries a Latin word on: a letter or digit, but not
 * Hangul, Han or kana, because Korean (and Japanese) prose attaches its particles and endings straight
 * to an English term ("canary로", "TBD입니다"), and the term is still a word of its own.
 */
export const LATIN_WORD_GOES_ON = String.raw`(?:(?![${CJK_SCRIPTS}])[\p{L}\p{N}])`;
const HAN = /[\u3400-\u9FFF]/;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF]/;

const normalized = new Memo<string>(4096, 512);

/**
 * Lowercase, NFKC, no HTML, emoji, markup or numbering; `&`/`+` become "and"; punctuation becomes space.
 * Remembered: the editor normalises the same headings on every lint.
 */
export function normalizeHeading(raw: string): string {
  return normalized.get(raw, normalizeOnce);
}

/** Traditional Chinese to Simplified (OpenCC's tables): the schemas write Chinese in Simplified. */
const toSimplified = ConverterBuilder({
  from: {},
  to: { cn: [[TS_PHRASES, TS_CHARACTERS]] },
  configs: { t2s: { normalizationChain: [[CJK_COMPATIBILITY]], conversionChain: [[TS_PHRASES, TS_CHARACTERS]] } as never },
})({ from: 't', to: 'cn' });

/** Text with Traditional Chinese characters folded to Simplified; other text as it is. */
export function foldChinese(s: string): string {
  return HAN.test(s) ? toSimplified(s) : s;
}

function normalizeOnce(raw: string): string {
  let s = foldChinese(raw.normalize('NFKC')).replace(HTML_TAG, ' ').replace(EMOJI, ' ');
  s = s.replace(/[*_`~]+/g, ' ').trim().toLowerCase();
  // Strip numbering repeatedly ("1. Step 1: ...").
  for (let i = 0; i < 3; i++) {
    const next = s.replace(NUMBERING, '').trim();
    if (next === s) break;
    s = next;
  }
  s = s
    // The spaces around are collapsed below: `\s*&\s*` tried every space of a long run against the `&` (quadratic).
    .replace(/[&+＆]/g, ' and ')
    .replace(/\bvs\.?(?=\s|$)/g, 'vs')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s;
}

/** The comparison key: normalised, with all spaces removed (요구 사항 = 요구사항). */
export function compactKey(raw: string): string {
  return normalizeHeading(raw).replace(/\s+/g, '');
}

export function hasHangul(s: string): boolean {
  return HANGUL.test(s);
}

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

export function hasKana(s: string): boolean {
  return KANA.test(s);
}

/** Hangul, Han or kana: a script written without spaces between words. */
export function hasCjk(s: string): boolean {
  return HANGUL.test(s) || HAN.test(s) || KANA.test(s);
}

/** Words of a normalised string, without connectors that carry no meaning in a heading. */
const CONNECTORS = new Set(Object.values(BUILTIN_CONTENT.connectors).flat());

/** Whether a heading word joins or places names and means nothing itself (schemas/content.json `connectors`). */
export function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
}

/** The connectors written as one CJK character ("监控与告警"), found inside unspaced text. */
export const CJK_CONNECTORS = new RegExp(`[${[...CONNECTORS].filter((w) => w.length === 1 && /[\u3040-\u30FF\u3400-\u9FFF]/.test(w)).join('')}]`, 'gu');
export function meaningfulWords(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w && !CONNECTORS.has(w));
}
