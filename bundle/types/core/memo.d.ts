/**
 * Results remembered by a string key (a heading, a block's text, a step's text): the editor re-lints
 * mostly unchanged text on every keystroke. Bounded twice, so a CLI run over thousands of docs, where
 * nothing repeats, holds little: keys longer than `maxKeyLength` are not kept, and past `maxEntries`
 * the oldest entry goes.
 *
 * A kept key is a copy (see `detached`), and the value is made from that copy: a heading or a block's
 * text is a slice of its doc, and V8 keeps a slice's whole parent string alive. Kept as it came, each
 * entry would keep a whole doc: the editor's old versions of the doc, a CLI worker's every doc.
 */
export declare class Memo<V> {
    private readonly maxEntries;
    private readonly maxKeyLength;
    private readonly map;
    /** Look-ups in the current window, and how many of them found their key. */
    private looks;
    private hits;
    /** Look-ups still to skip: while a window's keys almost never repeat, remembering only costs. */
    private resting;
    constructor(maxEntries: number, maxKeyLength?: number);
    /**
     * The value remembered for `key`, or `make(key)` (kept when the key is short enough).
     *
     * Looking up and keeping a key costs a hash and a copy of it. Where keys do not repeat (a CLI run: every
     * doc's blocks are new) that is all cost, about as much as the work it saves elsewhere: after a window
     * of look-ups that almost never found their key, the memo rests (makes each value) for a while, then
     * looks again. `make` must be pure, as for any memo: resting changes no value, only the time.
     */
    get(key: string, make: (key: string) => V): V;
}
/**
 * A copy of `s` that keeps no other string alive. Concatenating makes a rope of ' ' and `s`; slicing the
 * rope flattens it into a new string first, so the slice's parent is that copy, one character longer
 * than `s`, and no longer the string `s` was cut from.
 */
export declare function detached(s: string): string;
