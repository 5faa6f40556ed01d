import type { JsonSchema, Profile, Words } from './rulebook.js';
export declare const BUILTIN_SCHEMAS: JsonSchema[];
export declare const BUILTIN_PROFILES: Profile[];
export declare const DEFAULT_PROFILE = "recommended";
export declare const DEFAULT_CASE = "generic";
/** Words the content rules need that belong to no step or topic (schemas/content.json). */
export declare const BUILTIN_CONTENT: {
    referenceHeadings: Words;
    contentsHeadings: Words;
    genericHeads: Words;
    connectors: Words;
    fileNameWords: Record<string, string>;
    templateWords: Words;
    genres: Record<string, {
        name: Record<'en' | 'ko', string>;
        head?: boolean;
        title: Words;
    }>;
};
