/**
 * Inline control comments, in the style of markdownlint and remark-lint:
 *
 *   <!-- mlsd-lint-disable placeholder empty-section -->   from here on (no ids: every rule)
 *   <!-- mlsd-lint-enable placeholder -->                  from here on again (no ids: every rule)
 *   <!-- mlsd-lint-disable-next-line heading-typo -->      the line after the comment
 *   <!-- mlsd-lint-disable-line placeholder -->            the comment's own line(s)
 *   <!-- mlsd-lint-disable-file step-order -->             the whole file
 *
 * Ids are separated by spaces or commas; ` -- ` ends them, and what follows is the reason, for readers
 * (`<!-- mlsd-lint-disable-next-line placeholder -- filled after the offline eval -->`), as in ESLint.
 * Pure: reads html nodes of the mdast, filters findings.
 */
import type { Root, Nodes, Parent } from 'mdast';
import type { Finding } from './types.js';
import { execAll } from './search.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
/** The directives a `<!-- mlsd-lint-... -->` comment may name. */
export const KINDS: readonly string[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];

export interface Directive {
  /** The kind; undefined when the comment names an unknown one (`mlsd-lint-disabel`). */
  kind?: DirectiveKind;
  /** What followed `mlsd-lint-` (for messages about an unknown kind). */
  keyword: string;
  ids: string[];
  /** Offsets of the comment. */
  start: number;
  end: number;
  /** 1-based lines of the comment. */
  line: number;
  endLine: number;
}

/**
 * Linear on hostile text: the ids end at the first `-->` (the spaces before it are trimmed with the ids,
 * not by a `\s*` tried at every place), and the search runs only up to the last `-->` of the node, so
 * an unclosed `<!-- mlsd-lint ` does not scan to the end of the text once for each of its copies.
 */
const COMMENT = /<!--\s*mlsd-lint(?:-([A-Za-z-]*))?(?:\s([\s\S]*?))?-->/g;

/** Every `<!-- mlsd-lint-... -->` comment of the doc (never inside code). */
export function readDirectives(root: Root): Directive[] {
  const out: Directive[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') {
      const base = node.position?.start.offset ?? 0;
      const baseLine = node.position?.start.line ?? 1;
      const close = node.value.lastIndexOf('-->');
      if (close < 0) return;
      const closed = node.value.slice(0, close + 3);
      // Lines are counted on from the previous match (counting from the node's start each time was quadratic).
      let line = baseLine;
      let counted = 0;
      for (const m of closed.includes('mlsd-lint') ? execAll(COMMENT, closed) : []) {
        const keyword = (m[1] ?? '').toLowerCase();
        const ids = (m[2] ?? '')
          .split(/(?:^|\s)--(?:\s|$)/, 1)[0]!
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean);
        line += newlines(closed, counted, m.index!);
        counted = m.index!;
        const endLine = line + newlines(m[0], 0, m[0].length);
        out.push({
          kind: KINDS.includes(keyword) ? (keyword as DirectiveKind) : undefined,
          keyword,
          ids,
          start: base + m.index!,
          end: base + m.index! + m[0].length,
          line,
          endLine,
        });
      }
      return;
    }
    if ('children' in node) for (const c of (node as Parent).children) walk(c as Nodes);
  };
  walk(root);
  return out.sort((a, b) => a.start - b.start);
}

function newlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Whether a directive names a rule (no ids means every rule). */
function names(d: Directive, ruleId: string): boolean {
  return d.ids.length === 0 || d.ids.includes(ruleId);
}

/**
 * The findings the directives leave. `keep` findings (about the directives themselves) always stay.
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], keep: (f: Finding) => boolean = () => false): Finding[] {
  const known = directives.filter((d) => d.kind !== undefined);
  if (known.length === 0) return [...findings];
  return findings.filter((f) => keep(f) || !isSuppressed(f, known));
}

/** What a list of directives says, indexed once: answering for one finding walked every directive (quadratic). */
interface SuppressionIndex {
  fileAll: boolean;
  fileIds: Set<string>;
  /** disable-line / disable-next-line directives by the line they cover. */
  byLine: Map<number, Directive[]>;
  /** disable / enable directives without ids, and those naming each rule, in doc order: [line, disables]. */
  all: Array<[number, boolean, number]>;
  byRule: Map<string, Array<[number, boolean, number]>>;
}

const indexes = new WeakMap<readonly Directive[], SuppressionIndex>();

function indexOf(ds: readonly Directive[]): SuppressionIndex {
  let ix = indexes.get(ds);
  if (ix) return ix;
  ix = { fileAll: false, fileIds: new Set(), byLine: new Map(), all: [], byRule: new Map() };
  ds.forEach((d, order) => {
    if (d.kind === 'disable-file') {
      if (d.ids.length === 0) ix!.fileAll = true;
      else for (const id of d.ids) ix!.fileIds.add(id);
    } else if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const [from, to] = d.kind === 'disable-line' ? [d.line, d.endLine] : [d.endLine + 1, d.endLine + 1];
      for (let l = from; l <= to; l++) (ix!.byLine.get(l) ?? ix!.byLine.set(l, []).get(l)!).push(d);
    } else if (d.kind === 'disable' || d.kind === 'enable') {
      const entry: [number, boolean, number] = [d.line, d.kind === 'disable', order];
      if (d.ids.length === 0) ix!.all.push(entry);
      else for (const id of new Set(d.ids)) (ix!.byRule.get(id) ?? ix!.byRule.set(id, []).get(id)!).push(entry);
    }
  });
  indexes.set(ds, ix);
  return ix;
}

/** The last entry at or before `line` (entries are in doc order, so their lines ascend). */
function lastAt(entries: ReadonlyArray<[number, boolean, number]> | undefined, line: number): [number, boolean, number] | undefined {
  if (!entries) return undefined;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]![0] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? entries[lo - 1] : undefined;
}

/**
 * Whether the directives turn off a finding of `ruleId` on `line` (the engine asks as each is reported).
 * For disable/enable, the last directive up to the line that concerns the rule (by naming it, or naming
 * none) decides. `ds` must be in doc order; its index is built on the first question and kept with it.
 */
export function isSuppressed(f: { ruleId: string; line: number }, ds: readonly Directive[]): boolean {
  return suppressor(f, ds) !== undefined;
}

/**
 * The directive that turns off a finding of `ruleId` on `line`, or undefined (see isSuppressed). With
 * several that would, the file-wide one, then the one for the line, then the range's.
 */
export function suppressor(f: { ruleId: string; line: number }, ds: readonly Directive[]): Directive | undefined {
  if (ds.length === 0) return undefined;
  const ix = indexOf(ds);
  if (ix.fileAll || ix.fileIds.has(f.ruleId)) return ds.find((d) => d.kind === 'disable-file' && names(d, f.ruleId));
  const onLine = (ix.byLine.get(f.line) ?? []).find((d) => names(d, f.ruleId));
  if (onLine) return onLine;
  const a = lastAt(ix.all, f.line);
  const b = lastAt(ix.byRule.get(f.ruleId), f.line);
  const last = a && b ? (a[2] > b[2] ? a : b) : (a ?? b);
  return last !== undefined && last[1] ? ds[last[2]] : undefined;
}

/** The directives that turn rules off (the kinds an unused-directive finding can be about). */
export const DISABLING: readonly DirectiveKind[] = ['disable', 'disable-line', 'disable-next-line', 'disable-file'];
