/**
 * fast-check arbitraries for Markdown that stresses the chunked parser: headings of every shape next to
 * the things that could swallow them (fences, HTML blocks, front matter, lists, block quotes, tables),
 * reference definitions used across sections, GFM triggers, tabs, CRLF and Korean text.
 */
import fc from 'fast-check';

const WORDS = [
  'data', 'model', 'Evaluation', 'Evalution', 'metrics', 'offline metrics', 'TODO', 'TBD', '____', '{{x}}',
  '요구 사항', '오프라인 지표', '데이터', '배포', 'Deployment', 'Monitoring', 'Step 3:', '1.', '2)', '4.1 Offline metric',
  '**Offline metrics**:', '**Bold**', '*em*', '_u_', '`code`', '``', '|', 'a | b', '~~del~~', '~', '@', 'me@x.io',
  'www.example.com', 'http://x.io/a', 'https://y.dev', '[a]', '[A]', '[b][a]', '[^1]', '[^n]', '[ ]', '[x]', '![i](u)',
  '<b>', '</div>', '<!--', '-->', '&amp;', '&#1;', '\\#', '\\', '#', '##', '>', '-', '+', '*', '=', '===', '---',
  '\t', '  ', ' ', '😀', '\u00a0', 'x\u0000y',
];

const word = fc.constantFrom(...WORDS);
const inline = fc.array(word, { minLength: 1, maxLength: 7 }).map((ws) => ws.join(' '));
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '\t');

const atx = fc.tuple(indent, fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '\t', ''), inline, fc.constantFrom('', ' ##', ' #'))
  .map(([i, n, sp, t, close]) => `${i}${'#'.repeat(n)}${sp}${t}${close}`);
const setext = fc.tuple(inline, fc.constantFrom('===', '---', '  ---', '=', '-', '    ---', '- - -'))
  .map(([t, u]) => `${t}\n${u}`);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));

const fenceSeq = fc.constantFrom('```', '~~~', '````', '~~~~', '``', '```js', '``` `x`', '~~~ info');
const fenceBody = fc.array(fc.oneof(inline, atx, fc.constantFrom('```', '~~~', '    ```', '  ```', '````', '')), { maxLength: 4 });
const fence = fc.tuple(fc.constantFrom('', ' ', '   ', '    '), fenceSeq, fenceBody, fc.constantFrom('same', 'none', 'short', 'indented', 'long'))
  .map(([i, open, body, close]) => {
    const seq = open.replace(/[^`~].*$/, '');
    const closing = close === 'same' ? seq : close === 'short' ? seq.slice(1) : close === 'indented' ? `    ${seq}` : close === 'long' ? seq + seq[0] : undefined;
    return [i + open, ...body, ...(closing === undefined ? [] : [closing])].join('\n');
  });

const htmlBlock = fc.tuple(
  fc.constantFrom('<div>', '<div class="x">', '<!-- note', '<!-- one line -->', '<!-->', '<script>', '<pre>', '<style>', '<?php', '<![CDATA[', '<!DOCTYPE html>', '<span>', '</p>', '<textarea>'),
  fc.array(fc.oneof(inline, atx, fc.constantFrom('-->', '</script>', '?>', ']]>', '>', '</div>', '')), { maxLength: 3 }),
).map(([open, body]) => [open, ...body].join('\n'));

const listMarker = fc.constantFrom('-', '*', '+', '1.', '2)', '10.');
const listItem = fc.tuple(fc.constantFrom('', '  ', '   ', '    '), listMarker, fc.constantFrom(' ', '  ', '\t'), fc.oneof(inline, atx, fence, fc.constant('')), fc.array(fc.oneof(inline, atx, fence, fc.constant('')), { maxLength: 2 }), fc.constantFrom('  ', '    ', '', '   '))
  .map(([i, m, sp, first, rest, cont]) => [`${i}${m}${sp}${first}`, ...rest.map((r) => r.split('\n').map((l) => (l ? cont + l : l)).join('\n'))].join('\n'));
const list = fc.array(listItem, { minLength: 1, maxLength: 4 }).chain((items) => fc.constantFrom('\n', '\n\n').map((sep) => items.join(sep)));

const quote = fc.array(fc.oneof(inline, atx, fence, listItem, fc.constant('')), { minLength: 1, maxLength: 3 })
  .chain((ls) => fc.constantFrom('> ', '>', ' > ', '> > ').map((q) => ls.map((l, k) => (k > 0 && k % 2 === 0 ? l : l.split('\n').map((x) => q + x).join('\n'))).join('\n')));

const table = fc.tuple(inline, inline, fc.constantFrom('| --- | --- |', '|---|---|', ':-- | --:', '| - |'), fc.array(inline, { maxLength: 3 }))
  .map(([a, b, delim, rows]) => [`| ${a} | ${b} |`, delim, ...rows.map((r) => `| ${r} | x |`)].join('\n'));

const definition = fc.constantFrom('[a]: http://x.io "Title"', '[A]: /u', '[b]:\n  /multi\n  "title"', '[^1]: A note.', '[^n]: Note\n    with more.', '> [a]: /in-quote', '- [b]: /in-list', '[ a ]: /spaced');
const misc = fc.constantFrom('***', '---', '___', '    indented code', '\tcode', '', '', '\\', '<', '[', '`', '- [ ] task', '- [x] done', '1. 1. 1. deep', '> > > deep');

export const block = fc.oneof(
  { weight: 4, arbitrary: atx },
  { weight: 2, arbitrary: setext },
  { weight: 4, arbitrary: paragraph },
  { weight: 3, arbitrary: fence },
  { weight: 2, arbitrary: htmlBlock },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: quote },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: definition },
  { weight: 2, arbitrary: misc },
);

const frontMatter = fc.constantFrom(
  '',
  '',
  '---\ntitle: x\nmlsd:\n  case: generic\n---',
  '---\n# a YAML comment\nmlsd:\n  lang: ko\n---',
  '---\n# not closed\ntitle: x',
  '--- \n# comment\n--- ',
  '---\nmlsd: [\n# broken\n---',
  '----\n# h\n----',
);

/** A Markdown document built from hostile blocks, with mixed line endings. */
export const markdownDoc = fc
  .tuple(frontMatter, fc.array(fc.tuple(block, fc.constantFrom('\n', '\n', '\n\n', '\n\n', '\n\n\n')), { maxLength: 24 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.boolean())
  .map(([fm, blocks, eol, trailing]) => {
    let s = fm ? fm + '\n' : '';
    for (const [b, sep] of blocks) s += b + sep;
    if (!trailing) s = s.replace(/\n+$/, '');
    return eol === '\n' ? s : s.replace(/\n/g, eol);
  });

/** An edit of a text: replace [start, end) with `insert` (positions as fractions of the length). */
export interface Edit {
  at: number;
  del: number;
  insert: string;
}

export const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.integer({ min: 0, max: 40 }),
  insert: fc.oneof(fc.constantFrom('', 'x', '#', '# ', '\n', '\n\n', '```', '```\n', '~~~', '<div>', '-->', '- ', '> ', '|', '[a]: /u\n', '\n## New\n', '가'), inline, block),
});

export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

/** Mutations of a realistic doc: a few random edits. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 5 })).map(([t, es]) => es.reduce(applyEdit, t));
}
