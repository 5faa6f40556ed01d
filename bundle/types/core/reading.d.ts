/**
 * The rules for reading the files a linter reads besides docs (configs, ignore files, team schemas), over a
 * small file-system interface: Node's `fs` (src/node/config.ts) or the editor's workspace file system (the
 * browser server asks the client). Only regular files are read (a named pipe waits forever, a device such
 * as /dev/zero never ends), never more than a size limit, and the reasons a file is refused are worded
 * here, once, for every file system.
 */
/** What is at a path, symlinks followed. */
export type FileKind = 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'other';
export interface FileStat {
    kind: FileKind;
    /** Bytes (0 when unknown). */
    size: number;
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
/** An error of the file system: a `code` (ENOENT, EACCES, ...) or the refusal's words (`reason`). */
export interface FsError {
    code?: string;
    reason?: string;
    message?: string;
}
/** What config discovery, ignore files and team schemas need of a file system. */
export interface ConfigFs {
    path: PathOps;
    /** What is at `path` (symlinks followed); undefined when nothing is. Throws an FsError when it cannot be looked at. */
    stat(path: string): Promise<FileStat | undefined>;
    /**
     * The UTF-8 text of a regular file, reading at most `maxBytes + 1` bytes (so a file that grew past the
     * limit since `stat` is seen to be over it); undefined when it no longer exists. Throws an FsError when it
     * cannot be read or is no longer a regular file. Called only after `stat` said a regular file within the limit.
     */
    readFile(path: string, maxBytes: number): Promise<string | undefined>;
    /** The path with symlinks resolved, undefined when it does not exist; without it, paths are taken as written. */
    realpath?(path: string): Promise<string | undefined>;
    /** A file's URL: the base of a team schema's `$ref`s. */
    toUrl(path: string): string;
    /** A short digest of a text (the config's cache fingerprint); default: the text itself. */
    digest?(text: string): string;
}
/** Limits for the files a linter reads besides docs: no real one comes near them. */
export declare const MAX_CONFIG_BYTES: number;
export declare const MAX_IGNORE_BYTES: number;
export declare const MAX_SCHEMA_BYTES: number;
/**
 * `missing`: the file does not exist (callers that look for optional files skip it silently);
 * `unseen`: it could not even be looked at (a folder on its path may not be searched).
 */
export type Refusal = {
    ok: false;
    reason: string;
    missing?: true;
    unseen?: true;
};
export type TextResult = {
    ok: true;
    text: string;
} | Refusal;
/** Why a file of this kind is not read, or undefined for a regular file. */
export declare function notRegularReason(kind: FileKind): string | undefined;
/** Why a file of `size` bytes is not read (`what`: "for a config file"; `hint`: how to get past it). */
export declare function tooBigReason(size: number, maxBytes: number, what?: string, hint?: string): string;
/** An error of the file system in a reason's words. */
export declare function describeFsError(e: unknown): string;
/**
 * A regular file's text (BOM dropped) of at most `maxBytes`, or why it was not read. It is looked at first
 * (a named pipe or a device is never opened), then read no further than the limit.
 */
export declare function readRegularText(fs: ConfigFs, path: string, maxBytes: number, what?: string): Promise<TextResult>;
/** Whether something is at `path` (a folder or a file, e.g. `.git`). */
export declare function exists(fs: ConfigFs, path: string): Promise<boolean>;
/**
 * Whether `abs` lies outside `root`: by its path (`'path'`), or only once symlinks are followed (`'link'`).
 * A path that does not exist is not outside (it is reported as missing).
 */
export declare function outsideOf(fs: ConfigFs, abs: string, root: string): Promise<'path' | 'link' | undefined>;
