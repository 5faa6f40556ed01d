/**
 * Results remembered by a string key (a heading, a block's text, a step's text): the editor re-lints
 * mostly unchanged text on every keystroke. Bounded twice, so a CLI run over thousands of docs, where
 * nothing repeats, holds little: keys longer than `maxKeyLength` are not kept, and past `maxEntries`
 * the oldest entry goes.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyLength = Infinity,
  ) {}

  /** The value remembered for `key`, or `make(key)` (kept when the key is short enough). */
  get(key: string, make: (key: string) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make(key);
      if (key.length <= this.maxKeyLength) {
        if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value as string);
        this.map.set(key, v);
      }
    }
    return v;
  }
}
