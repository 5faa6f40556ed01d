/**
 * Text a doc controls (file names, waiver reasons, front-matter keys, quoted doc text) made safe for an
 * output: shown, never acted on.
 */

/**
 * For a terminal (stylish, stderr): control characters (C0 but tab, DEL, C1) and the bidirectional
 * overrides that reorder what is shown are written as `\uXXXX`; an escape sequence from a doc could
 * otherwise clear the screen, retitle the window or forge output.
 */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `visible` for lines of stderr: their own newlines stay newlines. */
export function visibleLine(s: string): string {
  return s.split('\n').map(visible).join('\n');
}

/**
 * For inline Markdown that GitHub renders (the job summary): HTML is escaped, and the characters that make
 * links, images, emphasis or code are backslash-escaped; line breaks become spaces. (A table cell's `|` is
 * the cell's own escaping.)
 */
export function markdownText(s: string): string {
  return s
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!~]/g, '\\$&');
}
