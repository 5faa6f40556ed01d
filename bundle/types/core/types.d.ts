/** Shared types of the pure core. Nothing here touches the file system or an editor. */
export type Severity = 'error' | 'warning' | 'off';
/** A severity as a user writes it: `warn` is `warning`, as in ESLint. */
export type SeveritySetting = Severity | 'warn';
export type Lang = 'en' | 'ko';
export type Status = 'present' | 'empty' | 'missing' | 'waived';
/** 1-based line and column, 0-based offset into the original text. */
export interface Point {
    line: number;
    column: number;
    offset: number;
}
export interface Range {
    start: Point;
    end: Point;
}
/** A text edit expressed on the original text: replace [start, end) with `text`. */
export interface Fix {
    start: number;
    end: number;
    text: string;
}
/** The kinds of fixes applied in bulk (`--fix-type`): heading rewrites, inserted template sections. */
export type FixType = 'headings' | 'sections';
/** A finding's quick fix: the edit, and which of its rule's fix titles (`meta.fixes`) names it. */
export interface FindingFix extends Fix {
    id: string;
    data?: Record<string, string | number>;
}
export interface Finding {
    ruleId: string;
    severity: Exclude<Severity, 'off'>;
    /** Which of the rule's messages, and the values of its placeholders: `message` is that text, formatted. */
    messageId: string;
    data?: Record<string, string | number>;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** The step or topic the finding concerns, if any. */
    topic?: string;
    /** A "did you mean" replacement, if any. */
    suggestion?: string;
    /** An edit that resolves the finding (quick fix / --fix), if one is safe. */
    fix?: FindingFix;
    /** Link to the rule's docs page. */
    url: string;
    /**
     * The steps or topics a grouped finding stands for, each with its title and its own fix, and where it is
     * when it is in the doc (a blank section: 1-based line and column).
     */
    related?: Array<{
        topic: string;
        title: string;
        fix?: FindingFix;
        line?: number;
        column?: number;
    }>;
}
export interface CoverageEntry {
    status: Status;
    /** Line of the section (or of the first cue) that covers it. */
    line?: number;
    /** How it was found: its own heading, or cues inside its step. */
    via?: 'heading' | 'cue' | 'topics';
    /** The waiver's reason, when waived. */
    reason?: string;
    /** The doc's case does not ask for it (its chapter does not call for it): never reported missing. */
    notAsked?: true;
}
export interface Coverage {
    steps: Record<string, CoverageEntry>;
    topics: Record<string, CoverageEntry>;
}
/** Settings read from the `mlsd:` key of the YAML front matter, or given by the caller. */
export interface DocSettings {
    case?: string;
    profile?: string;
    lang?: Lang;
    waive?: Record<string, string>;
    /** Rule severities for this doc only (front matter `mlsd.rules`); they win over the config's. */
    rules?: Record<string, SeveritySetting>;
}
