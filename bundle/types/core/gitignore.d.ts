import { type ConfigFs } from './reading.js';
export declare class GitIgnore {
    private readonly fs;
    private readonly skipped;
    private readonly dirs;
    /** `skipped` hears of an ignore file that exists but is not read (not a regular file, too large, unreadable). */
    constructor(fs: ConfigFs, skipped?: (file: string, reason: string) => void);
    /** The ignore file that excludes `absFile`, or undefined when git would not ignore it. */
    ignoredBy(absFile: string): Promise<string | undefined>;
    private dir;
}
/** The repository root: the nearest folder upward from `dir` that holds `.git`; undefined outside a repository. */
export declare function findRepoRoot(fs: ConfigFs, dir: string): Promise<string | undefined>;
