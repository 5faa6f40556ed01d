/** The formatters, one file each; `--format <name>` picks them. */
import type { Lang, RuleBook } from '../../core/index.js';
import type { FileResult } from '../result.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import summary from './summary.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** The repository root (the folder with .git) that SARIF URIs and GitHub annotations are relative to; default cwd. */
  root?: string;
  /** The rule book a result was checked against (steps and topics with their titles), for the summary. */
  ruleBook?: (r: FileResult) => RuleBook | undefined;
  /** The run's language (--lang, else Korean when every doc is): what the formatter itself writes follows it. */
  lang?: Lang;
}

/** A report as one string, or in pieces (for reports that may outgrow one string: json). */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string | Iterable<string>;

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit, summary };
