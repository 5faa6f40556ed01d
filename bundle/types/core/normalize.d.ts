/** Regex source (inside a /u character class) of the scripts written without spaces between words. */
export declare const CJK_SCRIPTS: string;
/**
 * Regex source (for /u patterns) of a character that carries a Latin word on: a letter or digit, but not
 * Hangul, Han or kana, because Korean (and Japanese) prose attaches its particles and endings straight
 * to an English term ("canary로", "TBD입니다"), and the term is still a word of its own.
 */
export declare const LATIN_WORD_GOES_ON: string;
/**
 * Lowercase, NFKC, no HTML, emoji, markup or numbering; `&`/`+` become "and"; punctuation becomes space.
 * Remembered: the editor normalises the same headings on every lint.
 */
export declare function normalizeHeading(raw: string): string;
/** Text with Traditional Chinese characters folded to Simplified; other text as it is. */
export declare function foldChinese(s: string): string;
/** The comparison key: normalised, with all spaces removed (요구 사항 = 요구사항). */
export declare function compactKey(raw: string): string;
export declare function hasHangul(s: string): boolean;
export declare function hasHan(s: string): boolean;
export declare function hasKana(s: string): boolean;
/** Hangul, Han or kana: a script written without spaces between words. */
export declare function hasCjk(s: string): boolean;
/** Whether a heading word joins or places names and means nothing itself (schemas/content.json `connectors`). */
export declare function isConnector(word: string): boolean;
/** The connectors written as one CJK character ("监控与告警"), found inside unspaced text. */
export declare const CJK_CONNECTORS: RegExp;
export declare function meaningfulWords(normalized: string): string[];
