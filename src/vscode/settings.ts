/** The extension's settings (`mlsd.*`), read in one place and typed. */
import * as vscode from 'vscode';
import type { Severity } from '../core/index.js';

export type RunOn = 'onType' | 'onSave';

export interface MlsdSettings {
  /** Lint at all. */
  enable: boolean;
  /** On type (debounced, plus open and save) or only on open and save. */
  run: RunOn;
  /** Quiet time after the last keystroke before a doc is linted again. */
  debounceMs: number;
  /** Profile used when a doc's front matter does not name one ('' = the built-in default). */
  profile: string;
  /** Globs (matched against the file path) of docs that are design docs even without `mlsd:` front matter. */
  include: string[];
  /** Extra (team) schema files, relative to the workspace folder; never outside it. */
  schemas: string[];
  /** Rule severity overrides by rule id. */
  rules: Record<string, Severity>;
}

export const DEFAULT_INCLUDE = ['**/*.design.md', '**/design/**/*.md', '**/designs/**/*.md'];

const SEVERITIES: readonly string[] = ['error', 'warning', 'warn', 'off'];

export function readSettings(scope?: vscode.Uri): MlsdSettings {
  const c = vscode.workspace.getConfiguration('mlsd', scope);
  const rules: Record<string, Severity> = {};
  for (const [id, sev] of Object.entries(c.get<Record<string, unknown>>('rules') ?? {})) {
    if (typeof sev === 'string' && SEVERITIES.includes(sev)) rules[id] = sev === 'warn' ? 'warning' : (sev as Severity);
  }
  const run = c.get<string>('run');
  const debounce = Number(c.get<number>('debounceMs'));
  return {
    enable: c.get<boolean>('enable') !== false,
    run: run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Number.isFinite(debounce) && debounce >= 0 ? Math.min(debounce, 10_000) : 300,
    profile: (c.get<string>('profile') ?? '').trim(),
    include: (c.get<string[]>('include') ?? DEFAULT_INCLUDE).filter((g) => typeof g === 'string' && g.trim() !== ''),
    schemas: (c.get<string[]>('schemas') ?? []).filter((p) => typeof p === 'string' && p.trim() !== ''),
    rules,
  };
}

/** The language of the UI (not of the messages, which follow the doc): Korean or English. */
export function uiLang(): 'en' | 'ko' {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
