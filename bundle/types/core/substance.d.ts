export declare const PLACEHOLDER_LINE: RegExp;
/**
 * Inline blanks: "____", "{{metric}}", "[TODO]", "<describe the metric>" (words in angle brackets that are no HTML tag;
 * a pair such as "<사용자, 이벤트>" is notation for a tuple, not a prompt).
 * A blank's inside stops at the next opening brace or bracket, so each of 100k `{` does not scan to the line's end.
 */
export declare const PLACEHOLDER_INLINE: RegExp;
export interface SubstanceOptions {
    /** Questions count as substance (the clarifying questions of a requirements section). */
    questionsCount?: boolean;
    /** The schema's hints for the section: a template's hint left as text is not substance. */
    hints?: readonly string[];
    /**
     * Whether a short line only names a step or topic ("- Monitoring", "- A/B testing"): an outline of
     * what to write, not what was written.
     */
    isLabel?: (line: string) => boolean;
}
/**
 * Whether a section says something: two words of substance. It stops at the second word, so a long
 * section costs no more than its first lines.
 */
export declare function hasSubstance(text: string, opts?: SubstanceOptions): boolean;
/** Whether one line is a placeholder line ("TODO: ...", "작성 필요"); the cheap hint rules most lines out first. */
export declare function isPlaceholderLine(line: string): boolean;
/** Placeholders in a text: offsets relative to the text, for reporting. */
export declare function findPlaceholders(text: string): Array<{
    index: number;
    length: number;
    match: string;
}>;
export declare function isNotApplicable(text: string): boolean;
