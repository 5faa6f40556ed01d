/**
 * The server's user-facing strings in English and Korean: the same bundle the VS Code client uses
 * (l10n/bundle.l10n.ko.json, keyed by the English text), chosen by the client's locale.
 */
import ko from '../../l10n/bundle.l10n.ko.json' with { type: 'json' };

let korean = false;

/** The UI language from the client's `initialize` locale (`ko`, `ko-KR`, ...). */
export function setLocale(locale: string | undefined): void {
  korean = !!locale && locale.toLowerCase().startsWith('ko');
}

export function uiLang(): 'en' | 'ko' {
  return korean ? 'ko' : 'en';
}

function fill(text: string, args: Array<string | number>): string {
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export const l10n = {
  /** `text` in the UI language; `{0}`, `{1}` filled from `args`. */
  t(text: string, ...args: Array<string | number>): string {
    return fill(korean ? ((ko as Record<string, string>)[text] ?? text) : text, args);
  },
  /** `text` in `lang` (a doc's own language, for what is said about the doc). */
  in(lang: 'en' | 'ko', text: string, ...args: Array<string | number>): string {
    return fill(lang === 'ko' ? ((ko as Record<string, string>)[text] ?? text) : text, args);
  },
};
