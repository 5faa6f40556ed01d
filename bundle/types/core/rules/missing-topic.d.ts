import type { SectionDef } from '../rulebook.js';
export declare const rule: import("./context.js").Rule;
/** The schema's example for the topic, cut to its first sentence (at most about 100 characters). */
export declare function exampleOf(def: SectionDef, lang: 'en' | 'ko'): string;
