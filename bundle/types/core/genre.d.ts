export declare function declaresTemplate(title: string | undefined, fileName: string | undefined): boolean;
/**
 * The other genre a doc's title (else its file name) says it is (content.json `genres`: a model card, a
 * pattern page, an architecture decision record), if any. Such a doc lives next to design docs and is not
 * one: it is not checked against the procedure. A doc whose front matter has an `mlsd:` key is a design
 * doc whatever its title (the caller asks only for docs without one).
 */
export declare function otherGenre(title: string | undefined, fileName: string | undefined): string | undefined;
/** A genre's name in a language ("a model card"), for messages. */
export declare function genreName(id: string, lang: 'en' | 'ko'): string;
