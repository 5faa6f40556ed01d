/**
 * Chunked parsing: cut a Markdown text where a new top-level block must start, parse the pieces on
 * their own, and shift their positions into one Root that equals the whole-document parse.
 *
 * Where it may cut (a "candidate"): before a line that is an ATX heading at column 0, or before a line
 * that follows a blank line and starts at column 0 with anything but `-`, `*`, `+`, a digit, `>`, `#`,
 * `=` or `_` (a setext heading's text line is one). Such a line closes every list, block quote,
 * paragraph and table before it: after a blank line only an indented line continues a list item, and no
 * paragraph or table goes on. A list marker would continue the list instead (a loose one), a `---` line
 * could look like front matter to a piece that starts with it, and micromark reads `> -` after indented
 * code differently on its own than in the whole doc. Only a few things could swallow such a line:
 * - the YAML front matter (never cut inside it),
 * - a fenced code block or an HTML block opened at top level and still open.
 * A line scanner skips candidates inside those; then, as the safety net, every parsed piece is checked:
 * when its last top-level node is a fence or an HTML block that did not close, the piece is joined with
 * the next one and parsed again. Reference definitions are global in Markdown: when a piece uses a label
 * that another piece defines, it is parsed again with stand-in definitions appended (then dropped).
 * Any doubt falls back to one whole-document parse.
 *
 * A piece without anything the GFM extensions could act on (`|`, `~`, `[^`, a task box) is parsed
 * without them; they are the costliest part of the parse (see gfm.ts for the ones left out).
 */
// Before any parse: micromark's EditMap made linear (long lists and block quotes were quadratic).
import './micromark-fix.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { firstIndex, trimEnd } from './search.js';
import { lineStarts } from './positions.js';
import { GFM_TRIGGER, remarkGfmBlocks } from './gfm.js';
import { detached } from './memo.js';

const withGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmBlocks).freeze();
const noGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();


/**
 * Container markers nested deeper than this on one line are read as text: micromark's time grows with
 * the square of the depth (a 10k-deep `- - - ... x` line takes minutes), and no real doc nests past ten.
 * Each marker beyond the limit is swapped for a look-alike of the same length, so offsets hold.
 */
export const MAX_NESTING = 100;
const DEEP_LINE = new RegExp(`^[ \\t]*(?:(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*){${MAX_NESTING + 1},}`, 'gm');
const LOOK_ALIKE: Record<string, string> = { '>': '\u203a', '-': '\u2010', '*': '\u2217', '+': '\u02d6', '.': '\u2024', ')': '\u2769' };

function defuse(text: string, starts: readonly number[] = lineStarts(text)): string {
  return defuseUnclosedHtml(defuseEmphasis(defuseNesting(text, starts), starts));
}

/**
 * Inline HTML openers that nothing closes later in the doc (`<!--` without a `-->` after it, `<?` without
 * `?>`, `<![CDATA[` without `]]>`) are text, yet micromark looks for the close from each of them to the
 * end of its paragraph or heading: a heading of 7,000 `<!-- ` took 4 s for 70 KB (fuzz doc 53711 of seed
 * 73190417), growing with the square of their count. With more than this many of one kind, their `<` is
 * read as text (a look-alike of the same length, as for deep nesting): the parse is the same but for that
 * character. An opener that starts a line is an HTML block (it runs to the end of the doc, taking every
 * later one with it) and is left alone, as is everything after it.
 */
export const MAX_UNCLOSED_HTML = 200;
const UNCLOSED_HTML: ReadonlyArray<readonly [string, string]> = [
  ['<!--', '-->'],
  ['<?', '?>'],
  ['<![CDATA[', ']]>'],
];

function defuseUnclosedHtml(text: string): string {
  for (const [open, close] of UNCLOSED_HTML) {
    const closedBefore = text.lastIndexOf(close);
    const from = closedBefore < 0 ? 0 : closedBefore + close.length;
    // Cheap first: enough openers after the last close at all.
    let count = 0;
    for (let k = text.indexOf(open, from); k >= 0 && count <= MAX_UNCLOSED_HTML; k = text.indexOf(open, k + 1)) count++;
    if (count <= MAX_UNCLOSED_HTML) continue;
    const at: number[] = [];
    for (let k = text.indexOf(open, from); k >= 0; k = text.indexOf(open, k + open.length)) {
      if (startsLine(text, k)) break;
      at.push(k);
    }
    if (at.length <= MAX_UNCLOSED_HTML) continue;
    const parts: string[] = [];
    let last = 0;
    for (const k of at) {
      parts.push(text.slice(last, k), '\u2039');
      last = k + 1;
    }
    parts.push(text.slice(last));
    text = parts.join('');
  }
  return text;
}

/** Whether offset `k` is the first content of its line: only spaces, tabs and container markers before it. */
function startsLine(text: string, k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 62 /* > */ && c !== 45 && c !== 42 && c !== 43 && c !== 46 && c !== 41 && !(c >= 48 && c <= 57)) return false;
  }
  return true;
}

/**
 * Emphasis, strong and strikethrough markers (`*`, `_`, `~`) are read as text in a block (lines between blank lines) that
 * has more than this many runs of them, and in any run longer than MAX_DELIMITER_RUN: micromark matches them up in time that grows with the square
 * of their number (10k nested `_a ... a_` take about a minute), and no real paragraph has a thousand.
 * Like the deep-nesting guard, each is swapped for a look-alike of the same length (also punctuation
 * or a symbol, so words split as before).
 */
export const MAX_DELIMITER_RUNS = 1000;
const DELIMITER_LOOK_ALIKE: Record<string, string> = { '*': '\u2217', _: '\uff3f', '~': '\u223c' };

/** A run of them longer than this is text too: two long runs facing each other cost the square of their length. */
export const MAX_DELIMITER_RUN = 100;
const LONG_RUN = new RegExp(`[*_~]{${MAX_DELIMITER_RUN + 1},}`, 'g');
const lookAlike = (run: string): string => run.replace(/[*_~]/g, (c) => DELIMITER_LOOK_ALIKE[c]!);

function defuseEmphasis(text: string, starts: readonly number[]): string {
  // Cheap first: the whole text must hold that many markers at all.
  let count = 0;
  for (const ch of ['*', '_', '~']) {
    for (let k = text.indexOf(ch); k >= 0 && count <= MAX_DELIMITER_RUNS; k = text.indexOf(ch, k + 1)) count++;
  }
  if (count > MAX_DELIMITER_RUN) text = text.replace(LONG_RUN, lookAlike);
  if (count <= MAX_DELIMITER_RUNS) return text;
  const ranges: Array<[number, number]> = [];
  let blockStart = 0;
  let runs = 0;
  const close = (end: number) => {
    if (runs > MAX_DELIMITER_RUNS) ranges.push([blockStart, end]);
    runs = 0;
  };
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i]!;
    const b = starts[i + 1] ?? text.length;
    const line = text.slice(a, b);
    if (BLANK.test(trimEnd(line, '\r\n'))) {
      close(a);
      blockStart = b;
      continue;
    }
    runs += line.match(/[*_~]+/g)?.length ?? 0;
  }
  close(text.length);
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a) + lookAlike(text.slice(a, b));
    at = b;
  }
  return out + text.slice(at);
}

function defuseNesting(text: string, starts: readonly number[]): string {
  // Only a long line that starts with a marker can need it (prose lines start with words).
  if (!hasLongMarkerLine(text, starts, MAX_NESTING)) return text;
  DEEP_LINE.lastIndex = 0;
  if (!DEEP_LINE.test(text)) return text;
  return text.replace(DEEP_LINE, (m) => {
    let out = '';
    let depth = 0;
    for (let i = 0; i < m.length; ) {
      const c = m[i]!;
      if (c === ' ' || c === '\t') {
        out += c;
        i++;
        continue;
      }
      let j = i;
      while (j < m.length && m.charCodeAt(j) >= 48 && m.charCodeAt(j) <= 57) j++;
      const marker = m[j]!;
      depth++;
      out += m.slice(i, j) + (depth > MAX_NESTING ? LOOK_ALIKE[marker] ?? marker : marker);
      i = j + 1;
    }
    return out;
  });
}

/**
 * Whether a line may be nested deeper than `n`: it starts (after indentation) with a container marker
 * (`>`, `-`, `*`, `+` or a digit), and its run of marker characters and spacing from its start is longer than `n`.
 */
function hasLongMarkerLine(text: string, starts: readonly number[], n: number): boolean {
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i]!;
    if ((starts[i + 1] ?? text.length) - a <= n) continue;
    let k = a;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    const c = text.charCodeAt(k);
    if (!(c === 62 || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57))) continue;
    // Every character of a deep line's match is a marker's, a digit, a space or a tab, from the line's
    // start: a bullet of prose ("- The model ...") has two such characters, not over n.
    while (k < text.length && isMarkerChar(text.charCodeAt(k))) k++;
    if (k - a > n) return true;
  }
  return false;
}

/** A character of container markers and their spacing: space, tab, > - * + . ) and digits. */
function isMarkerChar(c: number): boolean {
  return c === 32 || c === 9 || c === 62 || c === 45 || c === 42 || c === 43 || c === 46 || c === 41 || (c >= 48 && c <= 57);
}

/** Parses with the processor; a stack overflow in GFM's tree transforms (very deep trees) retries without GFM. */
function run(processor: typeof withGfm, text: string): Root {
  try {
    return processor.parse(text) as Root;
  } catch (e) {
    if (!(e instanceof RangeError) || processor === noGfm) throw e;
    return noGfm.parse(text) as Root;
  }
}

/** One parse of the text, with every extension, past the caps on nesting and emphasis but not on containers. */
function parseRaw(text: string): Root {
  return run(withGfm, defuse(text));
}

/** A text of one piece: plain prose built directly (see plainPiece), with the root's position, else parseRaw. */
function parseOne(text: string): Root {
  const plain = plainPiece(text) ?? peeled(text);
  if (!plain) return parseRaw(text);
  plain.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text, lineStarts(text)) };
  return plain;
}

export interface CapOptions {
  /** Blocks allowed between two headings (MAX_RUN_BLOCKS; Infinity: no cap, for tests). */
  maxBlocks?: number;
}

/** One parse of the whole text, with every extension: the reference result. */
export function parseWhole(text: string, caps: CapOptions = {}): Root {
  const starts = lineStarts(text);
  text = defuse(text, starts);
  const plain = plainRanges(text, starts, caps.maxBlocks ?? MAX_RUN_BLOCKS);
  return plain.length === 0 ? run(withGfm, text) : segmented(text, starts, plain, (seg) => run(withGfm, seg));
}

// ---------------------------------------------------------------------------------------------
// The container cap

/**
 * Blocks allowed in one run (the lines between two top-level ATX headings): each list item marker, `>`
 * of a block quote, paragraph of a list item after its first, and block that starts at column 0 after a
 * blank line counts one. micromark spends 50-150 µs on each (a tokenizer for each, kept with its events
 * until the tree is built): 1 MB of `- - x` lines took 28 s and 3 GB, one-line quotes between paragraphs
 * 24 s, short paragraphs 18 s. Past this many in a run, the rest of the run, up to the next heading, is
 * read as plain text: paragraphs of its lines as written, split at blank lines, at the same offsets and
 * lines, with no markup read in them (like the caps on nesting and emphasis above, without a message).
 * Real design docs stay far below it: the most in one run of the dev corpus is 86, of the bench corpus 52.
 */
export const MAX_RUN_BLOCKS = 2000;
/**
 * Container markers allowed in the whole doc: a doc that starts a new run before each cap (a heading
 * every 1,999 items) is read as text from here on. The generated 5 MB design doc of the bench has about
 * 25,000.
 */
export const MAX_DOC_CONTAINERS = 50_000;
/**
 * Lines allowed in one run, every line counted (blank, code and HTML lines too): micromark takes
 * 5-20 µs a line even where no block starts (a paragraph of 500k one-letter lines took 10 s, 1M blank
 * lines 5 s). Past it, from the next line outside code and HTML blocks, the rest of the run is plain
 * text, as past MAX_RUN_BLOCKS. The longest run of the bench's 5 MB doc is a few hundred lines.
 */
export const MAX_RUN_LINES = 50_000;

const isSpace = (c: number): boolean => c === 32 || c === 9;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The ranges [line start, next run's heading or the end) read as plain text under the container cap.
 * Lines inside fenced code and HTML blocks are not containers (the same scan as cutCandidates'); the
 * front matter is skipped.
 */
export function plainRanges(text: string, starts: readonly number[] = lineStarts(text), max = MAX_RUN_BLOCKS): PlainRange[] {
  const out: PlainRange[] = [];
  if (!(max < Infinity)) return out;
  const docMax = Math.max(max, MAX_DOC_CONTAINERS);
  const fmEnd = frontMatterEnd(text);
  let fence: { ch: string; len: number } | undefined;
  let html: HtmlKind | undefined;
  let prevBlank = true;
  let inContainer = false;
  let count = 0;
  let total = 0;
  let plainFrom = -1;
  let htmlFrom = -1;
  let htmlLine = 0;
  let runStart = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    if (s >= text.length) break;
    if (s < fmEnd) continue;
    let e = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    if (fence || html) {
      const line = text.slice(s, e);
      if (fence) {
        const rest = line.replace(CONTAINER_PREFIX, '');
        if (rest.startsWith(fence.ch.repeat(fence.len)) && new RegExp(`^\\${fence.ch}+[ \\t]*$`).test(rest)) fence = undefined;
      } else if (html!.end ? html!.end.test(line) : BLANK.test(line)) {
        if (htmlFrom >= 0 && i - htmlLine >= MAX_HTML_LINES) out.push([htmlFrom, i + 1 < starts.length ? starts[i + 1]! : text.length, e]);
        html = undefined;
        htmlFrom = -1;
      }
      prevBlank = false;
      continue;
    }
    if (plainFrom < 0 && i - runStart >= MAX_RUN_LINES) plainFrom = s;
    let k = s;
    while (k < e && isSpace(text.charCodeAt(k))) k++;
    if (k === e) {
      prevBlank = true;
      continue;
    }
    const first = text.charCodeAt(k);
    if (k === s && first === 35 /* # */ && ATX.test(text.slice(s, Math.min(e, s + 8)))) {
      // A heading closes every container: a new run.
      if (plainFrom >= 0 && total <= docMax) {
        out.push([plainFrom, s]);
        plainFrom = -1;
      }
      count = 0;
      runStart = i;
      inContainer = false;
      prevBlank = false;
      continue;
    }
    // The markers in front of the line's content.
    let markers = 0;
    let j = k;
    for (;;) {
      const c = text.charCodeAt(j);
      let next = -1;
      if (c === 62 /* > */) next = j + 1;
      else if ((c === 45 || c === 42 || c === 43) && (j + 1 === e || isSpace(text.charCodeAt(j + 1)))) next = j + 1;
      else if (isDigit(c)) {
        let d = j;
        while (d < e && d - j < 9 && isDigit(text.charCodeAt(d))) d++;
        const m = text.charCodeAt(d);
        if ((m === 46 || m === 41) && (d + 1 === e || isSpace(text.charCodeAt(d + 1)))) next = d + 1;
      }
      if (next < 0 || j >= e) break;
      markers++;
      j = next;
      while (j < e && isSpace(text.charCodeAt(j))) j++;
    }
    let blocks = markers;
    if (markers > 0) inContainer = true;
    else if (prevBlank && k === s) {
      inContainer = false; // a line at column 0 after a blank line closes them all
      blocks = 1; // and starts a block: a paragraph costs micromark about as much as a container
    } else if (prevBlank && inContainer) markers = blocks = 1; // another paragraph of a list item
    count += blocks;
    // Markers already read as text cost nothing: only those micromark reads count for the doc.
    if (plainFrom < 0) total += markers;
    if (plainFrom < 0 && (count > max || total > docMax)) plainFrom = s;
    // Fences and HTML blocks that open here (their lines are not containers).
    const c = text.charCodeAt(j);
    if (c === 96 || c === 126) {
      const f = FENCE_OPEN.exec(text.slice(j, e));
      if (f) {
        const seq = f[1] ?? f[2]!;
        fence = { ch: seq[0]!, len: seq.length };
      }
    } else if (first === 60 /* < */ && k - s <= 3) {
      const body = text.slice(k, e);
      const kind = htmlKind(body);
      if (kind && !(kind.end && kind.end.test(body.slice(kind.skip)))) {
        html = kind;
        // Taken whole past MAX_HTML_LINES: one at column 0 that ends at its end condition (types 1-5).
        htmlFrom = k === s && kind.end && plainFrom < 0 ? s : -1;
        htmlLine = i;
      }
    }
    prevBlank = false;
  }
  if (htmlFrom >= 0 && starts.length - htmlLine > MAX_HTML_LINES) out.push([htmlFrom, text.length, text.length]);
  else if (plainFrom >= 0) out.push([plainFrom, text.length]);
  return out;
}

/**
 * A range [a, b) of whole lines taken out of the parse: plain-text paragraphs, or, with a third number, one
 * HTML block whose value ends there.
 */
type PlainRange = [number, number] | [number, number, number];

/**
 * An HTML block that can hold blank lines (`<pre>`, `<!--`, ...: types 1-5) at column 0, longer than this
 * many lines, is made an html node here, with micromark's value and position, instead of by micromark,
 * which takes about 7 µs a line and keeps every line's events (a `<pre>` of 1M blank lines: 7.7 s, 1.9 GB).
 */
export const MAX_HTML_LINES = 10_000;

/** The tree of a text with plain ranges: the rest parsed by `parse` in pieces between them, shifted into place. */
function segmented(text: string, starts: readonly number[], plain: readonly PlainRange[], parse: (piece: string) => Root): Root {
  const lineOf = (offset: number): number => firstIndex(starts.length, (i) => starts[i]! > offset) - 1;
  const children: RootContent[] = [];
  const parsed = (a: number, b: number) => {
    if (b <= a) return;
    // Cut before the line ending, as the chunked parse does: what is still open ends with its last line.
    const eol = b < text.length ? (text.startsWith('\r\n', b - 2) ? 2 : text[b - 1] === '\n' || text[b - 1] === '\r' ? 1 : 0) : 0;
    const root = parse(text.slice(a, b - eol));
    shiftTree(root.children, a, lineOf(a));
    for (const c of root.children) children.push(c);
  };
  let at = 0;
  for (const [a, b, htmlEnd] of plain) {
    parsed(at, a);
    if (htmlEnd === undefined) plainParagraphs(text, starts, lineOf(a), b, children);
    else {
      const endLine = lineOf(htmlEnd);
      children.push({
        type: 'html',
        value: text.slice(a, htmlEnd),
        position: { start: { line: lineOf(a) + 1, column: 1, offset: a }, end: { line: endLine + 1, column: htmlEnd - starts[endLine]! + 1, offset: htmlEnd } },
      });
    }
    at = b;
  }
  parsed(at, text.length);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text, starts) } };
}

/** Paragraphs of plain text for the lines from line index `i` up to offset `b`, split at blank lines. */
function plainParagraphs(text: string, starts: readonly number[], i: number, b: number, out: RootContent[]): void {
  let parts: string[] = [];
  let start: { line: number; column: number; offset: number } | undefined;
  let end = { line: 0, column: 0, offset: 0 };
  let lastEnd = 0;
  const flush = () => {
    if (!start) return;
    const position = { start, end };
    out.push({ type: 'paragraph', children: [{ type: 'text', value: parts.join(''), position: { start: { ...start }, end: { ...end } } }], position });
    parts = [];
    start = undefined;
  };
  for (; i < starts.length && starts[i]! < b; i++) {
    const s = starts[i]!;
    let e = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    let k = s;
    while (k < e && isSpace(text.charCodeAt(k))) k++;
    if (k === e) {
      flush();
      continue;
    }
    let z = e;
    while (z > k && isSpace(text.charCodeAt(z - 1))) z--;
    if (start) parts.push(text.slice(lastEnd, s).replace(/^[ \t]+/, ''));
    else start = { line: i + 1, column: k - s + 1, offset: k };
    parts.push(text.slice(k, z));
    lastEnd = z;
    end = { line: i + 1, column: z - s + 1, offset: z };
  }
  flush();
}

function parsePiece(text: string): Root {
  return plainPiece(text) ?? peeled(text) ?? run(GFM_TRIGGER.test(text) ? withGfm : noGfm, text);
}

const BLANK_LINE_AFTER = /\n[ \t]*(?:\n|$)/g;

/**
 * A piece that starts with plain blocks (see plainPiece: a heading line, or a paragraph, table or code
 * block ended by a blank line) and goes on with something else (a list after its section's heading and
 * lead paragraph): those blocks are built here and only the rest is parsed, on its own. Such a block
 * closes everything before the next line, which starts at top level as it would at the start of a doc,
 * unless it opens front matter (`---`) or starts with a byte-order mark (micromark reads both only
 * there). Undefined when the piece does not start so.
 */
function peeled(text: string): Root | undefined {
  const children: RootContent[] = [];
  let at = 0;
  let line = 0;
  while (at < text.length) {
    // The block: a heading line, else the lines up to a blank line (or the end).
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (!PLAIN_HEADING.test(text.slice(at, nl))) {
      BLANK_LINE_AFTER.lastIndex = at;
      const m = BLANK_LINE_AFTER.exec(text);
      end = m ? m.index : text.length;
    }
    const block = plainPiece(text.slice(at, end));
    if (!block) break;
    shiftTree(block.children, at, line);
    for (const c of block.children) children.push(c);
    for (let k = at; k < end; k++) if (text.charCodeAt(k) === 10) line++;
    at = end;
    // Its line ending and the blank lines after it.
    while (at < text.length) {
      const e = text.indexOf('\n', at);
      if (e < 0) {
        if (BLANK.test(text.slice(at))) at = text.length;
        break;
      }
      if (e > at && !BLANK.test(text.slice(at, e))) break;
      at = e + 1;
      line++;
    }
  }
  if (children.length === 0) return undefined;
  if (at >= text.length) return root(children);
  const rest = text.slice(at);
  if (rest.startsWith('---') || rest.charCodeAt(0) === 0xfeff) return undefined;
  const tail = run(GFM_TRIGGER.test(rest) ? withGfm : noGfm, rest);
  shiftTree(tail.children, at, line);
  for (const c of tail.children) children.push(c);
  return root(children);
}

// ---------------------------------------------------------------------------------------------
// Plain prose, without micromark

/**
 * Characters that may start markup inside a line (emphasis, code, links, HTML, entities, escapes, GFM
 * strikethrough and tables), or that micromark reads apart from text (NUL, tabs, a byte-order mark, CR).
 * A piece with none of them, whose lines all start with a letter-like character, is plain prose.
 */
const NOT_PLAIN = /[\\`*_[\]<&~|\0\t\r\ufeff]/;
/** A line start that could open or interrupt a block: indentation, `#`, `>`, list markers, rules, setext underlines, fences, `1.`. */
const BLOCK_START_CHAR = /^(?:[ #>+\-=:]|\d{1,9}[.)])/;
const PLAIN_HEADING = /^(#{1,6}) [^ #](?:.*[^ #])?$/;

/**
 * The tree of a piece that is one ATX heading (`## Title`: one space after the hashes, no closing
 * hashes, no spaces at the end) or one paragraph of plain prose (lines without leading or trailing
 * spaces, none that could start a block), each followed by blank lines only, built here as micromark
 * and mdast-util-from-markdown build it: one text node, the lines joined by their line endings, the same
 * positions. A design doc is mostly such pieces (a third of the bench corpus's text, half of its pieces),
 * and micromark takes some 50 µs for each (a tokenizer per block, per line and per inline run, events,
 * resolvers). Anything else is undefined, left to micromark; the property tests in
 * test/unit/chunks.test.ts hold the result to micromark's.
 */
export function plainPiece(text: string): Root | undefined {
  const c0 = text.charCodeAt(0);
  if (c0 === 124 /* | */) return plainTable(text);
  if (c0 === 96 /* ` */ || c0 === 126 /* ~ */) return plainCode(text);
  if (NOT_PLAIN.test(text)) return undefined;
  const lines = text.split('\n');
  let n = lines.length;
  while (n > 0 && BLANK.test(lines[n - 1]!)) n--;
  if (n === 0) return undefined;
  const first = lines[0]!;
  if (n === 1) {
    const h = PLAIN_HEADING.exec(first);
    if (h) {
      const depth = h[1]!.length;
      const text = { type: 'text' as const, value: first.slice(depth + 1), position: span(1, depth + 2, depth + 1, 1, first.length + 1, first.length) };
      return root([{ type: 'heading', depth: depth as 1, children: [text], position: span(1, 1, 0, 1, first.length + 1, first.length) }]);
    }
  }
  let length = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.length === 0 || BLOCK_START_CHAR.test(line) || line.charCodeAt(line.length - 1) === 32) return undefined;
    length += line.length + (i > 0 ? 1 : 0);
  }
  const last = lines[n - 1]!;
  const value = n === lines.length ? text : text.slice(0, length);
  const textNode = { type: 'text' as const, value, position: span(1, 1, 0, n, last.length + 1, length) };
  return root([{ type: 'paragraph', children: [textNode], position: span(1, 1, 0, n, last.length + 1, length) }]);
}

/** NOT_PLAIN without the pipe, for the cells of a table. */
const NOT_PLAIN_CELLS = /[\\`*_[\]<&~\0\t\r\ufeff]/;
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;
type Align = 'left' | 'right' | 'center' | null;

/**
 * The tree of a piece that is one GFM table of plain cells, as micromark-extension-gfm-table and
 * mdast-util-gfm-table build it: every row line starts and ends with a pipe (no indentation, nothing
 * after the last pipe), the delimiter row has as many cells as the header, every row as many, and each
 * cell holds plain text (see NOT_PLAIN; no escaped pipe, no code). Metrics tables are a fifth of the
 * bench corpus's parse. Anything else is undefined, left to micromark.
 */
function plainTable(text: string): Root | undefined {
  if (NOT_PLAIN_CELLS.test(text)) return undefined;
  const lines = text.split('\n');
  let n = lines.length;
  while (n > 0 && BLANK.test(lines[n - 1]!)) n--;
  if (n < 2) return undefined;
  const pipesOf = (line: string): number[] | undefined => {
    if (line.length < 2 || line.charCodeAt(line.length - 1) !== 124) return undefined;
    const at: number[] = [];
    for (let k = line.indexOf('|'); k >= 0; k = line.indexOf('|', k + 1)) at.push(k);
    return at[0] === 0 ? at : undefined;
  };
  const head = pipesOf(lines[0]!);
  const delimiter = pipesOf(lines[1]!);
  if (!head || !delimiter || head.length !== delimiter.length || head.length < 2) return undefined;
  const align: Align[] = [];
  for (let j = 0; j + 1 < delimiter.length; j++) {
    const m = DELIMITER_CELL.exec(lines[1]!.slice(delimiter[j]! + 1, delimiter[j + 1]));
    if (!m) return undefined;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null);
  }
  const rows: RootContent[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const start = offset;
    offset += line.length + 1;
    if (i === 1) continue;
    const pipes = i === 0 ? head : pipesOf(line);
    if (!pipes || pipes.length !== head.length) return undefined;
    const cells = [];
    for (let j = 0; j + 1 < pipes.length; j++) {
      let a = pipes[j]! + 1;
      let b = pipes[j + 1]!;
      while (a < b && line.charCodeAt(a) === 32) a++;
      while (b > a && line.charCodeAt(b - 1) === 32) b--;
      if (a === b) return undefined;
      const end = j + 2 === pipes.length ? line.length : pipes[j + 1]!;
      const value = { type: 'text' as const, value: line.slice(a, b), position: span(i + 1, a + 1, start + a, i + 1, b + 1, start + b) };
      cells.push({ type: 'tableCell' as const, children: [value], position: span(i + 1, pipes[j]! + 1, start + pipes[j]!, i + 1, end + 1, start + end) });
    }
    rows.push({ type: 'tableRow', children: cells, position: span(i + 1, 1, start, i + 1, line.length + 1, start + line.length) } as RootContent);
  }
  const last = lines[n - 1]!;
  return root([{ type: 'table', align, children: rows, position: span(1, 1, 0, n, last.length + 1, offset - 1) } as RootContent]);
}

/** What a fenced code block's text may not hold here: NUL (micromark replaces it), CR, a byte-order mark. */
const NOT_PLAIN_CODE = /[\0\r\ufeff]/;
const CODE_OPEN = /^(`{3,}|~{3,})([A-Za-z0-9_+#.-]*)$/;

/**
 * The tree of a piece that is one fenced code block at column 0, as micromark builds it: an opening fence
 * with at most a plain language name (no meta, no escapes), a closing fence of the same character and
 * length on the last line, no line between that could close it (a run of three fence characters after
 * up to three spaces). The value is the lines between, as written. Anything else is undefined.
 */
function plainCode(text: string): Root | undefined {
  if (NOT_PLAIN_CODE.test(text)) return undefined;
  const lines = text.split('\n');
  let n = lines.length;
  while (n > 0 && BLANK.test(lines[n - 1]!)) n--;
  if (n < 2) return undefined;
  const open = CODE_OPEN.exec(lines[0]!);
  if (!open || lines[n - 1] !== open[1]) return undefined;
  const fence = open[1]![0] === '`' ? /^ {0,3}`{3}/ : /^ {0,3}~{3}/;
  for (let i = 1; i + 1 < n; i++) if (fence.test(lines[i]!)) return undefined;
  const length = lines.slice(0, n).reduce((sum, l) => sum + l.length, 0) + n - 1;
  const value = n === 2 ? '' : text.slice(lines[0]!.length + 1, length - lines[n - 1]!.length - 1);
  const last = lines[n - 1]!;
  return root([{ type: 'code', lang: open[2] || null, meta: null, value, position: span(1, 1, 0, n, last.length + 1, length) }]);
}

/** A position as mdast-util-from-markdown makes one (its own objects: shiftTree moves each node's). */
function span(line: number, column: number, offset: number, endLine: number, endColumn: number, endOffset: number): NonNullable<Root['position']> {
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}

function root(children: RootContent[]): Root {
  return { type: 'root', children };
}

// ---------------------------------------------------------------------------------------------
// Where to cut

const ATX = /^#{1,6}(?:[ \t]|$)/;
/** What a line after a blank line must not start with to be cut before (see the top of this file). */
const NOT_AFTER_BLANK = /^[\s\-*+_=#>\d]/;
const BLANK = /^[ \t]*$/;
/** Container markers (block quote, list item) and indentation in front of a line's content. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const FENCE_OPEN = /^(`{3,})[^`]*$|^(~{3,})/;

interface HtmlKind {
  open: RegExp;
  /** The end condition of HTML block types 1-5 (types 6-7 end at a blank line). */
  end?: RegExp;
  /** Length of the opening sequence: the end is searched after it on the first line. */
  skip: number;
}

const HTML_KINDS: HtmlKind[] = [
  { open: /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i, skip: 1 },
  { open: /^<!--/, end: /-->/, skip: 4 },
  { open: /^<\?/, end: /\?>/, skip: 2 },
  { open: /^<!\[CDATA\[/, end: /\]\]>/, skip: 9 },
  { open: /^<![A-Za-z]/, end: />/, skip: 2 },
  { open: /^<\/?[A-Za-z]/, skip: 0 },
];

function htmlKind(text: string): HtmlKind | undefined {
  for (const k of HTML_KINDS) if (k.open.test(text)) return k;
  return undefined;
}

/** Offset just past the closing fence of the YAML front matter, or 0 when there is none. */
function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

function unclosedFrontMatter(text: string): boolean {
  return /^---[ \t]*(?:\r\n|\r|\n)/.test(text) && frontMatterEnd(text) === 0;
}

function lineAt(text: string, starts: readonly number[], i: number): string {
  const s = starts[i]!;
  let e = i + 1 < starts.length ? starts[i + 1]! : text.length;
  while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
  return text.slice(s, e);
}

/** Offsets (line starts, ascending, never 0) where the text may be cut into independent pieces. */
export function cutCandidates(text: string, starts = lineStarts(text)): number[] {
  const out: number[] = [];
  const fmEnd = frontMatterEnd(text);
  let fence: { ch: string; len: number } | undefined;
  let html: HtmlKind | undefined;
  let prevBlank = true;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    if (s >= text.length) break;
    if (s < fmEnd) {
      prevBlank = false;
      continue;
    }
    const line = lineAt(text, starts, i);
    const blank = BLANK.test(line);
    if (fence) {
      const rest = line.replace(CONTAINER_PREFIX, '');
      if (rest.startsWith(fence.ch.repeat(fence.len)) && new RegExp(`^\\${fence.ch}+[ \\t]*$`).test(rest)) fence = undefined;
      prevBlank = false;
      continue;
    }
    if (html) {
      if (html.end ? html.end.test(line) : blank) {
        html = undefined;
        prevBlank = blank;
      }
      continue;
    }
    if (blank) {
      prevBlank = true;
      continue;
    }
    if (ATX.test(line)) {
      if (s > 0) out.push(s);
    } else {
      if (prevBlank && s > 0 && !NOT_AFTER_BLANK.test(line)) out.push(s);
      const rest = line.replace(CONTAINER_PREFIX, '');
      const f = FENCE_OPEN.exec(rest);
      if (f) {
        const seq = f[1] ?? f[2]!;
        fence = { ch: seq[0]!, len: seq.length };
      } else if (/^ {0,3}</.test(line)) {
        const body = line.trimStart();
        const k = htmlKind(body);
        if (k && !(k.end && k.end.test(body.slice(k.skip)))) html = k;
      }
    }
    prevBlank = false;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checking a parsed piece

/**
 * True when the piece ends inside a fence or an HTML block that is still open: its last node, or the
 * last node inside its last container (a fence in a block quote runs on past a heading's cut).
 */
function openAtEnd(root: Root, text: string, pieceEnd: number): boolean {
  let last: Nodes | undefined = root.children[root.children.length - 1];
  let nested = false;
  while (last && (last.type === 'blockquote' || last.type === 'list' || last.type === 'listItem' || last.type === 'footnoteDefinition')) {
    last = (last as Parent).children[(last as Parent).children.length - 1] as Nodes | undefined;
    nested = true;
  }
  if (!last || !last.position) return false;
  const a = last.position.start.offset ?? 0;
  const b = last.position.end.offset ?? text.length;
  if (last.type === 'code') {
    const src = text.slice(a, b);
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(src);
    if (!m) return false; // indented code: a column-0 line ends it
    const lines = src.split(/\r\n|\r|\n/);
    if (lines.length < 2) return true;
    // The closing line of a nested fence carries its containers' markers.
    const closing = nested ? lines[lines.length - 1]!.replace(CONTAINER_PREFIX, '') : lines[lines.length - 1]!;
    const ch = m[1]![0]!;
    const re = new RegExp(`^ {0,3}\\${ch}{${m[1]!.length},}[ \\t]*$`);
    return !re.test(closing);
  }
  if (last.type === 'html') {
    const src = text.slice(a, b);
    const k = htmlKind(src.trimStart());
    if (k?.end) {
      const lines = src.split(/\r\n|\r|\n/);
      const tail = lines.length === 1 ? src.trimStart().slice(k.skip) : lines[lines.length - 1]!;
      return !k.end.test(tail);
    }
    // Types 6-7 (and anything unrecognised) end only at a blank line.
    return !/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(text.slice(b, pieceEnd));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Positions

/** Adds to every position in the subtrees (iterative: trees may be 10k levels deep). */
function shiftTree(nodes: readonly RootContent[], dOffset: number, dLine: number): void {
  if (dOffset === 0 && dLine === 0) return;
  const stack: Nodes[] = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const p = n.position;
    if (p) {
      p.start.line += dLine;
      p.end.line += dLine;
      if (p.start.offset !== undefined) p.start.offset += dOffset;
      if (p.end.offset !== undefined) p.end.offset += dOffset;
    }
    if ('children' in n) for (const c of (n as Parent).children) stack.push(c as Nodes);
  }
}

/** A deep copy of plain mdast data (iterative). */
function cloneTree<T>(value: T): T {
  return structuredClone(value);
}

function endPoint(text: string, starts: readonly number[]): { line: number; column: number; offset: number } {
  const last = starts[starts.length - 1]!;
  return { line: starts.length, column: text.length - last + 1, offset: text.length };
}

// ---------------------------------------------------------------------------------------------
// Definitions (link references and footnotes are global)

const DEF_HINT = /\]:/;

function definitionsOf(root: Root): { links: string[]; notes: string[] } {
  const links: string[] = [];
  const notes: string[] = [];
  const stack: Nodes[] = [...root.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'definition') links.push(n.label ?? n.identifier);
    else if (n.type === 'footnoteDefinition') notes.push(n.label ?? n.identifier);
    if ('children' in n) for (const c of (n as Parent).children) stack.push(c as Nodes);
  }
  return { links, notes };
}

// ---------------------------------------------------------------------------------------------
// The cache (editor): parsed pieces keyed by their text

interface CacheTree {
  root: Root;
  /** Offset and line (0-based line delta) the tree's positions are currently shifted by. */
  offset: number;
  line: number;
  /** The parse it was last placed in. */
  generation: number;
}

/**
 * Parsed pieces keyed by their exact text, least recently used first out. A text that occurs several
 * times in one doc (the same section pasted twice) has a tree per occurrence, so no tree is copied on
 * every parse.
 */
export class ChunkCache {
  private readonly map = new Map<string, CacheTree[]>();
  generation = 0;
  /** Pieces parsed and pieces reused in the latest parse. */
  parsed = 0;
  reused = 0;

  constructor(readonly maxEntries = 4000) {}

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }

  /**
   * The piece's tree, shifted to start at `offset` / `line`; parsed only when its text is new. A new
   * text is kept, and parsed, as a copy: the piece is a slice of one version of the doc, and the slice
   * (and every string of its tree) would keep that whole version alive (see memo.ts).
   */
  take(key: string, parse: (text: string) => Root, offset: number, line: number): Root {
    let trees = this.map.get(key);
    let t: CacheTree | undefined;
    if (trees) {
      this.map.delete(key);
      this.map.set(key, trees);
      this.reused++;
      t = trees.find((x) => x.generation !== this.generation);
      if (!t) {
        // Another occurrence of the same text in this parse: a copy of a tree, kept for next time.
        const src = trees[0]!;
        t = { root: cloneTree(src.root), offset: src.offset, line: src.line, generation: -1 };
        trees.push(t);
      }
    } else {
      const own = detached(key);
      t = { root: parse(own), offset: 0, line: 0, generation: -1 };
      this.parsed++;
      trees = [t];
      this.map.set(own, trees);
      while (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value as string);
    }
    shiftTree(t.root.children, offset - t.offset, line - t.line);
    t.offset = offset;
    t.line = line;
    t.generation = this.generation;
    return t.root;
  }
}

// ---------------------------------------------------------------------------------------------
// The chunked parse

/**
 * Without a cache, pieces are runs of blocks that need the GFM extensions, or do not (see groupBounds).
 * A run of prose shorter than this goes with its neighbours: a parse has a fixed cost (tens of µs).
 */
const MIN_RUN = 128;
/** A run is cut again once it is this long: micromark slows down on long texts (see the top). */
const MAX_RUN = 8192;
/** More re-joins than this means the scanner is lost in this doc: parse the rest in one piece. */
const MAX_JOINS = 16;

export interface ChunkedOptions {
  /** Reuse pieces parsed before (the editor); pieces are then cut at every candidate. */
  cache?: ChunkCache;
  /** Join pieces up to at least this many characters (default: 0 with a cache; without one, runs by GFM need). */
  minPiece?: number;
  /** The cap on blocks in a run (MAX_RUN_BLOCKS), for tests. */
  maxBlocks?: number;
}

/** Parses `text` in independent pieces; the result equals `parseWhole(text)`. */
export function parseChunked(text: string, options: ChunkedOptions = {}): Root {
  const cache = options.cache;
  if (cache) {
    cache.generation++;
    cache.parsed = 0;
    cache.reused = 0;
  }
  const minPiece = options.minPiece ?? (cache ? 0 : undefined);
  // A first line that opens front matter which never closes leaves micromark in a state that changes
  // how the rest of the doc parses (list items no longer interrupt paragraphs): parse such a doc whole.
  // Look-alikes keep every length and line ending: the line starts hold after defuse.
  const starts = lineStarts(text);
  text = defuse(text, starts);
  const plain = plainRanges(text, starts, options.maxBlocks ?? MAX_RUN_BLOCKS);
  // Past the container cap: the pieces between the plain ranges are parsed on their own (without the cache,
  // whose trees are placed by offsets in the whole text).
  if (plain.length > 0) return segmented(text, starts, plain, (seg) => chunkedBody(seg, lineStarts(seg), undefined, minPiece));
  return chunkedBody(text, starts, cache, minPiece);
}

function chunkedBody(text: string, starts: readonly number[], cache: ChunkCache | undefined, minPiece: number | undefined): Root {
  const candidates = unclosedFrontMatter(text) ? [] : cutCandidates(text, starts);
  // Boundaries of the pieces: [0, ..., text.length].
  const bounds = minPiece === undefined ? groupBounds(text, candidates) : joinBounds(text, candidates, minPiece);
  if (bounds.length <= 2) {
    return cache ? cache.take(text, parseOne, 0, 0) : parseOne(text);
  }
  const lineOf = (offset: number): number => firstIndex(starts.length, (i) => starts[i]! > offset) - 1;
  const get = (a: number, b: number, suffix = ''): Root => {
    // A piece that stops at a cut ends where its last line ends, so whatever is still open there (a fence
    // inside a list item, say) ends before the line ending, as in the whole-document parse.
    const eol = !suffix && b < text.length ? (text.startsWith('\r\n', b - 2) ? 2 : text[b - 1] === '\n' || text[b - 1] === '\r' ? 1 : 0) : 0;
    const piece = text.slice(a, b - eol);
    const input = suffix ? piece + suffix : piece;
    return cache ? cache.take(input, parsePiece, a, lineOf(a)) : shifted(parsePiece(input), a, lineOf(a));
  };
  const shifted = (root: Root, offset: number, line: number): Root => {
    shiftTree(root.children, offset, line);
    return root;
  };

  // 1. Parse the pieces; join a piece with the next while it ends inside an open fence or HTML block.
  const pieces: Array<{ a: number; b: number; root: Root }> = [];
  let joins = 0;
  for (let i = 0; i + 1 < bounds.length; ) {
    const a = bounds[i]!;
    let j = i + 1;
    let root = get(a, bounds[j]!);
    while (j + 1 < bounds.length && openAtEnd(root, text, bounds[j]!)) {
      joins++;
      j = joins > MAX_JOINS ? bounds.length - 1 : j + 1;
      root = get(a, bounds[j]!);
    }
    pieces.push({ a, b: bounds[j]!, root });
    i = j;
  }
  if (pieces.length === 1) return assemble(text, starts, pieces);

  // 2. Definitions are global: a piece that may use a label defined in another piece is parsed again
  //    with stand-in definitions appended, which are then dropped.
  if (DEF_HINT.test(text)) {
    const defs = pieces.map((p) => (DEF_HINT.test(text.slice(p.a, p.b)) ? definitionsOf(p.root) : { links: [], notes: [] }));
    const anyDefs = defs.some((d) => d.links.length > 0 || d.notes.length > 0);
    if (anyDefs) {
      for (let k = 0; k < pieces.length; k++) {
        const p = pieces[k]!;
        if (!text.slice(p.a, p.b).includes('[')) continue;
        const own = new Set([...defs[k]!.links.map((l) => 'l:' + l), ...defs[k]!.notes.map((l) => 'n:' + l)]);
        const extra: string[] = [];
        const seen = new Set<string>();
        defs.forEach((d, m) => {
          if (m === k) return;
          for (const l of d.links) if (!own.has('l:' + l) && !seen.has('l:' + l)) (seen.add('l:' + l), extra.push(`[${l}]: #`));
          for (const l of d.notes) if (!own.has('n:' + l) && !seen.has('n:' + l)) (seen.add('n:' + l), extra.push(`[^${l}]: x`));
        });
        if (extra.length === 0) continue;
        const body = text.slice(p.a, p.b);
        // The doc's last line without a line ending: text appended after it can change what it is (`<b>`
        // after a quote is a lazy line of the quote when more follows, its own HTML block at the end).
        if (!/(?:\r\n|\r|\n)$/.test(body)) return parseRaw(text);
        const root = get(p.a, p.b, '\n' + extra.join('\n\n') + '\n');
        const kept: RootContent[] = [];
        let ok = true;
        for (const c of root.children) {
          const s = c.position?.start.offset ?? 0;
          if (s < p.b) {
            if ((c.position?.end.offset ?? 0) > p.b) ok = false;
            kept.push(c);
          } else if (c.type !== 'definition' && c.type !== 'footnoteDefinition') ok = false;
        }
        if (!ok) return parseRaw(text);
        p.root = { ...root, children: kept };
      }
    }
  }
  return assemble(text, starts, pieces);
}

/** Boundaries that join candidates until each piece is at least `minPiece` long. */
function joinBounds(text: string, candidates: readonly number[], minPiece: number): number[] {
  const bounds = [0];
  for (const c of candidates) {
    if (c - bounds[bounds.length - 1]! >= minPiece) bounds.push(c);
  }
  if (bounds.length > 1 && text.length - bounds[bounds.length - 1]! < minPiece / 2) bounds.pop();
  bounds.push(text.length);
  return bounds;
}

/**
 * Boundaries of runs of blocks that need the GFM extensions (a table, a footnote, ...) and runs that do
 * not: GFM makes micromark try a table at the start of every paragraph, which cost about a fifth of the
 * parse of a design doc with a table in each section. Short prose runs go with their neighbours, and
 * long runs are cut again at MAX_RUN.
 */
function groupBounds(text: string, candidates: readonly number[]): number[] {
  const bounds = [0];
  let start = 0;
  let gfm = false;
  let prev = 0;
  for (const c of [...candidates, text.length]) {
    const piece = text.slice(prev, c);
    if (plainShape(piece)) {
      // Plain prose is a piece of its own (parsePiece builds it without micromark): the run before it ends.
      if (prev > start) bounds.push(prev);
      if (c < text.length) bounds.push(c);
      start = prev = c;
      continue;
    }
    const g = GFM_TRIGGER.test(piece);
    if (prev === start) gfm = g;
    else {
      const size = prev - start;
      const join = size < MAX_RUN && (g === gfm || (!g && c - prev < MIN_RUN) || (!gfm && size < MIN_RUN));
      if (join) gfm ||= g;
      else {
        bounds.push(prev);
        start = prev;
        gfm = g;
      }
    }
    prev = c;
  }
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  return bounds;
}

/** Whether a piece (with its line ending) is one plainPiece builds. */
function plainShape(piece: string): boolean {
  const eol = piece.endsWith('\n') ? 1 : 0;
  return plainPiece(eol ? piece.slice(0, -1) : piece) !== undefined;
}

function assemble(text: string, starts: readonly number[], pieces: Array<{ root: Root }>): Root {
  const children: RootContent[] = [];
  for (const p of pieces) for (const c of p.root.children) children.push(c);
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text, starts) },
  };
}
