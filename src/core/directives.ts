/**
 * Inline control comments, in the style of markdownlint and remark-lint:
 *
 *   <!-- mlsd-lint-disable placeholder empty-section -->   from here on (no ids: every rule)
 *   <!-- mlsd-lint-enable placeholder -->                  from here on again (no ids: every rule)
 *   <!-- mlsd-lint-disable-next-line heading-typo -->      the line after the comment
 *   <!-- mlsd-lint-disable-line placeholder -->            the comment's own line(s)
 *   <!-- mlsd-lint-disable-file step-order -->             the whole file
 *
 * Ids are separated by spaces or commas. Pure: reads html nodes of the mdast, filters findings.
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

const COMMENT = /<!--\s*mlsd-lint(?:-([A-Za-z-]*))?(?:\s+([\s\S]*?))?\s*-->/g;

/** Every `<!-- mlsd-lint-... -->` comment of the doc (never inside code). */
export function readDirectives(root: Root): Directive[] {
  const out: Directive[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') {
      const base = node.position?.start.offset ?? 0;
      const baseLine = node.position?.start.line ?? 1;
      for (const m of execAll(COMMENT, node.value)) {
        const keyword = (m[1] ?? '').toLowerCase();
        const ids = (m[2] ?? '')
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean);
        const before = node.value.slice(0, m.index!);
        const line = baseLine + (before.match(/\n/g)?.length ?? 0);
        const endLine = line + (m[0].match(/\n/g)?.length ?? 0);
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

/** Whether the directives turn off a finding of `ruleId` on `line` (the engine asks as each is reported). */
export function isSuppressed(f: { ruleId: string; line: number }, ds: readonly Directive[]): boolean {
  if (ds.length === 0) return false;
  let all = false;
  const off = new Set<string>();
  const on = new Set<string>();
  for (const d of ds) {
    if (d.kind === undefined) continue;
    if (d.kind === 'disable-file' && names(d, f.ruleId)) return true;
    if (d.kind === 'disable-line' && f.line >= d.line && f.line <= d.endLine && names(d, f.ruleId)) return true;
    if (d.kind === 'disable-next-line' && f.line === d.endLine + 1 && names(d, f.ruleId)) return true;
    if (d.line > f.line) continue;
    if (d.kind === 'disable') {
      if (d.ids.length === 0) {
        all = true;
        on.clear();
      } else for (const id of d.ids) off.add(id), on.delete(id);
    } else if (d.kind === 'enable') {
      if (d.ids.length === 0) {
        all = false;
        off.clear();
        on.clear();
      } else for (const id of d.ids) off.delete(id), on.add(id);
    }
  }
  return off.has(f.ruleId) || (all && !on.has(f.ruleId));
}
