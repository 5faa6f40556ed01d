/**
 * Pathological docs of issue 17, each a function of its size in bytes (about): the shapes that took
 * seconds to minutes before, because a regex backtracked over a long run or a loop compared every item
 * with every other. `npm run bench` lints each at 1 MB (target: under 5 s each); the unit tests check
 * that each grows linearly (test/unit/hostile-hangs.test.ts).
 */

const times = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

export interface HostileShape {
  name: string;
  /** What the doc is, for messages. */
  what: string;
  make: (bytes: number) => string;
}

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  {
    name: 'bracket-prompt',
    what: 'a step whose only paragraph is "(", a long run of spaces and "x" (substance: the bracket-prompt pattern)',
    make: (n) => `# Design\n\n## 5. Evaluation\n\n(${' '.repeat(n)}x\n`,
  },
  {
    name: 'bracket-closed',
    what: 'a paragraph of spaces in parentheses under a step',
    make: (n) => `# Design\n\n## 1. Clarify requirements\n\n( ${' '.repeat(n)} )\n`,
  },
  { name: 'heading-spaces', what: '`# a` + spaces + `b` (heading normaliser around & and +)', make: (n) => `# a${' '.repeat(n)}b\n` },
  { name: 'heading-amp', what: 'a heading of `a &` pairs and spaces', make: (n) => `# ${times('a    &    ', n)}\n` },
  { name: 'braces', what: 'a run of `{` under a step', make: (n) => `# Design\n\n## 5. Evaluation\n\n${'{'.repeat(n)}\n` },
  { name: 'brackets', what: 'a run of `[TODO`', make: (n) => `# Design\n\n${times('[TODO ', n)}\n` },
  {
    name: 'offline-metrics-spaces',
    what: '`Offline metrics are x` + spaces + `y` under Evaluation',
    make: (n) => `# Design\n\n## 5. Evaluation\n\nOffline metrics are x${' '.repeat(n)}y\n`,
  },
  { name: 'tag-in-heading', what: '`<a` repeated in a heading', make: (n) => `# ${times('<a', n)}\n` },
  { name: 'unclosed-summaries', what: '`<summary>a` repeated in a <details> block', make: (n) => `# Design\n\n<details>${times('<summary>a', n)}\n` },
  { name: 'unclosed-directives', what: '`<!-- mlsd-lint ` repeated, never closed', make: (n) => `# Design\n\n${times('<!-- mlsd-lint ', n)}\n` },
  {
    name: 'unclosed-comments-heading',
    what: 'a heading of `<!-- ` never closed (micromark looks for `-->` from each; fuzz doc 53711 of seed 73190417)',
    make: (n) => `# Design\n\n## ${times('<!-- ', n)}\n`,
  },
  { name: 'unclosed-inline-html', what: 'a paragraph of `a <? <![CDATA[ ` never closed', make: (n) => `# Design\n\n${times('a <? <![CDATA[ ', n)}\n` },
  { name: 'directives-one-line', what: 'closed directives repeated on one line', make: (n) => `# Design\n\n${times('<!-- mlsd-lint-disable x --> ', n)}\n` },
  { name: 'todo-enable-pairs', what: 'TODO / enable-comment pairs', make: (n) => `# Design\n\n${times('TODO\n\n<!-- mlsd-lint-enable -->\n\n', n)}` },
  {
    name: 'waiver-keys',
    what: 'front matter with thousands of waiver keys',
    make: (n) => {
      const lines: string[] = [];
      for (let i = 0, size = 0; size < n; i++) {
        const l = `    topic-${i}: not applicable\n`;
        lines.push(l);
        size += l.length;
      }
      return `---\nmlsd:\n  waive:\n${lines.join('')}---\n# Design\n`;
    },
  },
  { name: 'blank-lines-in-html', what: 'a `<pre>` block of blank lines with a `[`', make: (n) => `# Design\n\n<pre>[\n${'\n'.repeat(n)}</pre>\n` },
  {
    name: 'headings',
    what: 'thousands of distinct headings',
    make: (n) => {
      const out: string[] = [];
      for (let i = 0, size = 0; size < n; i++) {
        const l = `## Heading ${i}\n`;
        out.push(l);
        size += l.length;
      }
      return out.join('');
    },
  },
  { name: 'nested-list-dash', what: '`- - x` lines (a list of nested lists)', make: (n) => times('- - x\n', n) },
  {
    name: 'nested-list-items',
    what: '`- aN` / `  - bN` pairs',
    make: (n) => {
      const out: string[] = [];
      for (let i = 0, size = 0; size < n; i++) {
        const l = `- a${i}\n  - b${i}\n`;
        out.push(l);
        size += l.length;
      }
      return out.join('');
    },
  },
  { name: 'ordered-99-deep', what: '`1. ` × 99 + `x` lines', make: (n) => times(`${'1. '.repeat(99)}x\n`, n) },
  { name: 'quote-paragraphs', what: 'one-line block quotes between paragraphs', make: (n) => times('> a\n\nb\n', n) },
  { name: 'short-paragraphs', what: 'one-word paragraphs', make: (n) => times('a\n\n', n) },
  { name: 'blank-lines', what: 'blank lines under a heading', make: (n) => `# Design\n\n${'\n'.repeat(n)}x\n` },
  { name: 'paragraph-lines', what: 'one paragraph of one-letter lines', make: (n) => `# Design\n\n${times('a\n', n)}` },
  { name: 'item-paragraphs', what: 'one list item of many paragraphs', make: (n) => `- a\n\n${times('  b\n\n', n)}` },
  {
    name: 'one-cue-many-times',
    what: 'one line naming a cue over and over (the overlap check of cue matches; fuzz doc 6046 of seed 20261206)',
    make: (n) => `# Design\n\n## Deployment\n\n${times('cloud vs device: m ', n)}\n`,
  },
];
