/**
 * The parts of GitHub-flavoured Markdown a design doc's structure and text depend on: tables (metrics
 * are often tabled), footnotes (their text is discussion), task lists and strikethrough. It leaves out
 * GFM's autolink literals on purpose: they only wrap a bare URL's own text in a link node, which changes
 * nothing this linter reads, yet they hook every letter of the text and walk the whole tree afterwards
 * (about 30 % of a parse with remark-gfm, measured on the bench corpus). remark-gfm has no option to
 * leave them out, so this plugin registers the other extensions the way remark-gfm does.
 */
import type { Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * What any of these extensions needs in a text to make a node of its own (a table's `|`, `~`, a
 * footnote's `[^`, a task box): a text without any is parsed without them. Keep it in step with the
 * extensions below.
 */
export const GFM_TRIGGER = /[|~]|\[\^|\[[ \txX]\]/;

/** A unified plugin: GFM tables, footnotes, task lists and strikethrough, without autolink literals. */
export function remarkGfmBlocks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmTaskListItem(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}
