/** Message text: a template by language and message id, its `{name}` placeholders filled from data. */
import type { Lang } from '../types.js';
import type { Data, Texts } from './context.js';
/**
 * Whether a placeholder with no value is an error (tests turn this on: test/support/strict-messages.ts).
 * Off, it stays visible as `{name}` rather than silently becoming an empty string.
 */
export declare const messageChecks: {
    strict: boolean;
};
export declare class MessageError extends Error {
}
export declare function fillTemplate(template: string, data?: Data, where?: string): string;
export declare function formatText(texts: Texts, lang: Lang, data?: Data, where?: string): string;
