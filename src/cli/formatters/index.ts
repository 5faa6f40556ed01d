/** The formatters, one file each; `--format <name>` picks them. */
import type { FileResult } from '../result.js';
import json from './json.js';
import stylish from './stylish.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

export const FORMATTERS: Record<string, Formatter> = { stylish, json };
