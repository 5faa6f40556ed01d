/**
 * JSON with comments, as ESLint's and VS Code's own JSON config files allow: `//` and `/* *\/` comments and
 * a trailing comma before `}` or `]`. They become spaces (line breaks are kept), so a syntax error is reported
 * at the line and column the user sees.
 */

/** `text` with its comments and trailing commas blanked out; strings are left as they are. */
export function stripJsonComments(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      lastComma = -1;
    } else if (c === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      blank(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      let end = text.indexOf('*/', i + 2);
      end = end < 0 ? text.length : end + 2;
      blank(i, end);
      i = end - 1;
    } else if (c === ',') {
      lastComma = i;
    } else if (c === '}' || c === ']') {
      if (lastComma >= 0) out[lastComma] = ' ';
      lastComma = -1;
    } else if (!/\s/.test(c)) {
      lastComma = -1;
    }
  }
  return out.join('');
}

/** JSON.parse of JSON with comments; a syntax error's "at position N" also says the line and column. */
export function parseJsonc(text: string): unknown {
  try {
    return JSON.parse(stripJsonComments(text));
  } catch (e) {
    const m = /at position (\d+)/.exec((e as Error).message);
    if (!m) throw e;
    const at = Number(m[1]);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new SyntaxError(`${(e as Error).message.split('\n')[0]} (line ${line}, column ${column})`);
  }
}
