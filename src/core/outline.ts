/**
 * The outline: headings, and the things real docs use as headings (a bold-only paragraph, a bold
 * lead-in, a plain "4.1 Offline metric" line, a list item), as candidate section markers with exact
 * source offsets. Which pseudo-headings count is decided by recognition; `buildSections` then nests them.
 */
import type { Nodes, Root, Parent, PhrasingContent, Paragraph, ListItem } from 'mdast';
import { firstIndex } from './search.js';
import { htmlTagNames } from 'html-tag-names';

export type MarkerKind = 'heading' | 'bold' | 'leadin' | 'numbered' | 'listitem';

export interface Marker {
  kind: MarkerKind;
  /** Nesting level: heading depth 1-6; pseudo-headings are deeper (7 for paragraphs, 8+ for list items). */
  level: number;
  text: string;
  /** Offsets of the marker itself (the heading line). */
  start: number;
  end: number;
  /** Where the marker's section must end at the latest (a list item's end). */
  hardEnd?: number;
  inQuote: boolean;
}

export interface Section extends Marker {
  index: number;
  bodyStart: number;
  /** End offset of the whole section, children included. */
  sectionEnd: number;
  parent: number | undefined;
  children: number[];
}

/** A piece of readable text with its offsets; html (comments, tags) and front matter are not text. */
export interface TextLeaf {
  start: number;
  end: number;
  text: string;
  /** Code (fenced or inline): substance, but never a placeholder or a cue. */
  code: boolean;
  /** Inside a block quote (quoted reading notes): never a cue. */
  quote?: boolean;
  /** Start offset of the block (paragraph, heading, table cell, code) the leaf belongs to: sentences never cross blocks. */
  block?: number;
  /** Text of a heading: a section's title, which says what the section is about, not what it says. */
  heading?: boolean;
  /** A figure (a Markdown image, an `<img>` tag, an Obsidian `![[embed]]`): content to a reader, no words (its text is empty). */
  figure?: boolean;
}

/** An HTML image: `<img src=...>` (alone, or first in its HTML block). */
const IMG_TAG = /^\s*<img\b/i;

/** A figure as a leaf: no words (never a cue or a placeholder), but content (see TextLeaf.figure). */
function figureLeaf(start: number, end: number, block: number, inQuote: boolean): TextLeaf {
  return { start, end, text: '', code: true, figure: true, block, ...(inQuote ? { quote: true } : {}) };
}

/** Whether a figure (see TextLeaf.figure) lies in [start, end). */
export function hasFigure(leaves: readonly TextLeaf[], start: number, end: number): boolean {
  const lo = firstIndex(leaves.length, (i) => leaves[i]!.end > start);
  for (let i = lo; i < leaves.length && leaves[i]!.start < end; i++) if (leaves[i]!.figure && leaves[i]!.start >= start) return true;
  return false;
}

const NUMBERED_LINE = /^\s*\d+(?:\.\d+)+\.?\s+(\S[^\n]{0,80})$/;
/** A plain "STEP 2 : Frame the problem" or "2단계: 데이터 준비" line. */
const STEP_LINE = /^\s*(?:(?:step|stage|phase)\s*\d{1,2}|\d{1,2}\s*단계)\s*[:.)\-–—]\s*\S[^\n]{0,80}$/iu;
/** An HTML heading (`<h2>1. Requirements</h2>`) at the start of an HTML block. */
const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>([^\r\n]*?)<\/h\1\s*>/iu;
/** The summary line of a `<details>` block: the block's title. */
// The summary's text stops at the next `<summary` (and a tag at its next `<`): on a line of unclosed
// `<summary>` tags, each one scanned to the end of the line (quadratic).
const HTML_SUMMARY = /<summary\b[^<>]*>((?:(?!<summary\b)[^\n])*?)<\/summary\s*>/iu;
/** Tags inside a title, taken out. */
const TAGS = /<\/?[A-Za-z][^<>\n]*>/g;

/** The text of phrasing content (iterative: emphasis can nest thousands deep in hostile docs). */
function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  const stack: PhrasingContent[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if ('children' in n) {
      const kids = n.children as PhrasingContent[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

function off(n: Nodes, which: 'start' | 'end'): number {
  return n.position?.[which].offset ?? 0;
}

function paragraphMarker(p: Paragraph, inQuote: boolean, inList = false): Marker | undefined {
  const kids = p.children;
  const first = kids[0];
  if (!first) return undefined;
  if (first.type === 'strong') {
    const label = inlineText(first.children).trim();
    if (!label) return undefined;
    const rest = inlineText(kids.slice(1));
    if (rest.trim() === '' || /^\s*[:：]\s*$/.test(rest)) {
      return { kind: 'bold', level: 7, text: label.replace(/[:：]$/, ''), start: off(p, 'start'), end: off(p, 'end'), inQuote };
    }
    if (/^\s*[:：\-–—]/.test(rest) || /[:：]$/.test(label)) {
      return { kind: 'leadin', level: 7, text: label.replace(/[:：]$/, ''), start: off(p, 'start'), end: off(first, 'end'), inQuote };
    }
    return undefined;
  }
  if (first.type === 'text') {
    const line = first.value.split(/\r?\n|\r/)[0]!;
    const m = NUMBERED_LINE.exec(line) ?? STEP_LINE.exec(line);
    if (m) {
      return { kind: 'numbered', level: 7, text: line.trim(), start: off(p, 'start'), end: off(p, 'start') + line.length, inQuote };
    }
    // A paragraph that is only a short label and a colon ("Data Sources:" above a list) titles what follows
    // (in a list, the item is the marker).
    if (!inList && kids.length === 1 && !/[\r\n]/.test(first.value.trim())) {
      const t = first.value.trim();
      if (/[:：]$/.test(t) && t.length <= 60 && t.split(/\s+/).length <= 5) {
        return { kind: 'bold', level: 7, text: t.replace(/\s*[:：]$/, ''), start: off(p, 'start'), end: off(p, 'end'), inQuote };
      }
    }
  }
  return undefined;
}

function listItemMarker(item: ListItem, depth: number, inQuote: boolean): Marker | undefined {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  // A table of contents ("- [Evaluation](#evaluation)") points at sections; it is none itself.
  if (p.children.length === 1 && (p.children[0]!.type === 'link' || p.children[0]!.type === 'linkReference')) return undefined;
  const first = p.children[0];
  let text: string;
  let end: number;
  if (first && first.type === 'strong') {
    text = inlineText(first.children);
    end = off(first, 'end');
  } else {
    const line = inlineText(p.children).split(/\r?\n|\r/)[0]!;
    const colon = line.search(/[:：]/);
    text = colon > 0 ? line.slice(0, colon) : line;
    if (text.length > 60) return undefined;
    // A sentence ("AB test evaluated by online metric."), not a label: bullets are outline only when
    // they look like one.
    if (colon < 0 && /[.。!！]\s*$/u.test(text) && text.trim().split(/\s+/).length >= 4) return undefined;
    end = off(p, 'start') + Math.min(line.length, (colon > 0 ? colon : line.length) + 1);
  }
  text = text.replace(/[:：]\s*$/, '').trim();
  if (!text) return undefined;
  return { kind: 'listitem', level: 8 + depth, text, start: off(item, 'start'), end, hardEnd: off(item, 'end'), inQuote };
}

/**
 * A "Label: content" line: a short label (at most five words, no link), a colon, and the content on the
 * same line ("offline: precision@k and nDCG", "온라인: 클릭률").
 */
const LABEL_LINE = /^([^:：\n]{1,40}?)\s*[:：][ \t]*(\S[^\n]*)$/u;

/**
 * The "Label: content" lines of a paragraph, from its source: each line but the first (which the
 * paragraph's or list item's own marker reads), and the first too when `first` is set. Each runs to the
 * next one or to the paragraph's end.
 */
function labelLines(p: Paragraph, text: string, level: number, inQuote: boolean, first: boolean): Marker[] {
  const start = off(p, 'start');
  const end = off(p, 'end');
  if (end - start > 4000) return [];
  const src = text.slice(start, end);
  const out: Marker[] = [];
  let at = 0;
  for (const raw of src.split('\n')) {
    const lineStart = start + at;
    at += raw.length + 1;
    if (lineStart === start && !first) continue;
    const lead = /^[\s>]*/.exec(raw)![0].length;
    const line = raw.slice(lead).replace(/\r$/, '');
    const m = LABEL_LINE.exec(line);
    if (!m) continue;
    const label = m[1]!.replace(/^[*_`]+|[*_`]+$/g, '').trim();
    if (!label || /https?$|\/\/|[[\]()<>]/.test(label) || label.split(/\s+/).length > 5) continue;
    out.push({ kind: 'leadin', level, text: label, start: lineStart + lead, end: lineStart + lead + line.indexOf(m[2]!), hardEnd: end, inQuote });
  }
  return out;
}

/**
 * Walks the tree once: markers (headings and pseudo-headings) and the readable text leaves. With the
 * source `text`, "Label: content" lines inside paragraphs are markers too.
 */
export function collectOutline(root: Root, text?: string): { markers: Marker[]; leaves: TextLeaf[] } {
  const markers: Marker[] = [];
  const leaves: TextLeaf[] = [];
  // Iterative pre-order walk (an explicit stack: lists and block quotes may nest 10k deep).
  // [node, in a block quote, list depth, block start, in a heading, end of the enclosing list item]
  const stack: Array<[Nodes, boolean, number, number, boolean, number | undefined]> = [[root, false, -1, 0, false, undefined]];
  while (stack.length > 0) {
    const [node, inQuote, listDepth, block, inHeading, itemEnd] = stack.pop()!;
    switch (node.type) {
      case 'yaml':
        continue;
      case 'html': {
        // `<h2>Evaluation</h2>` is a heading, and a `<details>` block's summary is its title.
        const h = HTML_HEADING.exec(node.value);
        const sum = h ? undefined : HTML_SUMMARY.exec(node.value);
        const title = (h?.[2] ?? sum?.[1])?.replace(TAGS, ' ').trim();
        if (title) {
          const start = off(node, 'start');
          // The heading line ends at its first line ending of any kind (a CR of CRLF is not on the line).
          const lineEnd = node.value.search(/[\r\n]/);
          markers.push(
            h
              ? { kind: 'heading', level: Number(h[1]), text: title, start, end: start + (lineEnd < 0 ? node.value.length : lineEnd), inQuote }
              : { kind: 'bold', level: 7, text: title, start, end: off(node, 'end'), inQuote },
          );
          leaves.push({ start, end: off(node, 'end'), text: title, code: false, block: start, heading: true, ...(inQuote ? { quote: true } : {}) });
          continue;
        }
        // A figure in an <img> tag (a screenshot of a table, a diagram) is content, though no words.
        if (IMG_TAG.test(node.value)) {
          leaves.push(figureLeaf(off(node, 'start'), off(node, 'end'), block, inQuote));
          continue;
        }
        // `<describe the metric>`: a fill-in prompt that Markdown reads as an HTML tag. It is text to
        // the reader, so it is a leaf (the placeholder rule reports it; it is never substance).
        if (isPromptTag(node.value)) {
          leaves.push({ start: off(node, 'start'), end: off(node, 'end'), text: node.value, code: false, block, ...(inQuote ? { quote: true } : {}) });
        }
        continue;
      }
      case 'heading': {
        const text = inlineText(node.children).trim();
        markers.push({ kind: 'heading', level: node.depth, text, start: off(node, 'start'), end: off(node, 'end'), inQuote });
        break;
      }
      case 'paragraph': {
        const m = paragraphMarker(node, inQuote, listDepth >= 0);
        // A bold lead-in inside a list item ends with its item.
        if (m && itemEnd !== undefined) m.hardEnd = itemEnd;
        if (m) markers.push(m);
        // Lines of a list item's paragraph sit under the item; a plain paragraph's under its section.
        if (text !== undefined) markers.push(...labelLines(node, text, listDepth >= 0 ? 9 + listDepth : 7, inQuote, !m && listDepth < 0));
        break;
      }
      case 'listItem': {
        const m = listItemMarker(node, listDepth, inQuote);
        if (m) markers.push(m);
        break;
      }
      case 'image':
        leaves.push(figureLeaf(off(node, 'start'), off(node, 'end'), block, inQuote));
        continue;
      case 'text':
      case 'inlineCode':
      case 'code': {
        // An Obsidian wiki embed ("![[Pasted image 2024....png]]") is a figure, not words: a figure leaf
        // each, and blanks in the text (its offsets stay the source's).
        let value = node.value;
        if (node.type === 'text' && value.includes('![[') && value.length === off(node, 'end') - off(node, 'start')) {
          const at = off(node, 'start');
          for (const m of value.matchAll(WIKI_EMBED)) leaves.push(figureLeaf(at + m.index!, at + m.index! + m[0].length, block, inQuote));
          value = value.replace(WIKI_EMBED, (e) => ' '.repeat(e.length));
        }
        leaves.push({
          start: off(node, 'start'),
          end: off(node, 'end'),
          text: value,
          code: node.type !== 'text',
          block: node.type === 'code' ? off(node, 'start') : block,
          ...(inQuote ? { quote: true } : {}),
          ...(inHeading ? { heading: true } : {}),
        });
        continue;
      }
      default:
        break;
    }
    if ('children' in node) {
      const quote = inQuote || node.type === 'blockquote';
      const depth = node.type === 'list' ? listDepth + 1 : listDepth;
      const blk = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? off(node, 'start') : block;
      const kids = (node as Parent).children;
      const title = inHeading || node.type === 'heading';
      const item = node.type === 'listItem' ? off(node, 'end') : itemEnd;
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as Nodes, quote, depth, blk, title, item]);
    }
  }
  return { markers, leaves };
}

/** An Obsidian wiki embed of a file: "![[Pasted image 20240915.png]]", "![[diagram.excalidraw|400]]". */
const WIKI_EMBED = /!\[\[[^[\]\n]{1,300}\]\]/g;

const KNOWN_TAGS = new Set(htmlTagNames);

/** `<describe the metric>` rather than a real tag: an unknown element name followed by bare words only. */
export function isPromptTag(value: string): boolean {
  const m = /^<([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*)+)\s*>$/.exec(value.trim());
  return m !== null && !KNOWN_TAGS.has(m[1]!.toLowerCase());
}

/** Nests the kept markers into sections; a section runs to the next marker of the same or a higher level. */
export function buildSections(markers: readonly Marker[], textLength: number): Section[] {
  const sorted = [...markers].sort((a, b) => a.start - b.start);
  // Fields listed, not spread: markers come in several shapes (hardEnd or not), and a spread of mixed
  // shapes was a quarter of the outline's time.
  const sections: Section[] = sorted.map((m, index) => ({
    kind: m.kind,
    level: m.level,
    text: m.text,
    start: m.start,
    end: m.end,
    hardEnd: m.hardEnd,
    inQuote: m.inQuote,
    index,
    bodyStart: m.end,
    sectionEnd: textLength,
    parent: undefined,
    children: [],
  }));
  const stack: Section[] = [];
  for (const s of sections) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.level >= s.level || (top.hardEnd !== undefined && top.hardEnd <= s.start)) {
        top.sectionEnd = Math.min(top.sectionEnd, top.hardEnd ?? s.start, s.start);
        stack.pop();
      } else break;
    }
    const parent = stack[stack.length - 1];
    if (parent) {
      s.parent = parent.index;
      parent.children.push(s.index);
    }
    stack.push(s);
  }
  for (const s of stack) s.sectionEnd = Math.min(s.sectionEnd, s.hardEnd ?? textLength);
  // A child never outlives its parent.
  for (const s of sections) {
    if (s.parent !== undefined) s.sectionEnd = Math.min(s.sectionEnd, sections[s.parent]!.sectionEnd);
  }
  return sections;
}

/**
 * The readable text between two offsets (leaves sorted by start). `bodyOnly` leaves out heading text: a
 * section whose only text is its sub-headings' titles says nothing yet.
 */
export function textBetween(leaves: readonly TextLeaf[], start: number, end: number, bodyOnly = false): string {
  const lo = firstIndex(leaves.length, (i) => leaves[i]!.end > start);
  let out = '';
  let prev: TextLeaf | undefined;
  for (let i = lo; i < leaves.length && leaves[i]!.start < end; i++) {
    const l = leaves[i]!;
    if (bodyOnly && l.heading) continue;
    const a = Math.max(0, start - l.start);
    const b = Math.min(l.text.length, end - l.start);
    // Offsets map 1:1 onto a leaf's value only when the source has no escapes; clip conservatively.
    const piece = a === 0 && b >= l.text.length ? l.text : l.text.slice(a, Math.max(a, b));
    // Leaves of one block (a paragraph with emphasis) stay one line; blocks are separate lines.
    const sameBlock = prev !== undefined && prev.block !== undefined && prev.block === l.block && !l.code && !prev.code;
    out += prev === undefined ? piece : sameBlock ? (l.start > prev.end ? ' ' : '') + piece : '\n' + piece;
    prev = l;
  }
  return out;
}
