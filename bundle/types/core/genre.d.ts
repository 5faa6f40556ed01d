/**
 * What kind of document a doc says it is, when it is not a design to fill in or to check.
 *
 * Whether a doc says it is a template: a file to copy and fill in, not a design. Its title or file name
 * says so (content.json `templateWords`: "Design review template", `design-doc-template.md`, 템플릿), or
 * its title is itself still a blank ("Design Doc: <TITLE>", "{{service}} design"), or the sentence under its
 * title says so ("A template for design docs of ..."). A template is checked for the steps it asks for, not
 * for being filled in (nor, under the default profile, for the key topics inside a step it has).
 */
import type { Root } from 'mdast';
import type { RuleBook } from './rulebook.js';
/**
 * What a doc declares itself to be in a field of its own (content.json `kindFields`): a front matter key
 * (`type: exercise`), or a metadata list, paragraph or table among the first blocks under its title
 * ("- Kind: exercise", "| 문서 유형 | 과제 |"), before its first section heading.
 */
export declare function declaredKind(root: Root, text: string, frontMatter: unknown): string | undefined;
export declare function declaresTemplate(title: string | undefined, fileName: string | undefined, kind?: string, lead?: string): boolean;
/**
 * Whether a doc's title (else its file name) says it summarises the procedure itself (content.json
 * `frameworkTitles`: "Introduction and overview", "ML design framework"): it says what each step is for
 * without designing anything, so it is not asked for a design's values (named metrics, techniques).
 */
export declare function declaresFramework(title: string | undefined, fileName: string | undefined): boolean;
/**
 * The other genre a doc's title (else its file name) says it is (content.json `genres`: a model card, a
 * pattern page, an architecture decision record), if any. Such a doc lives next to design docs and is not
 * one: it is not checked against the procedure. A doc whose front matter has an `mlsd:` key is a design
 * doc whatever its title (the caller asks only for docs without one).
 */
export declare function otherGenre(title: string | undefined, fileName: string | undefined, kind?: string): string | undefined;
/**
 * Whether a doc says it is a competition entry or a hackathon's (content.json `offlineProjectWords`) in
 * its title, a heading ("## 해커톤 결과", "Kaggle competition write-up"), its lead (the paragraph or quote
 * under its title: "本文记录我们参加天池新闻推荐比赛时...") or its file name: the organisers'
 * data, an offline leaderboard, nothing shipped. Such a doc is not asked for what only a live system has
 * (x-mlsd `live`). A word in prose ("a public Kaggle dataset") says where data came from, not what the doc is.
 */
export declare function declaresOfflineProject(headings: readonly string[], fileName: string | undefined, lead?: string): boolean;
/**
 * Whether a doc says it is a learning project (content.json `learningProjectWords`) in its title, its lead
 * or its file name: a demo, a portfolio, a bootcamp or capstone project, a prototype. It serves its team and
 * its graders, so it is not asked for what needs live traffic and a model in production (x-mlsd `traffic`).
 * Headings do not count: "## Demo" shows a product's screenshots.
 */
export declare function declaresLearningProject(title: string | undefined, fileName: string | undefined, lead?: string): boolean;
/**
 * A doc's lead: the first paragraph or block quote under its title, before any other heading, where a
 * doc says what it is (its first 400 characters).
 */
export declare function leadText(root: Root, text: string): string | undefined;
/**
 * Whether a file is a project's README (content.json `projectReadmeNames`: README.md, README_JA.md,
 * readme.ko.md): it says what the code does and how to run it, not a walk through the procedure.
 */
export declare function isProjectReadme(fileName: string | undefined): boolean;
/**
 * Whether a doc walks none of the procedure's steps: no section of it (a heading, a bold label, an outline
 * item) is a step, however many design words its prose uses (a page on one endpoint's pipeline, a cheat
 * sheet of a few topics, study notes). Such a doc reads as notes (content.json genres, `structural`): a
 * reviewer does not ask it for the steps it never set out to walk. A heading that misspells a step's name
 * is a step section (it is reported as a typo).
 */
export declare function shapeGenre(book: RuleBook, steps: Readonly<Record<string, {
    via?: string;
}>>, nearMisses: ReadonlyArray<{
    suggestion: {
        id: string;
    };
}>): string | undefined;
/** A genre's name in a language ("a model card"), for messages. */
export declare function genreName(id: string, lang: 'en' | 'ko'): string;
