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
export declare function stepProgress(cov: Coverage, book: RuleBook): StepProgress[];
/** Steps done (or waived) out of those the case asks for: what the status bar counts. */
export declare function stepsDone(progress: readonly StepProgress[]): {
    covered: number;
    total: number;
};
