/**
 * lint(text) → findings + coverage. Pure: text in, findings out (no fs, no editor, no process).
 *
 * parse → outline → recognise → document model → Ajv (the schema) + rules → findings
 */
import type { Root } from 'mdast';
import { Recogniser } from './recognise.js';
import { SchemaSet, type JsonSchema, type Profile, type RuleBook } from './rulebook.js';
import type { Coverage, DocSettings, Finding, Lang, Severity, SeveritySetting } from './types.js';
export { sectionSnippet } from './fixes.js';
export interface LintOptions {
    /** Settings used when the doc's front matter does not set them (from a config file). */
    defaults?: DocSettings;
    /** Settings that win over the front matter (explicit command-line flags). */
    overrides?: DocSettings;
    /** Rule severities by rule id (from a config file); `warn` is `warning`. */
    rules?: Record<string, SeveritySetting>;
    /** Base URL of the rule docs; a rule's page is `<base><id>.md`. */
    docsBase?: string;
    /**
     * The doc's file name or path, when it has one. Read as the author's label, after the title: the case
     * when neither the settings nor the title name one (`video-search.md`), and whether the doc is a template
     * (`design-doc-template.md`) or another genre (`churn-model-card.md`).
     */
    fileName?: string;
}
export interface LintResult {
    findings: Finding[];
    coverage: Coverage;
    case: string;
    /**
     * Set when the doc named no case and the case was guessed: from its title's `phrase`, from its file name
     * (`fromFileName`, `title` is then the file name), or (with `mentions`) from the text naming it that often.
     */
    caseInferred?: {
        title: string;
        phrase: string;
        mentions?: number;
        fromFileName?: boolean;
    };
    profile: string;
    /**
     * Set when the doc is another genre by its title or file name (schemas/content.json `genres`: a model
     * card, a pattern page, an architecture decision record): it was not checked against the procedure.
     */
    genre?: string;
    lang: Lang;
    errorCount: number;
    warningCount: number;
}
export declare class Linter {
    readonly set: SchemaSet;
    private readonly validator;
    private readonly recognisers;
    constructor(schemas?: JsonSchema[], profiles?: Profile[]);
    cases(): string[];
    profiles(): string[];
    ruleBook(caseId: string): RuleBook | undefined;
    recogniser(caseId: string): Recogniser;
    /**
     * Lints one document. `root` is for callers that parsed `text` already (the editor's incremental
     * linter): it must be the tree of exactly this text.
     */
    lint(text: string, options?: LintOptions, root?: Root): LintResult;
    /** The profile's severity for a missing step or topic, if it sets one. */
    private profileSeverity;
}
/** Lints with the bundled schemas and profiles. */
export declare function lint(text: string, options?: LintOptions): LintResult;
/** `warn` is `warning` (ESLint's spelling); every other value is what it says. */
export declare function toSeverity(s: SeveritySetting): Severity;
/** A table of rule severities as users write them, as the engine reads them. */
export declare function severityTable(rules: Readonly<Record<string, SeveritySetting>>): Record<string, Severity>;
