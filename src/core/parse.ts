/** Markdown to mdast (unified + remark-parse), and the YAML front matter's `mlsd:` settings. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseDocument } from 'yaml';
import type { Root, Yaml } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

export interface FrontMatter {
  /** The YAML node, if the doc has front matter. */
  node?: Yaml;
  /** The parsed document (any shape), when it parsed. */
  data?: unknown;
  /** The first YAML error: message and 0-based offset into the original text. */
  error?: { message: string; offset: number };
}

export function readFrontMatter(root: Root): FrontMatter {
  const first = root.children[0];
  if (!first || first.type !== 'yaml') return {};
  const node = first as Yaml;
  // The YAML body starts after the opening '---' line.
  const bodyOffset = (node.position?.start.offset ?? 0) + 4;
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const firstLine = e.message.split('\n')[0]!;
    return { node, error: { message: firstLine, offset: bodyOffset + (e.pos?.[0] ?? 0) } };
  }
  return { node, data: doc.toJS() };
}
