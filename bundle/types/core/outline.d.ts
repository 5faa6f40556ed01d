/**
 * The outline: headings, and the things real docs use as headings (a bold-only paragraph, a bold
 * lead-in, a plain "4.1 Offline metric" line, a list item), as candidate section markers with exact
 * source offsets. Which pseudo-headings count is decided by recognition; `buildSections` then nests them.
 */
import type { Root } from 'mdast';
export type MarkerKind = 'heading' | 'bold' | 'leadin' | 'numbered' | 'listitem';
export interface Marker {
    kind: MarkerKind;
    /** Nesting level: heading depth 1-6; pseudo-headings are deeper (7 for paragraphs, 8+ for list items). */
    level: number;
    text: string;
    /** Offsets of the marker itself (the heading line). */
    start: number;
    end: number;
    /** Where the marker's section must end at the latest (a list item's end). */
    hardEnd?: number;
    inQuote: boolean;
}
export interface Section extends Marker {
    index: number;
    bodyStart: number;
    /** End offset of the whole section, children included. */
    sectionEnd: number;
    parent: number | undefined;
    children: number[];
}
/** A piece of readable text with its offsets; html (comments, tags) and front matter are not text. */
export interface TextLeaf {
    start: number;
    end: number;
    text: string;
    /** Code (fenced or inline): substance, but never a placeholder or a cue. */
    code: boolean;
    /** Inside a block quote (quoted reading notes): never a cue. */
    quote?: boolean;
    /** Start offset of the block (paragraph, heading, table cell, code) the leaf belongs to: sentences never cross blocks. */
    block?: number;
    /** Text of a heading: a section's title, which says what the section is about, not what it says. */
    heading?: boolean;
    /** A figure (a Markdown image, an `<img>` tag, an Obsidian `![[embed]]`): content to a reader, no words (its text is empty). */
    figure?: boolean;
}
/** Whether a figure (see TextLeaf.figure) lies in [start, end). */
export declare function hasFigure(leaves: readonly TextLeaf[], start: number, end: number): boolean;
/**
 * Walks the tree once: markers (headings and pseudo-headings) and the readable text leaves. With the
 * source `text`, "Label: content" lines inside paragraphs are markers too.
 */
export declare function collectOutline(root: Root, text?: string): {
    markers: Marker[];
    leaves: TextLeaf[];
};
/** `<describe the metric>` rather than a real tag: an unknown element name followed by bare words only. */
export declare function isPromptTag(value: string): boolean;
/** Nests the kept markers into sections; a section runs to the next marker of the same or a higher level. */
export declare function buildSections(markers: readonly Marker[], textLength: number): Section[];
/**
 * The readable text between two offsets (leaves sorted by start). `bodyOnly` leaves out heading text: a
 * section whose only text is its sub-headings' titles says nothing yet.
 */
export declare function textBetween(leaves: readonly TextLeaf[], start: number, end: number, bodyOnly?: boolean): string;
