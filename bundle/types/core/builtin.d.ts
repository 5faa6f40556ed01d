import type { JsonSchema, Profile, Words } from './rulebook.js';
export declare const BUILTIN_SCHEMAS: JsonSchema[];
export declare const BUILTIN_PROFILES: Profile[];
export declare const DEFAULT_PROFILE = "recommended";
export declare const DEFAULT_CASE = "generic";
/** Words the content rules and the genre checks need that belong to no step or topic (schemas/content.json). */
export interface Content {
    referenceHeadings: Words;
    boilerplateHeadings: Words;
    contentsHeadings: Words;
    genericHeads: Words;
    connectors: Words;
    /** Short forms in file names and the words they stand for ("recom" -> "recommendation"). */
    fileNameWords: Record<string, string>;
    /** Words that say a doc is a template. */
    templateWords: Words;
    /** Titles of a note that summarises the procedure itself (a framework note). */
    frameworkTitles: Words;
    /** Names of the field in which a doc declares what it is ("Kind: exercise", front matter `type:`). */
    kindFields: Words;
    /** Words that make a few words in angle brackets a blank to fill in ("<your name>"). */
    slotWords: Words;
    /** What follows a TODO that names a to-do list ("TODO List", "TODO 목록"), not a placeholder. */
    todoListWords: Words;
    /** How a template's instruction to the writer opens ("Describe ...") or ends ("...작성하세요"). */
    promptOpeners: Words;
    promptEndings: Words;
    /** Words a title, heading or file name uses to say the doc is a competition entry (x-mlsd `live` steps and topics are not asked). */
    /** How the sentence under a doc's title opens when it says the doc is a template ("A template for ..."). */
    templateLeadOpeners: Words;
    /** Base names of a project's README (case-insensitive; a language suffix allowed). */
    projectReadmeNames: string[];
    offlineProjectWords: Words;
    learningProjectWords: Words;
    /** Words that say which part of a step its one-word name means ("Offline training", 离线训练). */
    stepModifiers: Words;
    /** The system's task words that say whose step a step's name is ("Recommendation modeling"). */
    taskWords: Words;
    /**
     * Other kinds of document that are not designs, by id: their name and the words of their titles
     * (`declaredOnly`: only in a declared kind field, never in a title; `linkHosts`: a title linking to a
     * page on one of these hosts, a paper, says it too; `structural`: said by the doc's shape, not its words).
     */
    genres: Record<string, {
        name: Record<'en' | 'ko', string>;
        head?: boolean;
        declaredOnly?: boolean;
        structural?: boolean;
        title: Words;
        linkHosts?: string[];
    }>;
    /** Info strings of code blocks that draw diagrams: their labels are prose. */
    diagramLanguages: string[];
    /** Info strings of code blocks that hold plain text (a box drawing in one is a diagram). */
    plainLanguages: string[];
}
export declare const BUILTIN_CONTENT: Content;
