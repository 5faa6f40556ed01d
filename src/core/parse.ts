/**
 * Markdown to mdast (unified + remark-parse + frontmatter + gfm), and the YAML front matter's `mlsd:` settings.
 *
 * Big documents are parsed in chunks: micromark is superlinear on one long document (closing a list or
 * block quote rebuilds the whole events array), so the text is cut at top-level headings and each piece
 * is parsed on its own; positions are shifted back into one Root. The result is the same tree a
 * whole-document parse gives (a property test holds it to that); see ./chunks.ts for where it may cut.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Root, Yaml } from 'mdast';
import { ChunkCache, parseChunked, parseWhole } from './chunks.js';
import { Memo } from './memo.js';
import { BUILTIN_CONTENT } from './builtin.js';

/** Parses a whole Markdown document into one mdast Root (offsets, lines and columns of the original text). */
export function parseMarkdown(text: string): Root {
  return parseChunked(text);
}

/** The same tree, parsed in one piece (no chunking): the reference the chunked parse is tested against. */
export { parseWhole, parseChunked, ChunkCache };

export interface FrontMatter {
  /** The YAML node, if the doc has front matter. */
  node?: Yaml;
  /** The parsed document (any shape), when it parsed. */
  data?: unknown;
  /** The first YAML error: message and 0-based offset into the original text. */
  error?: { message: string; offset: number };
}

const yamlSeen = new Memo<{ data?: unknown; error?: { message: string; pos: number } }>(256);

/** Reads the YAML front matter (memoised by its text: the editor re-lints the same front matter often; the data is read-only). */
export function readFrontMatter(root: Root, text: string): FrontMatter {
  const first = root.children[0];
  if (!first || first.type !== 'yaml') {
    // An opening '---' followed by a YAML key but never closed is front matter the writer meant, not a rule.
    if (/^---[ \t]*(?:\r\n|\r|\n)[ \t]*["']?[A-Za-z_][\w-]*["']?[ \t]*:(?:[ \t]|\r|\n|$)/.test(text)) {
      return { error: { message: "it has no closing '---' line; add one after the settings", offset: 0 } };
    }
    return {};
  }
  const node = first as Yaml;
  // The YAML body starts on the line after the opening '---' (whose line ending may be \r\n, or a lone \r).
  const start = node.position?.start.offset ?? 0;
  const eol = /\r\n?|\n/g;
  eol.lastIndex = start;
  const nl = eol.exec(text);
  const bodyOffset = nl ? nl.index + nl[0].length : start + 4;
  const parsed = yamlSeen.get(node.value, (body) => {
    // Duplicate keys are found here, not by `uniqueKeys` (which compares each key with every earlier one
    // of its map: 20k waivers took a minute).
    // A lone CR ends a line in Markdown but not in YAML 1.2: make it a LF (same length, so offsets hold).
    // logLevel 'error': yaml's warnings (a key that is a list, `[a]: x`) went to the process's stderr
    // as a Node warning in the middle of the report.
    const doc = parseDocument(body.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    const e = doc.errors[0];
    if (e) return { error: { message: e.message.split('\n')[0]!, pos: e.pos?.[0] ?? 0 } };
    const dup = duplicateKeyAt(doc.contents);
    if (dup !== undefined) return { error: { message: 'Map keys must be unique', pos: dup } };
    // Aliases are resolved here, and this may throw: an alias of no anchor (`status: *draft*`) or more
    // uses of aliases than `maxAliasCount` allows (a "billion laughs"). That is a broken front matter.
    try {
      return { data: doc.toJS({ maxAliasCount: 100 }) };
    } catch (x) {
      return { error: { message: `${(x as Error).message.split('\n')[0]!} (YAML aliases: use '&name' before '*name', and few of them)`, pos: aliasAt(body) } };
    }
  });
  if (parsed.error) return { node, error: { message: parsed.error.message, offset: bodyOffset + parsed.error.pos } };
  return { node, data: parsed.data };
}

/** Where the first YAML alias (`*name`) of a body is, for placing a finding about aliases; else 0. */
function aliasAt(body: string): number {
  const m = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/m.exec(body);
  return m ? m.index + m[0].indexOf('*') : 0;
}

/** The offset of the first key that repeats an earlier scalar key of its map (as `uniqueKeys` finds), if any. */
function duplicateKeyAt(contents: unknown): number | undefined {
  let first: number | undefined;
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`;
          if (seen.has(id)) {
            const at = key.range?.[0] ?? 0;
            if (first === undefined || at < first) first = at;
          }
          seen.add(id);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.value);
    }
  }
  return first;
}

/**
 * The source ranges of the doc's front matter, HTML comments and code blocks: what a reader does not read
 * as the writer's design (settings, notes to the linter, commented-out drafts, code). Block quotes are
 * read: writers answer their own questions in them; so are diagrams drawn in code blocks (Mermaid,
 * PlantUML, Graphviz, D2): their labels are the writer's words ("shadow deployment", "offline evaluation").
 */
export function hiddenRanges(root: Root): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  const stack: Array<{ type: string; value?: string; position?: Root['position']; children?: unknown[] }> = [...(root.children as never[])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    const hidden =
      node.type === 'yaml' || (node.type === 'code' && !isDiagram(node as { lang?: string | null; value?: string })) || (node.type === 'html' && node.value?.trimStart().startsWith('<!--'));
    if (hidden && s !== undefined && e !== undefined) out.push([s, e]);
    else if (node.children) for (const c of node.children) stack.push(c as never);
  }
  return out;
}

/**
 * Code blocks that are the writer's words: a diagram, whose labels are prose, or a list typed in a fence. A
 * diagram language (content.json `diagramLanguages`: Mermaid, PlantUML...), or a plain-text block
 * (`plainLanguages`) drawn as boxes: box corners (┌ ┐ └┘, ╔ ╗) or ASCII boxes (+----+), or holding only
 * bullets of prose ("- Quantization (FP32 → INT8)": no code punctuation, no `key: value` of YAML). A
 * directory tree (├── └──) has no box corner and stays code.
 */
const DIAGRAM_LANGS = new Set(BUILTIN_CONTENT.diagramLanguages);
const PLAIN_LANGS = new Set(BUILTIN_CONTENT.plainLanguages);
const BOX_CORNERS = /[┌┐┘╔╗╝╭╮╯]|\+-{3,}\+/u;
function isDiagram(node: { lang?: string | null; value?: string }): boolean {
  const lang = (node.lang ?? '').toLowerCase();
  if (DIAGRAM_LANGS.has(lang)) return true;
  return PLAIN_LANGS.has(lang) && (BOX_CORNERS.test(node.value ?? '') || isProseList(node.value ?? ''));
}

/** A bullet or numbered item's marker. */
const ITEM_MARKER = /^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+/u;
/** What code and YAML have that a bullet of prose has not. */
const CODE_MARKS = /[{}[\];=<>`$\\|]/u;
const YAML_KEY = /^[a-z_][\w.-]*:(?:[ \t]|$)/u;
const TWO_WORDS = /\S[ \t]+\S/u;
/** Whether a block's every line (two at least; blank lines aside) is a bullet of prose of two words or more. */
function isProseList(value: string): boolean {
  let items = 0;
  for (const line of value.split('\n')) {
    if (!line.trim()) continue;
    const marker = ITEM_MARKER.exec(line);
    const rest = marker ? line.slice(marker[0].length) : '';
    if (!marker || CODE_MARKS.test(rest) || YAML_KEY.test(rest) || !TWO_WORDS.test(rest)) return false;
    items++;
  }
  return items >= 2;
}
