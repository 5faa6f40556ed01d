import { type Ignore } from 'ignore';
import { lintOptionsFor } from './config.js';
import { Linter } from './lint.js';
import { type ConfigFs, type PathOps } from './reading.js';
import type { DocSettings, Lang, Severity, SeveritySetting } from './types.js';
export { lintOptionsFor };
export type { ConfigFs, PathOps };
/** Names looked for in each folder, in this order; the first that exists wins. */
export declare const CONFIG_NAMES: readonly [".mlsdrc.json", ".mlsdrc.yaml", ".mlsdrc.yml", "package.json"];
export interface RcSettings {
    case?: string;
    profile?: string;
    lang?: Lang;
    rules?: Record<string, SeveritySetting>;
}
export interface Rc extends RcSettings {
    include?: string[];
    ignores?: string[];
    gitignore?: boolean;
    overrides?: Array<RcSettings & {
        files: string | string[];
    }>;
    schemas?: string[];
}
/** A config that cannot be used: every line names the file and the key. */
export declare class ConfigError extends Error {
    readonly lines: string[];
    readonly file?: string | undefined;
    /** `file`: the config file at fault (absolute), when there is one. */
    constructor(lines: string[], file?: string | undefined);
}
export interface LoadedConfig {
    path: string;
    dir: string;
    rc: Rc;
    linter: Linter;
    /** Hash of the config's content and of its extra schema files. */
    fingerprint: string;
    ignores?: Ignore;
    overrides: Array<{
        matches: (rel: string) => boolean;
        settings: RcSettings;
    }>;
    /** Whether a path (relative to the config's folder) is a design doc by the config's `include` (or the default's). */
    includes: (rel: string) => boolean;
    /** The config's `schemas` that were not read because `extraSchemas` is false (an untrusted editor workspace). */
    skippedSchemas?: string[];
}
/** What applies to one file. */
export interface FilePlan {
    /** Why the file is skipped, when it is. */
    ignored?: string;
    /**
     * Whether the path matches the `include` globs of its config (or the default ones): a design doc by its
     * path. A doc whose front matter has an `mlsd:` key is one too (declaresMlsd), whatever its path.
     */
    included: boolean;
    /** The `include` globs that applied (the config's, else the default). */
    include: readonly string[];
    config?: LoadedConfig;
    linter: Linter;
    defaults: DocSettings;
    rules: Record<string, Severity>;
    fingerprint: string;
}
/** POSIX paths (URI paths in the browser): '/' separated, absolute when they start with '/'. */
export declare const posixPath: PathOps;
export interface ResolverOptions {
    cwd: string;
    /** `--config <path>`: use this file for every doc instead of discovery. */
    configFile?: string;
    /** `--no-ignore`: lint files that .gitignore or a config's `ignores` would skip. */
    noIgnore?: boolean;
    /**
     * Read the extra schema files a config lists (default true). The editor passes false in an untrusted
     * workspace: the files are not read, and a `case` only they could define is left to the lint to report.
     */
    extraSchemas?: boolean;
    /** Hears what is skipped with a warning (an ignore file that is not a regular file, or too large). */
    warn?: (line: string) => void;
}
export declare class ConfigResolver {
    private readonly opts;
    private readonly fs;
    private readonly byDir;
    private readonly loaded;
    private readonly git;
    private readonly path;
    constructor(opts: ResolverOptions, fs: ConfigFs);
    /** The config that applies to files in `dir` (searching upward), or undefined. */
    configFor(dir: string): Promise<LoadedConfig | undefined>;
    private discover;
    private load;
    private read;
    /** Config, ignores and settings for one file (a path relative to cwd, or absolute). */
    forFile(file: string): Promise<FilePlan>;
    private show;
}
/** What applies to a file when no config does (or the one that would cannot be used). */
export declare function defaultPlan(): FilePlan;
