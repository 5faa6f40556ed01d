/**
 * The one rule contract. A rule is `{ meta, check }`: `meta` says what the rule is (id, default severity,
 * kind, messages by id in English and Korean, whether its findings can be waived, the titles of its
 * fixes); `check(ctx)` looks at the analysed doc and only reports `{ messageId, data, node or range }`.
 * The engine (lint.ts) resolves the severity, applies inline directives and stamps rule id, URL and the
 * formatted text, in one place.
 */
import type { ErrorObject } from 'ajv';
import type { Directive } from '../directives.js';
import type { Analysis, DocModel } from '../model.js';
import type { LineIndex } from '../positions.js';
import type { RuleBook, SectionDef, Words } from '../rulebook.js';
import type { Fix, FixType, Lang } from '../types.js';
/** A text in both languages. `{name}` in it is replaced by the value of `name` in the finding's data. */
export type Texts = Record<Lang, string>;
export type RuleKind = 'structure' | 'content' | 'settings';
export interface RuleMeta {
    id: string;
    /** Severity when neither the config, the front matter nor the profile says otherwise. */
    severity: 'error' | 'warning';
    /** structure: what is missing, hollow or misnamed; content: what a section says; settings: the doc's own settings. */
    kind: RuleKind;
    /** One line for the docs, the README table and SARIF. */
    description: Texts;
    /** Message templates by message id. */
    messages: Record<string, Texts>;
    /** Whether a finding of this rule about a step or topic can be waived (`mlsd.waive`) instead of fixed. */
    waivable?: boolean;
    /** Titles of the quick fixes the rule offers, by fix id (`{name}` from the fix's data). */
    fixes?: Record<string, Texts>;
    /**
     * What kind of change each fix makes, by fix id (`mlsd-lint --fix-type`): `headings` rewrites a heading's
     * text, `sections` inserts sections from the case template. A fix without a type is never applied in bulk.
     */
    fixTypes?: Record<string, FixType>;
    /** Whether the profile's severity of the finding's step or topic applies (missing steps and topics). */
    profileSeverity?: boolean;
}
export type Data = Record<string, string | number>;
/** A quick fix: an edit of the text and which of the rule's fix titles describes it. */
export interface ReportFix extends Fix {
    id: string;
    data?: Data;
}
export interface Report {
    messageId: string;
    data?: Data;
    /** Where: a node with offsets (a section, a directive), or an explicit range of offsets. */
    node?: {
        start: number;
        end: number;
    };
    range?: readonly [number, number];
    /** The step or topic the finding concerns. */
    topic?: string;
    /** A "did you mean" replacement. */
    suggestion?: string;
    fix?: ReportFix;
    /**
     * The steps or topics a grouped finding stands for, each with its own fix (the editor offers one per
     * topic), and `at`, the offset where it is when it is in the doc (a blank section's heading).
     */
    related?: Array<{
        topic: string;
        title: string;
        fix?: ReportFix;
        at?: number;
    }>;
    /** The rule's severity for this report when neither the config, the front matter nor the profile sets one. */
    defaultSeverity?: 'error' | 'warning';
}
/** What a settings rule sees of the doc's `mlsd:` front matter. */
export interface SettingsView {
    /** Offset of a key inside the front matter (`path` like `mlsd.rules.placeholder`), or 0 without front matter. */
    keyOffset(path: string): number;
    /** A YAML error of the front matter, if it does not parse. */
    yamlError?: {
        message: string;
        offset: number;
    };
    /** What is wrong with the shape of the `mlsd:` settings (checked against their JSON Schema). */
    problems: readonly SettingProblem[];
    /** The case and profile asked for (front matter, config or flags) and what is known. */
    requestedCase: string;
    knownCases: readonly string[];
    requestedProfile: string;
    knownProfiles: readonly string[];
    defaultProfile: string;
    /** The waivers asked for, by id. */
    waive: Readonly<Record<string, string>>;
}
export type SettingProblem = {
    kind: 'unknown-key';
    key: string;
    known: readonly string[];
    offset: number;
} | {
    kind: 'not-mapping';
    key: string;
    offset: number;
} | {
    kind: 'bad-value';
    key: string;
    value: string;
    allowed: readonly string[];
    offset: number;
} | {
    kind: 'not-string';
    key: string;
    offset: number;
} | {
    kind: 'unknown-rule';
    key: string;
    known: readonly string[];
    offset: number;
};
export interface RuleContext {
    text: string;
    lines: LineIndex;
    lang: Lang;
    book: RuleBook;
    analysis: Analysis;
    model: DocModel;
    /** The doc's inline `<!-- mlsd-lint-... -->` comments. */
    directives: readonly Directive[];
    settings: SettingsView;
    /** How the doc's profile wants missing topics reported (see Profile.topics). */
    topicReport: 'key' | 'grouped' | 'each';
    /** How the profile reports the blanks of a doc that is still mostly blank (Profile `blanks`). */
    blanks: 'each' | 'grouped';
    /** The doc says it is a template (its title or file name; see genre.ts): its blanks are the point. */
    declaredTemplate: boolean;
    /** The doc summarises the procedure itself (a framework note; see genre.ts): no design's values are asked of it. */
    framework: boolean;
    /** The doc is a project's README (see genre.ts isProjectReadme): what its code does, not a walk through the procedure. */
    projectReadme: boolean;
    /** When the profile reports a step or topic missing (Profile `missing`): not found where it belongs, or named nowhere. */
    missingMode: 'undiscussed' | 'unnamed';
    /** Where the doc names a step (or one of its topics) or a topic at all, anywhere; undefined if nowhere. */
    namedAt(def: SectionDef): number | undefined;
    /** Whether the doc says one of `words` anywhere in its own text (not front matter, comments, code or references). */
    docNames(words: Words): boolean;
    /** Whether the doc is not asked for a step or topic (its case omits it, or it does not apply to the doc). */
    notAsked(id: string): boolean;
    /**
     * Whether the doc's profile gives a topic a severity of its own (by its id, or `case/*` for the topics a
     * case adds): such a topic is reported on its own, not in its step's group.
     */
    profileNames(def: SectionDef): boolean;
    /** Ajv's errors of the document model against the case schema (`allErrors`). */
    schemaErrors: readonly ErrorObject[];
    /** Every rule id the registry holds. */
    ruleIds: readonly string[];
    report(r: Report): void;
    /**
     * Where findings of another rule were reported in this doc, after severities and inline directives
     * (a rule that is off, or disabled there, reported nothing). The engine runs that rule first if needed.
     */
    reported(ruleId: string): ReadonlyArray<{
        start: number;
        end: number;
        topic?: string;
    }>;
    /**
     * The disabling directives that hid nothing, after every rule but `self` ran: one entry per known rule id a
     * directive names and hid no finding of, or the directive alone when it names none.
     */
    unusedDirectives(self: string): ReadonlyArray<{
        directive: Directive;
        id?: string;
    }>;
}
export interface Rule {
    meta: RuleMeta;
    check(ctx: RuleContext): void;
}
/** Types a rule in place (no registration: the registry lists rules explicitly). */
export declare function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void): Rule;
