/** Message text: a template by language and message id, its `{name}` placeholders filled from data. */
import type { Lang } from '../types.js';
import type { Data, Texts } from './context.js';

/**
 * Whether a placeholder with no value is an error (tests turn this on: test/support/strict-messages.ts).
 * Off, it stays visible as `{name}` rather than silently becoming an empty string.
 */
export const messageChecks = { strict: false };

export class MessageError extends Error {}

export function fillTemplate(template: string, data: Data = {}, where = ''): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = data[k];
    if (v === undefined || v === null) {
      if (messageChecks.strict) throw new MessageError(`${where}: message placeholder {${k}} has no value in ${JSON.stringify(data)}`);
      return all;
    }
    return String(v);
  });
}

export function formatText(texts: Texts, lang: Lang, data?: Data, where = ''): string {
  return fillTemplate(texts[lang], data, where);
}
