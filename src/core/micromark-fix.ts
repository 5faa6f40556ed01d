/**
 * Makes micromark linear again on long lists and block quotes (issue 17).
 *
 * micromark 4.0.3 closes each container (list item, block quote) through an `EditMap`
 * (micromark-util-edit-map 1.0.0) in `initialize/document.js`, where 4.0.2 spliced the tail of the events
 * array. `EditMap.consume` rebuilds the whole events array on every call: it copies the untouched head
 * (every event of the document so far) out and back in. Closing n list items thus costs n times the
 * events so far: `- - x` × 20,000 lines took 156 s, one block-quote line per paragraph 24 s per 80 KB.
 * micromark 4.0.2 does not have that, but it splices once per line in `initialize/text.js`, which is
 * quadratic in the other direction: a paragraph of 130k lines that end in a space takes 15 s (4.0.3:
 * 2 s). Neither version is linear alone, so we keep 4.0.3 and give `consume` the cost of the part it
 * changes: the head stays where it is, only what follows the first edit is moved. The result is the
 * same array (see test/unit/hostile-parse.test.ts, which checks it against the original on random edits).
 *
 * The patch is applied once, to the EditMap class that micromark itself resolves (the package is a
 * declared dependency so the two resolve to the same copy); the original stays available for the test.
 */
import { EditMap } from 'micromark-util-edit-map';

type Change = [number, number, unknown[]];
interface EditMapLike {
  map: Change[];
  index: Map<number, Change>;
  consume(events: unknown[]): void;
}

const proto = EditMap.prototype as unknown as EditMapLike & { __mlsdLinear?: true };

/** micromark-util-edit-map's own `consume` (copies every event each call), as it was before this module ran. */
export const originalConsume: (this: EditMapLike, events: unknown[]) => void = proto.consume;

/** The same edits, applied in place: the events before the first edit are not copied. */
export function linearConsume(this: EditMapLike, events: unknown[]): void {
  const map = this.map;
  if (map.length === 0) return;
  map.sort((a, b) => a[0] - b[0]);
  // Tails and additions, last edit first; the array is cut back to the start of each edit as we go.
  const parts: unknown[][] = [];
  for (let i = map.length - 1; i >= 0; i--) {
    const [at, remove, add] = map[i]!;
    parts.push(events.slice(at + remove), add);
    events.length = at;
  }
  for (let part = parts.pop(); part; part = parts.pop()) for (const e of part) events.push(e);
  map.length = 0;
  this.index.clear();
}

if (!proto.__mlsdLinear) {
  proto.consume = linearConsume;
  proto.__mlsdLinear = true;
}
