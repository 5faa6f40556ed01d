type Change = [number, number, unknown[]];
interface EditMapLike {
    map: Change[];
    index: Map<number, Change>;
    consume(events: unknown[]): void;
}
/** micromark-util-edit-map's own `consume` (copies every event each call), as it was before this module ran. */
export declare const originalConsume: (this: EditMapLike, events: unknown[]) => void;
/** The same edits, applied in place: the events before the first edit are not copied. */
export declare function linearConsume(this: EditMapLike, events: unknown[]): void;
export {};
