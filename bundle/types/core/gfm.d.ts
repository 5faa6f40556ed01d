/**
 * The parts of GitHub-flavoured Markdown a design doc's structure and text depend on: tables (metrics
 * are often tabled), footnotes (their text is discussion), task lists and strikethrough. It leaves out
 * GFM's autolink literals on purpose: they only wrap a bare URL's own text in a link node, which changes
 * nothing this linter reads, yet they hook every letter of the text and walk the whole tree afterwards
 * (about 30 % of a parse with remark-gfm, measured on the bench corpus). remark-gfm has no option to
 * leave them out, so this plugin registers the other extensions the way remark-gfm does.
 */
import type { Processor } from 'unified';
/**
 * What any of these extensions needs in a text to make a node of its own (a table's `|`, `~`, a
 * footnote's `[^`, a task box): a text without any is parsed without them. Keep it in step with the
 * extensions below.
 */
export declare const GFM_TRIGGER: RegExp;
/** A unified plugin: GFM tables, footnotes, task lists and strikethrough, without autolink literals. */
export declare function remarkGfmBlocks(this: Processor): void;
