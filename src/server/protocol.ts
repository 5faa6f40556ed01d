/**
 * The custom part of the protocol between the mlsd-lint client (the VS Code extension, desktop or web)
 * and the server. Plain method names and types: both sides import this file, neither needs the other.
 */
import type { Coverage, Lang, Localized } from './protocol-types.js';

export const CMD_ADD_WAIVER = 'mlsd.addWaiver';
/** `mlsd.insertMissingSection(uri, group, topicId?)`: the client's pick of one section a grouped finding lists. */
export const CMD_INSERT_SECTION = 'mlsd.insertMissingSection';
export const FIX_ALL_KIND = 'source.fixAll.mlsd';

export interface InitOptions {
  /** The workspace is trusted: a config's extra schema files may be read (default true). */
  trusted?: boolean;
  /** The client runs `mlsd.addWaiver` itself (VS Code: it asks for the reason). */
  clientCommands?: boolean;
  /** The `mlsd` settings, for clients without `workspace/configuration`. */
  settings?: unknown;
}

export interface SlimSection {
  id: string;
  kind: 'step' | 'topic';
  order: number;
  key: boolean;
  step: string;
  title: Localized;
  hint?: Localized;
  required: boolean;
}

export interface SlimBook {
  caseInfo: { id: string; title: Localized; schemaId: string };
  steps: SlimSection[];
  topics: SlimSection[];
  /** Steps and topics the case does not ask for (its `omits`). */
  omitted: string[];
}

/** What the client shows about a doc (coverage view, status bar, its API), without the findings. */
export interface DocInfo {
  uri: string;
  version: number;
  result?: { coverage: Coverage; case: string; profile: string; lang: Lang; errorCount: number; warningCount: number; genre?: string };
  /** What the doc reads as when it is not a design doc ("a model card", "notes with no section for any step ..."), in each language. */
  genreName?: { en: string; ko: string };
  book?: SlimBook;
  /** In `mlsd/didLint`: the book is the one the previous `mlsd/didLint` for this doc had (not sent again). */
  sameBook?: true;
  /** Steps and required topics covered (present or waived), of the case's. */
  tally?: { steps: { covered: number; total: number }; topics: { covered: number; total: number } };
  /** Each step's required topics covered out of all, its state and the key topics it misses (src/core/progress.ts). */
  progress?: Array<{ step: string; state: 'done' | 'partial' | 'hollow' | 'missing' | 'waived' | 'notAsked'; covered: number; total: number; keyMissing: string[] }>;
  configPath?: string;
  ignored?: string;
  problems?: string[];
  tooSlow?: boolean;
}

/** Server -> client after each lint of a doc (`info` undefined: no longer linted, e.g. closed). */
export const DidLintNotification = 'mlsd/didLint';
export interface DidLintParams {
  uri: string;
  info?: DocInfo;
}

/** Client -> server: the coverage and config of a doc (linted now if the stored lint is stale). */
export const DocInfoRequest = 'mlsd/docInfo';
export interface DocInfoParams {
  uri: string;
  /** Lint (and publish the diagnostics) again even when the stored lint is current. */
  relint?: boolean;
}

/** Client -> server: the cases the new-doc command offers (with the folder's team schemas). */
export const CasesRequest = 'mlsd/cases';
export interface CaseItem {
  id: string;
  title: Localized;
}

export const TemplateRequest = 'mlsd/template';
export interface TemplateParams {
  case: string;
  lang: Lang;
  title?: string;
  /** The folder (or doc) whose settings' team schemas apply. */
  uri?: string;
}
export type TemplateResult = { text: string } | { problem: string };

/** Client -> server: the one edit that sets a front-matter value (a waiver with its reason). */
export const FrontMatterEditRequest = 'mlsd/frontMatterEdit';
export interface FrontMatterEditParams {
  uri: string;
  keys: string[];
  value: string;
}
export type FrontMatterEditResult =
  | { edit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string } }
  | { problem: string };

/** Client -> server: the workspace was trusted (or not). */
export const TrustNotification = 'mlsd/trust';
export interface TrustParams {
  trusted: boolean;
}

/** Server -> client (the browser server, which has no file system of its own): a workspace file's text. */
export const ReadFileRequest = 'mlsd/readFile';
export interface ReadFileParams {
  uri: string;
}
export type ReadFileResult = { text: string } | { missing: true; error?: undefined } | { missing?: false; error: string };

/**
 * Server -> client (the browser server): what is at a workspace path, so config discovery, ignore files and
 * team schemas are read by the core's rules (regular files only, size limits) as on the desktop.
 */
export const StatRequest = 'mlsd/stat';
export interface StatParams {
  uri: string;
}
export type StatResult = { kind: 'file' | 'directory' | 'other'; size: number } | { missing: true; error?: undefined } | { missing?: false; error: string };

/** Client -> server: the sections a grouped finding lists (`group`: its step, or `missing-step`), each with its edits. */
export const TopicChoicesRequest = 'mlsd/topicChoices';
export interface TopicChoicesParams {
  uri: string;
  group: string;
}
export interface TopicChoiceItem {
  topic: string;
  title: string;
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>;
}
