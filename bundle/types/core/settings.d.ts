import type { FrontMatter } from './parse.js';
import type { SettingProblem } from './rules/context.js';
import type { DocSettings } from './types.js';
/** The keys `mlsd:` may hold: the schema's. */
export declare const KNOWN_SETTINGS: readonly string[];
export interface DocOwnSettings {
    own: DocSettings;
    problems: SettingProblem[];
    /** Offset of a key path (`mlsd.rules.placeholder`) inside the front matter; 0 without front matter. */
    keyOffset(path: string): number;
}
export declare function readSettings(fm: FrontMatter, text: string): DocOwnSettings;
