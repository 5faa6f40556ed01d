import { type Ignore } from 'ignore';
import { Linter } from './lint.js';
import type { DocSettings, Lang, Severity, SeveritySetting } from './types.js';
/** Names looked for in each folder, in this order; the first that exists wins. */
export declare const CONFIG_NAMES: readonly [".mlsdrc.json", ".mlsdrc.yaml", ".mlsdrc.yml", "package.json"];
export interface RcSettings {
    case?: string;
    profile?: string;
    lang?: Lang;
    /** Rule severities as users write them (`warn` is `warning`). */
    rules?: Record<string, SeveritySetting>;
}
export interface Rc extends RcSettings {
    /** Globs (relative to the config's folder) of the docs that are design docs; the default's when unset. */
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
    /** The config's `schemas` that were not read because `extraSchemas` is false (an untrusted editor workspace). */
    skippedSchemas?: string[];
}
/** What applies to one file. */
export interface FilePlan {
    /** Why the file is skipped, when it is. */
    ignored?: string;
    config?: LoadedConfig;
    /** Set when the config sets `include`: whether its globs take the file (a design doc by its path). */
    included?: boolean;
    linter: Linter;
    defaults: DocSettings;
    rules: Record<string, Severity>;
    fingerprint: string;
}
/** Path operations of the file system's paths (node:path on Node, `posixPath` for URI paths). */
export interface PathOps {
    dirname(p: string): string;
    join(...parts: string[]): string;
    relative(from: string, to: string): string;
    resolve(...parts: string[]): string;
    isAbsolute(p: string): boolean;
    sep: string;
}
/** What the resolver needs of a file system. */
export interface ConfigFs {
    /**
     * A file's text, or undefined when there is no such file (or it is a folder). Throws an error with a
     * `code` (EACCES, ...) when the file exists but cannot be read.
     */
    readFile(path: string): Promise<string | undefined>;
    path: PathOps;
    /** A file's URL: the base of a team schema's `$ref`s. */
    toUrl(path: string): string;
    /** The ignore file (.gitignore, .git/info/exclude) that makes git ignore the file, if any. */
    gitIgnoredBy?(absFile: string): Promise<string | undefined>;
    /** A short digest of a text (the config's cache fingerprint); default: the text itself. */
    digest?(text: string): string;
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
}
export declare class ConfigResolver {
    private readonly opts;
    private readonly fs;
    private readonly byDir;
    private readonly loaded;
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
