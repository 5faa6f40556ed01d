/**
 * Glob matching for a config's `overrides[].files`, in time linear in the path (times the glob's length).
 * picomatch turns a glob into a backtracking regex: `*a*a*…*z` against a long file name took minutes (three
 * stars and 250 characters: a second; four: 46 s), and a config comes with the repository it sits in.
 *
 * The glob is matched by running all its positions at once over the path (a Thompson-style simulation),
 * never by backtracking. Syntax, as picomatch with `dot: true`: `*` (any run within a path segment), `?`
 * (one character but `/`), `**` as a whole segment (any number of segments), `[abc]`, `[a-z]`, `[!a]` or
 * `[^a]`, `{a,b}` alternatives (nested, at most MAX_ALTERNATIVES in all), and `\` to escape. Extglobs
 * (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) are refused: GlobError says what to write instead.
 */

export class GlobError extends Error {}

const MAX_ALTERNATIVES = 256;

type Token =
  | { t: 'char'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  /** `**` followed by `/` (or at the end): zero or more whole segments. */
  | { t: 'segments'; last: boolean }
  | { t: 'class'; negated: boolean; items: Array<string | [string, string]> };

/** A matcher for `glob`; throws GlobError for what it does not support. */
export function compileGlob(glob: string): (path: string) => boolean {
  if (/[@!+*?]\(/.test(glob.replace(/\\./g, ''))) {
    throw new GlobError(`"${glob}" uses an extglob such as @(a|b), which is not supported; write {a,b} instead`);
  }
  // `dir/**` also matches `dir` itself, as in picomatch.
  const programs = expandBraces(glob)
    .flatMap((g) => (g.endsWith('/**') && g.length > 3 ? [g, g.slice(0, -3)] : [g]))
    .map(tokenize);
  return (path) => programs.some((p) => run(p, path));
}

/** `{a,b}` alternatives, expanded (nested ones too); a `{` without a `,` at its level is literal. */
function expandBraces(glob: string): string[] {
  const open = findBrace(glob);
  if (!open) return [glob];
  const [start, end, parts] = open;
  const out: string[] = [];
  for (const part of parts) {
    for (const rest of expandBraces(glob.slice(0, start) + part + glob.slice(end + 1))) {
      out.push(rest);
      if (out.length > MAX_ALTERNATIVES) throw new GlobError(`"${glob}" expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer`);
    }
  }
  return out;
}

/** The first `{…}` with a top-level `,`: its start, end and parts. */
function findBrace(glob: string): [number, number, string[]] | undefined {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    if (glob[i] !== '{') continue;
    let depth = 0;
    const cuts = [i];
    for (let j = i; j < glob.length; j++) {
      const c = glob[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) cuts.push(j);
      else if (c === '}' && --depth === 0) {
        if (cuts.length === 1) break; // `{x}` without a comma: literal
        cuts.push(j);
        return [i, j, cuts.slice(0, -1).map((a, k) => glob.slice(a + 1, cuts[k + 1]))];
      }
    }
  }
  return undefined;
}

function tokenize(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) {
      out.push({ t: 'char', c: glob[++i]! });
    } else if (c === '*') {
      let j = i;
      while (glob[j + 1] === '*') j++;
      const whole = j > i && (i === 0 || glob[i - 1] === '/') && (j + 1 === glob.length || glob[j + 1] === '/');
      if (whole) {
        const last = j + 1 === glob.length;
        out.push({ t: 'segments', last });
        i = last ? j : j + 1; // `**/` takes its slash
      } else {
        out.push({ t: 'star' });
        i = j;
      }
    } else if (c === '?') {
      out.push({ t: 'any' });
    } else if (c === '[') {
      const cls = readClass(glob, i);
      if (cls) {
        out.push(cls[0]);
        i = cls[1];
      } else out.push({ t: 'char', c });
    } else {
      out.push({ t: 'char', c });
    }
  }
  return out;
}

/** `[…]` starting at `i`: the class and the index of its `]`, or undefined when it is not closed. */
function readClass(glob: string, i: number): [Token, number] | undefined {
  let j = i + 1;
  const negated = glob[j] === '!' || glob[j] === '^';
  if (negated) j++;
  const items: Array<string | [string, string]> = [];
  let first = true;
  for (; j < glob.length; j++) {
    let c = glob[j]!;
    if (c === ']' && !first) return [{ t: 'class', negated, items }, j];
    first = false;
    if (c === '\\' && j + 1 < glob.length) c = glob[++j]!;
    if (glob[j + 1] === '-' && j + 2 < glob.length && glob[j + 2] !== ']') {
      let hi = glob[j + 2]!;
      j += 2;
      if (hi === '\\' && j + 1 < glob.length) hi = glob[++j]!;
      items.push([c, hi]);
    } else items.push(c);
  }
  return undefined;
}

const inClass = (tok: Extract<Token, { t: 'class' }>, c: string) =>
  tok.items.some((it) => (typeof it === 'string' ? it === c : c >= it[0] && c <= it[1])) !== tok.negated;

/**
 * Runs every position of the glob at once. State k < n is "before token k"; state n is the end; for a
 * `segments` token at k, state n + 1 + k is "inside a segment it is skipping".
 */
function run(tokens: Token[], path: string): boolean {
  const n = tokens.length;
  let current = closure(tokens, new Set([0]));
  for (const c of path) {
    const next = new Set<number>();
    for (const s of current) {
      if (s > n) {
        // inside a skipped segment: stay; a `/` ends it
        if (c === '/') next.add(s - n - 1);
        else next.add(s);
        continue;
      }
      if (s === n) continue;
      const tok = tokens[s]!;
      switch (tok.t) {
        case 'char':
          if (c === tok.c) next.add(s + 1);
          break;
        case 'any':
          if (c !== '/') next.add(s + 1);
          break;
        case 'class':
          if (c !== '/' && inClass(tok, c)) next.add(s + 1);
          break;
        case 'star':
          if (c !== '/') next.add(s);
          break;
        case 'segments':
          if (tok.last) next.add(s);
          else if (c !== '/') next.add(n + 1 + s);
          break;
      }
    }
    if (next.size === 0) return false;
    current = closure(tokens, next);
  }
  return current.has(n);
}

/** The states reachable without reading: past a star or a run of segments (zero of them). */
function closure(tokens: Token[], states: Set<number>): Set<number> {
  const stack = [...states];
  while (stack.length > 0) {
    const s = stack.pop()!;
    const tok = tokens[s];
    if (tok && (tok.t === 'star' || tok.t === 'segments') && !states.has(s + 1)) {
      states.add(s + 1);
      stack.push(s + 1);
    }
  }
  return states;
}
