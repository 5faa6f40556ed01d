/**
 * Which case a doc is about, when it does not say: the phrases a case schema lists under
 * `x-mlsd-case.match` (per language), looked for in the doc's title: its front-matter `title`, else its
 * first heading. A chapter note titled "Harmful content detection" is linted as that case, so it is asked
 * for what the chapter asks, not for every topic of the whole procedure.
 */
import type { Root } from 'mdast';
import type { DocModel } from './model.js';
import type { RuleBook, SchemaSet, SectionDef, Words } from './rulebook.js';
export interface CaseGuess {
    id: string;
    /** The title the case was read from (the doc's title, or '' when it has none), and the phrase that named it. */
    title: string;
    phrase: string;
    /** Read from the doc's text, not its title: how often the case's phrases occur. */
    mentions?: number;
    /** Read from the doc's file name (then `title` is the file name). */
    fromFileName?: boolean;
}
/**
 * The case a doc's text is about, when it has no title or opens with a table of contents: the case
 * whose `match` phrases the text names at least three times, twice as often as any other case's, outside
 * `outside` (front matter, comments, code).
 */
export declare function inferCaseFromText(set: SchemaSet, title: string | undefined, text: string, outside: ReadonlyArray<readonly [number, number]>): CaseGuess | undefined;
/**
 * The words of a file name, as a title: the base name without its Markdown and `.design` extensions, split
 * at `-`, `_`, `.`, spaces and camelCase, with short forms spelt out (content.json `fileNameWords`):
 * `notes/event-recom.md` is "event recommendation", `videoSearch.design.md` "video search".
 */
export declare function fileNameTitle(fileName: string): string;
/**
 * The case a doc's file name names (see `fileNameTitle`), else the case its folder names: notes kept one
 * folder per case with the same file names in each (`video_recommendation/requirements.md`). Only the
 * nearest folder: the ones above it say where the repository lives, not what the doc is about. The
 * guess's `title` is the file name as given.
 */
export declare function inferCaseFromFileName(set: SchemaSet, fileName: string | undefined): CaseGuess | undefined;
/** The doc's title: front matter `title:`, else its first heading among the first top-level blocks. */
export declare function docTitle(root: Root, text: string, frontMatter: unknown): string | undefined;
/** The case whose match phrases the title holds (the longest phrase wins a tie between cases). */
export declare function inferCase(set: SchemaSet, title: string | undefined): CaseGuess | undefined;
/** A title normalised for phrase look-ups: padded, and without spaces (for CJK phrases). */
export declare function titleKey(title: string): {
    norm: string;
    squeezed: string;
};
/**
 * Whether a title (its `titleKey`) holds a normalised phrase: a Latin phrase as whole words, a CJK one
 * inside a word and across spacing (유해 콘텐츠 = 유해콘텐츠).
 */
export declare function titleHolds(key: {
    norm: string;
    squeezed: string;
}, phrase: string): boolean;
/**
 * The topics a generic doc is not asked for because of what it is about: each topic with `appliesWhen`
 * words (x-mlsd) the doc does not name (`names` says whether its own text, code and comments left
 * out, says one of them), or that words of its `notWhen` say do not apply: a regression is asked for
 * no class imbalance, a server-side system for no cloud vs on-device, an autoencoder that learns only
 * normal data for no class imbalance either. A doc of a case is asked for what its case requires instead.
 */
export declare function inapplicable(book: RuleBook, model: DocModel, names: (words: Words, def: SectionDef) => boolean): Set<string>;
