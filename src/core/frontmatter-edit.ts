/**
 * Minimal edits to a doc's YAML front matter: set `mlsd.waive.<id>` or `mlsd.rules.<id>` and leave every
 * other character the user wrote alone (comments, quoting, order, other keys). Pure: text in, one edit out,
 * so it is unit-tested without an editor. Falls back to re-printing the front matter (the yaml library keeps
 * comments) only for shapes a line insertion cannot handle, such as flow mappings (`mlsd: { case: x }`).
 */
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { Fix } from './types.js';

const OPEN = /^(\uFEFF?)---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

function quote(value: string): string {
  return JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
}

/** `keys` as nested block lines, starting at `indent`; the last key gets the value. */
function block(keys: readonly string[], value: string, indent: number, eol: string): string {
  return keys
    .map((k, i) => `${' '.repeat(indent + 2 * i)}${k}:${i === keys.length - 1 ? ` ${quote(value)}` : ''}${eol}`)
    .join('');
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line that holds `offset - 1` (the end of a node's value). */
function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The edit that sets `keys` (a path such as ['mlsd', 'waive', 'eval-fairness-bias']) to `value` in the
 * front matter, creating the front matter or any missing mapping. Undefined when the front matter does not
 * parse (the linter reports that; we do not guess).
 */
export function setFrontMatterValue(text: string, keys: readonly string[], value: string): Fix | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const open = OPEN.exec(text);
  if (!open) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    const rest = text.slice(at);
    const gap = rest.length === 0 || rest.startsWith('\n') || rest.startsWith('\r\n') ? '' : eol;
    return { start: at, end: at, text: `---${eol}${block(keys, value, 0, eol)}---${eol}${gap}` };
  }
  const bodyStart = open[0].length;
  const close = CLOSE.exec(text.slice(bodyStart));
  if (!close) return undefined;
  const bodyEnd = bodyStart + close.index;
  const body = text.slice(bodyStart, bodyEnd);
  const doc = parseDocument(body);
  if (doc.errors.length > 0) return undefined;

  const insert = (at: number, indent: number, from: number): Fix => {
    let pre = '';
    if (at > 0 && body[at - 1] !== '\n') pre = eol; // value ran to the end of the body without a newline
    return { start: bodyStart + at, end: bodyStart + at, text: pre + block(keys.slice(from), value, indent, eol) };
  };
  const reprint = (): Fix | undefined => {
    doc.setIn(keys as string[], value);
    let out = doc.toString({ lineWidth: 0 });
    if (eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n');
    return { start: bodyStart, end: bodyEnd, text: out };
  };

  let node: unknown = doc.contents;
  for (let i = 0; i < keys.length; i++) {
    if (node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
      if (i === 0) return insert(body.length, 0, 0); // empty front matter
      return reprint();
    }
    if (!isMap(node) || node.flow) return reprint();
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === keys[i]);
    const first = node.items[0];
    const firstKey = first && isScalar(first.key) ? first.key : undefined;
    const indent = firstKey?.range ? firstKey.range[0] - lineStartOf(body, firstKey.range[0]) : 0;
    if (!pair) {
      const end = (node as Node).range?.[1] ?? body.length;
      return insert(afterLine(body, end), indent, i);
    }
    if (i === keys.length - 1) {
      const v = pair.value as Node | null;
      if (isScalar(v) && v.range && v.value !== null) return { start: bodyStart + v.range[0], end: bodyStart + v.range[1], text: quote(value) };
      return reprint();
    }
    const child = pair.value as Node | null;
    if (child === null || (isScalar(child) && child.value === null)) {
      // `waive:` with nothing under it: put the entry on the next line, one level deeper.
      const k = pair.key as Node;
      return insert(afterLine(body, (child?.range?.[1] ?? k.range?.[1] ?? 0)), indent + 2, i + 1);
    }
    node = child;
  }
  return reprint();
}
