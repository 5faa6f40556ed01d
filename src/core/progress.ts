/**
 * How far each step of a doc is, as the editor shows it: its required topics covered out of all
 * (`3/9`), the key topics it still misses, and one state. A step is `done` only when it is there and
 * every required topic is covered (present or waived); a step that is there with gaps is `partial`, one
 * with a heading and nothing under it `hollow`. So a step whose topics are all missing, or a fresh
 * template full of TODO lines, is never done. Pure: reads the coverage and the rule book.
 */
import { isCovered } from './model.js';
import type { RuleBook } from './rulebook.js';
import type { Coverage } from './types.js';

/** `notAsked`: the case's chapter does not call for the step (its `omits`); it counts neither way. */
export type StepState = 'done' | 'partial' | 'hollow' | 'missing' | 'waived' | 'notAsked';

export interface StepProgress {
  step: string;
  state: StepState;
  /** Required topics of the step that are present or waived. */
  covered: number;
  total: number;
  /** Key topics (x-mlsd `key`) of the step that are neither present nor waived. */
  keyMissing: string[];
}

export function stepProgress(cov: Coverage, book: RuleBook): StepProgress[] {
  return book.steps.map((s) => {
    const topics = book.topics.filter((t) => t.step === s.id && t.required);
    const covered = topics.filter((t) => isCovered(cov.topics[t.id])).length;
    const keyMissing = topics.filter((t) => t.key && !isCovered(cov.topics[t.id])).map((t) => t.id);
    const status = cov.steps[s.id]?.status ?? 'missing';
    const state: StepState =
      book.omitted.has(s.id) && status === 'missing'
        ? 'notAsked'
        : status === 'waived' ? 'waived' : status === 'missing' ? 'missing' : status === 'empty' ? 'hollow' : covered === topics.length ? 'done' : 'partial';
    return { step: s.id, state, covered, total: topics.length, keyMissing };
  });
}

/** Steps done (or waived) out of those the case asks for: what the status bar counts. */
export function stepsDone(progress: readonly StepProgress[]): { covered: number; total: number } {
  const asked = progress.filter((p) => p.state !== 'notAsked');
  return { covered: asked.filter((p) => p.state === 'done' || p.state === 'waived').length, total: asked.length };
}
