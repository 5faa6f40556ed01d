import { createRequire as __mlsdRequire } from 'node:module';
const require = __mlsdRequire(import.meta.url);
import {
  lintAll
} from "./chunk-FMCTN7BX.js";
import {
  BUILTIN_PROFILES,
  BUILTIN_SCHEMAS,
  DEFAULT_CASE,
  DEFAULT_DOCS_BASE,
  DEFAULT_FIX_TYPES,
  DEFAULT_INCLUDE,
  DEFAULT_PROFILE,
  FIX_TYPES,
  Linter,
  VERSION,
  __commonJS,
  __toESM,
  allRules,
  closest,
  coverageTally,
  declaresMlsd,
  fixText,
  formatText,
  isCovered,
  messageChecks,
  mlsdrc_schema_default,
  readTeamSchema,
  renderTemplate,
  require_applicator,
  require_codegen,
  require_core,
  require_core2,
  require_discriminator,
  require_dist,
  require_format,
  require_metadata,
  require_ref_error,
  require_validate,
  require_validation,
  require_validation_error,
  ruleUrl,
  severityTable,
  titleConflict
} from "./chunk-2UZ3FS5D.js";

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run3, space) => space ? run3.slice(0, run3.length - run3.length % 2) + SPACE : run3,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run3, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run3.length && !run3[index].wildcard; index++) {
        separator += run3[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run3 = [];
      const flush = () => {
        let lastWildcard;
        run3.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run3.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run3, at)})[^\\/])*`;
        });
        run3 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run3.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern2 = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern2(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// out/src/cli/main.js
import { parseArgs as parseArgs3 } from "node:util";
import { join as join5, resolve as resolve10 } from "node:path";

// out/src/node/cache.js
import { createHash } from "node:crypto";
import { lstat, mkdir, readdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

// out/src/node/read.js
import { constants, open, stat } from "node:fs/promises";
var DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_IGNORE_BYTES = 1024 * 1024;
var MAX_SCHEMA_BYTES = 4 * 1024 * 1024;
var MAX_CACHE_BYTES = 256 * 1024 * 1024;
var mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
function kindOf(st) {
  if (st.isDirectory())
    return "a directory";
  if (st.isFIFO())
    return "a named pipe";
  if (st.isCharacterDevice() || st.isBlockDevice())
    return "a device";
  if (st.isSocket())
    return "a socket";
  return "not a file";
}
async function readRegular(path, maxBytes, what = "", sizeHint = "") {
  const notRegular = (st) => st.isDirectory() ? { ok: false, reason: "is a directory, not a file" } : st.isFile() ? void 0 : { ok: false, reason: `is not a regular file (${kindOf(st)})` };
  const tooBig = (size) => ({ ok: false, reason: `is ${size > maxBytes ? mb(size) : `over ${mb(maxBytes)}`}, over the ${mb(maxBytes)} limit${what ? ` ${what}` : ""}${sizeHint}` });
  try {
    const st = await stat(path);
    const bad = notRegular(st);
    if (bad)
      return bad;
    if (st.size > maxBytes)
      return tooBig(st.size);
  } catch (e) {
    const code2 = e.code;
    return { ok: false, reason: describeFsError(e), ...code2 === "ENOENT" || code2 === "ENOTDIR" ? { missing: true } : { unseen: true } };
  }
  let fh;
  try {
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  try {
    const st = await fh.stat();
    const bad = notRegular(st);
    if (bad)
      return bad;
    if (st.size > maxBytes)
      return tooBig(st.size);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (; ; ) {
      if (n === buf.length) {
        if (n > maxBytes)
          return tooBig(n);
        break;
      }
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0)
        break;
      n += bytesRead;
    }
    if (n > maxBytes)
      return tooBig(n);
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  } finally {
    await fh.close().catch(() => {
    });
  }
}
async function readHead(path, n) {
  const st = await stat(path).catch(() => void 0);
  if (!st?.isFile())
    return void 0;
  const fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)).catch(() => void 0);
  if (!fh)
    return void 0;
  try {
    if (!(await fh.stat()).isFile())
      return void 0;
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } catch {
    return void 0;
  } finally {
    await fh.close().catch(() => {
    });
  }
}
async function readRegularText(path, maxBytes, what = "", sizeHint = "") {
  const r = await readRegular(path, maxBytes, what, sizeHint);
  if (!r.ok)
    return r;
  const text = r.bytes.toString("utf8");
  return { ok: true, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
}
async function readDoc(path, maxBytes = DEFAULT_MAX_BYTES) {
  const r = await readRegular(path, maxBytes, "", "; split the doc, or raise the limit with --max-file-size");
  if (!r.ok)
    return { ok: false, reason: /regular file/.test(r.reason) ? `${r.reason}; lint Markdown files only` : r.reason };
  return decode(r.bytes);
}
function decode(buf) {
  const utf16 = buf[0] === 255 && buf[1] === 254 ? "utf-16le" : buf[0] === 254 && buf[1] === 255 ? "utf-16be" : void 0;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(buf.subarray(2)) };
    } catch {
      return { ok: false, reason: `starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()}; save it as UTF-8 and lint again` };
    }
  }
  if (buf.includes(0))
    return { ok: false, reason: "looks binary (it contains NUL bytes); lint Markdown text files only" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { ok: true, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: "is not valid UTF-8; save it as UTF-8 and lint again" };
  }
}
function encodeLike(original, text) {
  if (original[0] === 255 && original[1] === 254)
    return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text, "utf16le")]);
  if (original[0] === 254 && original[1] === 255)
    return Buffer.concat([Buffer.from([254, 255]), Buffer.from(text, "utf16le").swap16()]);
  const bom = original[0] === 239 && original[1] === 187 && original[2] === 191;
  return bom ? Buffer.concat([Buffer.from([239, 187, 191]), Buffer.from(text, "utf8")]) : Buffer.from(text, "utf8");
}
function describeFsError(e) {
  const code2 = e.code;
  if (code2 === "ENOENT")
    return "does not exist";
  if (code2 === "EACCES" || code2 === "EPERM")
    return "cannot be read (permission denied)";
  return `cannot be read (${e.message})`;
}

// out/src/node/version.js
function packageVersion() {
  return VERSION;
}

// out/src/node/cache.js
var DEFAULT_CACHE_LOCATION = ".mlsd-cache.json";
var FORMAT = 2;
function checksum(key, result) {
  return createHash("sha256").update(key).update("\0").update(JSON.stringify(result)).digest("hex");
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => Number.isInteger(v) && v >= 0;
function wellFormed(r) {
  if (!isObject(r) || !Array.isArray(r.findings) || !isObject(r.coverage) || !isObject(r.coverage.steps) || !isObject(r.coverage.topics))
    return false;
  if (typeof r.case !== "string" || typeof r.profile !== "string" || r.lang !== "en" && r.lang !== "ko")
    return false;
  let errors = 0;
  let warnings = 0;
  for (const f of r.findings) {
    if (!isObject(f) || typeof f.ruleId !== "string" || typeof f.message !== "string")
      return false;
    if (![f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isInteger(n) && n >= 1))
      return false;
    if (f.severity === "error")
      errors++;
    else if (f.severity === "warning")
      warnings++;
    else
      return false;
  }
  return isCount(r.errorCount) && isCount(r.warningCount) && r.errorCount === errors && r.warningCount === warnings;
}
var salt;
function toolSalt() {
  salt ??= createHash("sha256").update(packageVersion()).update(JSON.stringify(BUILTIN_SCHEMAS)).update(JSON.stringify(BUILTIN_PROFILES)).update(JSON.stringify(allRules())).digest("hex");
  return salt;
}
var LintCache = class _LintCache {
  location;
  data;
  refused;
  hits = 0;
  misses = 0;
  dirty = false;
  constructor(location, data, refused) {
    this.location = location;
    this.data = data;
    this.refused = refused;
  }
  /** `shown`: the location as the user gave it, for messages. */
  static async open(location, shown = location) {
    const path = resolve(location);
    let data = { format: FORMAT, entries: {} };
    const read = await readRegularText(path, MAX_CACHE_BYTES, "for a cache");
    if (!read.ok) {
      return new _LintCache(path, data, read.missing ? void 0 : `the cache ${shown} ${read.reason}; results were not cached. Choose another --cache-location, or delete it`);
    }
    let parsed;
    try {
      parsed = JSON.parse(read.text);
    } catch {
      if (read.text.trim() !== "" && !read.text.startsWith('{"format":')) {
        return new _LintCache(path, data, `${shown} is not an mlsd-lint cache; it was not replaced and results were not cached. Choose another --cache-location, or delete the file`);
      }
    }
    if (parsed !== void 0) {
      if (!isObject(parsed) || typeof parsed.format !== "number" || !isObject(parsed.entries)) {
        return new _LintCache(path, data, `${shown} is not an mlsd-lint cache; it was not replaced and results were not cached. Choose another --cache-location, or delete the file`);
      }
      if (parsed.format === FORMAT)
        data = { format: FORMAT, entries: Object.assign(/* @__PURE__ */ Object.create(null), parsed.entries) };
    }
    return new _LintCache(path, data);
  }
  /** The key of one file's result: content + config fingerprint + lint options + tool. */
  static key(text, configFingerprint, options) {
    return createHash("sha256").update(toolSalt()).update("\0").update(configFingerprint).update("\0").update(JSON.stringify(options)).update("\0").update(text).digest("hex");
  }
  get(file, key) {
    const e = Object.hasOwn(this.data.entries, resolve(file)) ? this.data.entries[resolve(file)] : void 0;
    if (isObject(e) && e.key === key && typeof e.sum === "string" && wellFormed(e.result) && e.sum === checksum(key, e.result)) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return void 0;
  }
  set(file, key, result) {
    this.data.entries[resolve(file)] = { key, sum: checksum(key, result), result };
    this.dirty = true;
  }
  /** Writes the cache (atomically) if anything changed. Returns an error message instead of throwing. */
  async save() {
    if (this.refused)
      return this.refused;
    if (!this.dirty)
      return void 0;
    const tmp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      await removeStaleTemps(this.location);
      await writeFile(tmp, JSON.stringify(this.data));
      await rename(tmp, this.location);
      this.dirty = false;
      return void 0;
    } catch (e) {
      return `cannot write the cache ${this.location} (${e.code ?? e.message}); results were not cached`;
    }
  }
};
async function removeStaleTemps(location) {
  const dir = dirname(location);
  const prefix = `${basename(location)}.`;
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    if (!name.startsWith(prefix))
      continue;
    const pid = /^(\d{1,10})\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === void 0 || Number(pid) === process.pid || isAlive(Number(pid)))
      continue;
    const path = join(dir, name);
    const st = await lstat(path).catch(() => void 0);
    if (st?.isFile())
      await unlink(path).catch(() => {
      });
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// out/src/node/config.js
var import_ajv = __toESM(require_ajv(), 1);
var import_ignore2 = __toESM(require_ignore(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { createHash as createHash2 } from "node:crypto";
import { realpath } from "node:fs/promises";
import { dirname as dirname3, isAbsolute, join as join3, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { pathToFileURL } from "node:url";

// out/src/node/gitignore.js
var import_ignore = __toESM(require_ignore(), 1);
import { stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative, sep } from "node:path";
var ignore = import_ignore.default.default ?? import_ignore.default;
var GitIgnore = class {
  skipped;
  dirs = /* @__PURE__ */ new Map();
  /** `skipped` hears of an ignore file that exists but is not read (not a regular file, too large, unreadable). */
  constructor(skipped = () => {
  }) {
    this.skipped = skipped;
  }
  /** The ignore file that excludes `absFile`, or undefined when git would not ignore it. */
  async ignoredBy(absFile) {
    const chain = [];
    let dir = dirname2(absFile);
    for (; ; ) {
      const info = await this.dir(dir);
      chain.unshift(info.sources);
      if (info.isRoot)
        break;
      const parent = dirname2(dir);
      if (parent === dir)
        return void 0;
      dir = parent;
    }
    let by;
    for (const sources of chain) {
      for (const s of sources) {
        const rel = relative(s.base, absFile).split(sep).join("/");
        const r = s.ig.test(rel);
        if (r.ignored)
          by = s.file;
        else if (r.unignored)
          by = void 0;
      }
    }
    return by;
  }
  dir(dir) {
    let hit = this.dirs.get(dir);
    if (!hit) {
      hit = (async () => {
        const isRoot2 = await stat2(join2(dir, ".git")).then(() => true, () => false);
        const sources = [];
        const files = isRoot2 ? [join2(dir, ".git", "info", "exclude"), join2(dir, ".gitignore")] : [join2(dir, ".gitignore")];
        for (const file of files) {
          const read = await readRegularText(file, MAX_IGNORE_BYTES, "for an ignore file");
          if (!read.ok) {
            if (!read.missing && !read.unseen)
              this.skipped(file, read.reason);
            continue;
          }
          if (read.text.trim())
            sources.push({ base: dir, file, ig: ignore().add(read.text) });
        }
        return { sources, isRoot: isRoot2 };
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }
};
async function findRepoRoot(dir) {
  for (; ; ) {
    if (await stat2(join2(dir, ".git")).then(() => true, () => false))
      return dir;
    const parent = dirname2(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}

// out/src/node/glob.js
var GlobError = class extends Error {
};
var MAX_ALTERNATIVES = 256;
function compileGlob(glob2) {
  if (/[@!+*?]\(/.test(glob2.replace(/\\./g, ""))) {
    throw new GlobError(`"${glob2}" uses an extglob such as @(a|b), which is not supported; write {a,b} instead`);
  }
  const programs = expandBraces(glob2).flatMap((g) => g.endsWith("/**") && g.length > 3 ? [g, g.slice(0, -3)] : [g]).map(tokenize);
  return (path) => programs.some((p) => run(p, path));
}
function expandBraces(glob2) {
  const open2 = findBrace(glob2);
  if (!open2)
    return [glob2];
  const [start, end, parts] = open2;
  const out = [];
  for (const part of parts) {
    for (const rest of expandBraces(glob2.slice(0, start) + part + glob2.slice(end + 1))) {
      out.push(rest);
      if (out.length > MAX_ALTERNATIVES)
        throw new GlobError(`"${glob2}" expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer`);
    }
  }
  return out;
}
function findBrace(glob2) {
  for (let i = 0; i < glob2.length; i++) {
    if (glob2[i] === "\\") {
      i++;
      continue;
    }
    if (glob2[i] !== "{")
      continue;
    let depth = 0;
    const cuts = [i];
    for (let j = i; j < glob2.length; j++) {
      const c = glob2[j];
      if (c === "\\")
        j++;
      else if (c === "{")
        depth++;
      else if (c === "," && depth === 1)
        cuts.push(j);
      else if (c === "}" && --depth === 0) {
        if (cuts.length === 1)
          break;
        cuts.push(j);
        return [i, j, cuts.slice(0, -1).map((a, k) => glob2.slice(a + 1, cuts[k + 1]))];
      }
    }
  }
  return void 0;
}
function tokenize(glob2) {
  const out = [];
  for (let i = 0; i < glob2.length; i++) {
    const c = glob2[i];
    if (c === "\\" && i + 1 < glob2.length) {
      out.push({ t: "char", c: glob2[++i] });
    } else if (c === "*") {
      let j = i;
      while (glob2[j + 1] === "*")
        j++;
      const whole = j > i && (i === 0 || glob2[i - 1] === "/") && (j + 1 === glob2.length || glob2[j + 1] === "/");
      if (whole) {
        const last = j + 1 === glob2.length;
        out.push({ t: "segments", last });
        i = last ? j : j + 1;
      } else {
        out.push({ t: "star" });
        i = j;
      }
    } else if (c === "?") {
      out.push({ t: "any" });
    } else if (c === "[") {
      const cls = readClass(glob2, i);
      if (cls) {
        out.push(cls[0]);
        i = cls[1];
      } else
        out.push({ t: "char", c });
    } else {
      out.push({ t: "char", c });
    }
  }
  return out;
}
function readClass(glob2, i) {
  let j = i + 1;
  const negated = glob2[j] === "!" || glob2[j] === "^";
  if (negated)
    j++;
  const items = [];
  let first = true;
  for (; j < glob2.length; j++) {
    let c = glob2[j];
    if (c === "]" && !first)
      return [{ t: "class", negated, items }, j];
    first = false;
    if (c === "\\" && j + 1 < glob2.length)
      c = glob2[++j];
    if (glob2[j + 1] === "-" && j + 2 < glob2.length && glob2[j + 2] !== "]") {
      let hi = glob2[j + 2];
      j += 2;
      if (hi === "\\" && j + 1 < glob2.length)
        hi = glob2[++j];
      items.push([c, hi]);
    } else
      items.push(c);
  }
  return void 0;
}
var inClass = (tok, c) => tok.items.some((it) => typeof it === "string" ? it === c : c >= it[0] && c <= it[1]) !== tok.negated;
function run(tokens, path) {
  const n = tokens.length;
  let current = closure(tokens, /* @__PURE__ */ new Set([0]));
  for (const c of path) {
    const next = /* @__PURE__ */ new Set();
    for (const s of current) {
      if (s > n) {
        if (c === "/")
          next.add(s - n - 1);
        else
          next.add(s);
        continue;
      }
      if (s === n)
        continue;
      const tok = tokens[s];
      switch (tok.t) {
        case "char":
          if (c === tok.c)
            next.add(s + 1);
          break;
        case "any":
          if (c !== "/")
            next.add(s + 1);
          break;
        case "class":
          if (c !== "/" && inClass(tok, c))
            next.add(s + 1);
          break;
        case "star":
          if (c !== "/")
            next.add(s);
          break;
        case "segments":
          if (tok.last)
            next.add(s);
          else if (c !== "/")
            next.add(n + 1 + s);
          break;
      }
    }
    if (next.size === 0)
      return false;
    current = closure(tokens, next);
  }
  return current.has(n);
}
function closure(tokens, states) {
  const stack = [...states];
  while (stack.length > 0) {
    const s = stack.pop();
    const tok = tokens[s];
    if (tok && (tok.t === "star" || tok.t === "segments") && !states.has(s + 1)) {
      states.add(s + 1);
      stack.push(s + 1);
    }
  }
  return states;
}

// out/src/node/jsonc.js
function stripJsonComments(text) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let k = from; k < to; k++)
      if (out[k] !== "\n" && out[k] !== "\r")
        out[k] = " ";
  };
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"')
        i += text[i] === "\\" ? 2 : 1;
      lastComma = -1;
    } else if (c === "/" && text[i + 1] === "/") {
      let end = text.indexOf("\n", i);
      if (end < 0)
        end = text.length;
      blank(i, end);
      i = end - 1;
    } else if (c === "/" && text[i + 1] === "*") {
      let end = text.indexOf("*/", i + 2);
      end = end < 0 ? text.length : end + 2;
      blank(i, end);
      i = end - 1;
    } else if (c === ",") {
      lastComma = i;
    } else if (c === "}" || c === "]") {
      if (lastComma >= 0)
        out[lastComma] = " ";
      lastComma = -1;
    } else if (!/\s/.test(c)) {
      lastComma = -1;
    }
  }
  return out.join("");
}
function parseJsonc(text) {
  try {
    return JSON.parse(stripJsonComments(text));
  } catch (e) {
    const m = /at position (\d+)/.exec(e.message);
    if (!m)
      throw e;
    const at = Number(m[1]);
    const before = text.slice(0, at);
    const line2 = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    throw new SyntaxError(`${e.message.split("\n")[0]} (line ${line2}, column ${column})`);
  }
}

// out/src/node/config.js
var Ajv = import_ajv.default.default ?? import_ajv.default;
var ignore2 = import_ignore2.default.default ?? import_ignore2.default;
var CONFIG_NAMES = [".mlsdrc.json", ".mlsdrc.yaml", ".mlsdrc.yml", "package.json"];
var ConfigError = class extends Error {
  lines;
  file;
  /** `file`: the config file at fault (absolute), when there is one. */
  constructor(lines, file) {
    super(lines.join("\n"));
    this.lines = lines;
    this.file = file;
    this.name = "ConfigError";
  }
};
async function outsideOf(abs, root) {
  const within = (p, r) => {
    const rel = relative2(r, p);
    return rel === "" || !rel.startsWith(`..${sep2}`) && rel !== ".." && !isAbsolute(rel);
  };
  if (!within(abs, root))
    return "path";
  const [realAbs, realRoot] = await Promise.all([realpath(abs).catch(() => void 0), realpath(root).catch(() => root)]);
  if (realAbs !== void 0 && !within(realAbs, realRoot))
    return "link";
  return void 0;
}
function configRefusal(reason) {
  if (reason.startsWith("is not a regular file"))
    return `${reason}; replace it with a config file or delete it.`;
  if (reason.startsWith("cannot be read"))
    return `${reason}; fix its permissions or delete it.`;
  return `${reason}; a config is a few lines of settings.`;
}
var defaultLinter;
var sharedLinter = () => defaultLinter ??= new Linter();
var validateRc = /* @__PURE__ */ (() => {
  let fn;
  return () => fn ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(mlsdrc_schema_default);
})();
var ConfigResolver = class {
  opts;
  byDir = /* @__PURE__ */ new Map();
  loaded = /* @__PURE__ */ new Map();
  git;
  constructor(opts) {
    this.opts = opts;
    this.git = new GitIgnore((file, reason) => opts.warn?.(`${this.show(file)} ${reason}; it is not read, so nothing it lists is ignored. Replace it with a text file or delete it.`));
  }
  /** The config that applies to files in `dir` (searching upward), or undefined. */
  configFor(dir) {
    if (this.opts.configFile)
      return this.load(resolve2(this.opts.cwd, this.opts.configFile), true);
    let hit = this.byDir.get(dir);
    if (!hit) {
      hit = this.discover(dir);
      this.byDir.set(dir, hit);
    }
    return hit;
  }
  async discover(dir) {
    for (const name of CONFIG_NAMES) {
      const path = join3(dir, name);
      const read = await readRegularText(path, MAX_CONFIG_BYTES, "for a config file");
      if (!read.ok) {
        if (read.missing || read.unseen || read.reason.startsWith("is a directory"))
          continue;
        throw new ConfigError([`${this.show(path)}: ${configRefusal(read.reason)}`], path);
      }
      const text = read.text;
      if (name === "package.json" && !packageHasKey(text))
        continue;
      return this.load(path, false, text);
    }
    const parent = dirname3(dir);
    return parent === dir ? void 0 : this.configFor(parent);
  }
  load(path, explicit, text) {
    let hit = this.loaded.get(path);
    if (!hit) {
      hit = this.read(path, explicit, text);
      this.loaded.set(path, hit);
    }
    return hit;
  }
  async read(path, explicit, text) {
    const shown = this.show(path);
    if (text === void 0) {
      const read = await readRegularText(path, MAX_CONFIG_BYTES, "for a config file");
      if (!read.ok)
        throw new ConfigError([`${shown}: ${read.missing ? "does not exist" : configRefusal(read.reason)}${explicit ? "; check the path given to --config" : ""}`], path);
      text = read.text;
    }
    const isPackage = path.endsWith(`${sep2}package.json`) || path === "package.json";
    let raw = parseRcText(text, path, shown);
    if (raw == null && !isPackage && /\.ya?ml$/i.test(path))
      raw = {};
    const data = isPackage ? raw?.mlsd : raw;
    const prefix = isPackage ? "mlsd" : "";
    const problems = [];
    if (!validateRc()(data)) {
      for (const e of readableErrors(validateRc().errors ?? []))
        problems.push(`${shown}: ${keyPath(prefix, e.path)}${e.message}`);
      throw new ConfigError(problems, path);
    }
    const rc = data;
    const dir = dirname3(path);
    const ruleIds = allRules().map((r) => r.id);
    const checkRules = (rules, at) => {
      for (const id of Object.keys(rules ?? {})) {
        if (ruleIds.includes(id))
          continue;
        const near = closest(id, ruleIds);
        problems.push(`${shown}: ${keyPath(prefix, `${at}/${id}`)}unknown rule id "${id}"${near ? `; did you mean "${near}"?` : ""} Known rules: ${ruleIds.join(", ")}.`);
      }
    };
    checkRules(rc.rules, "/rules");
    rc.overrides?.forEach((o, i) => checkRules(o.rules, `/overrides/${i}/rules`));
    const extras = [];
    const extraTexts = [];
    let repo;
    const skipped = this.opts.extraSchemas === false && (rc.schemas?.length ?? 0) > 0 ? rc.schemas : void 0;
    for (const [i, file] of (skipped ? [] : rc.schemas ?? []).entries()) {
      const at = `${shown}: ${keyPath(prefix, `/schemas/${i}`)}`;
      const abs = resolve2(dir, file);
      const outside = await outsideOf(abs, repo ??= await findRepoRoot(dir) ?? dir);
      if (outside) {
        problems.push(`${at}"${file}" is outside the repository (${this.show(repo)}${outside === "link" ? ", through a symlink" : ""}); a schema file must be inside it.`);
        continue;
      }
      const got = await readRegularText(abs, MAX_SCHEMA_BYTES, "for a schema file");
      if (!got.ok) {
        problems.push(`${at}"${file}" ${got.missing ? "does not exist; paths are relative to the config file's folder" : `${got.reason}; list JSON Schema files only`}.`);
        continue;
      }
      const schemaText = got.text;
      const read = readTeamSchema(schemaText, pathToFileURL(abs).href, extras);
      if ("problem" in read) {
        problems.push(`${at}"${file}" ${read.problem}`);
        continue;
      }
      const s = read.schema;
      extras.push(s);
      extraTexts.push(schemaText);
    }
    if (problems.length > 0)
      throw new ConfigError(problems, path);
    const linter = extras.length > 0 ? new Linter([...BUILTIN_SCHEMAS, ...extras], BUILTIN_PROFILES) : sharedLinter();
    const checkSettings = (s, at) => {
      if (s.case !== void 0 && !skipped && !linter.cases().includes(s.case)) {
        const near = closest(s.case, linter.cases());
        problems.push(`${shown}: ${keyPath(prefix, `${at}/case`)}unknown case "${s.case}"${near ? `; did you mean "${near}"?` : ""} Known cases: ${linter.cases().join(", ")}.`);
      }
      if (s.profile !== void 0 && !linter.profiles().includes(s.profile)) {
        const near = closest(s.profile, linter.profiles());
        problems.push(`${shown}: ${keyPath(prefix, `${at}/profile`)}unknown profile "${s.profile}"${near ? `; did you mean "${near}"?` : ""} Known profiles: ${linter.profiles().join(", ")}.`);
      }
    };
    checkSettings(rc, "");
    rc.overrides?.forEach((o, i) => checkSettings(o, `/overrides/${i}`));
    const overrides = (rc.overrides ?? []).map((o, i) => {
      const { files, ...settings } = o;
      try {
        return { matches: globMatcher(files), settings };
      } catch (e) {
        if (!(e instanceof GlobError))
          throw e;
        problems.push(`${shown}: ${keyPath(prefix, `/overrides/${i}/files`)}${e.message}.`);
        return { matches: () => false, settings };
      }
    });
    let includes = () => false;
    try {
      includes = globMatcher(rc.include ?? [...DEFAULT_INCLUDE]);
    } catch (e) {
      if (!(e instanceof GlobError))
        throw e;
      problems.push(`${shown}: ${keyPath(prefix, "/include")}${e.message}.`);
    }
    if (problems.length > 0)
      throw new ConfigError(problems, path);
    const fingerprint = createHash2("sha256").update(JSON.stringify({ path, rc })).update(extraTexts.join("\0")).digest("hex");
    return {
      path,
      dir,
      rc,
      linter,
      fingerprint,
      ignores: rc.ignores?.length ? ignore2().add(rc.ignores) : void 0,
      includes,
      overrides,
      ...skipped ? { skippedSchemas: skipped } : {}
    };
  }
  /** Config, ignores and settings for one file (a path relative to cwd, or absolute). */
  async forFile(file) {
    const abs = resolve2(this.opts.cwd, file);
    const config = await this.configFor(dirname3(abs));
    const rel = config ? relative2(config.dir, abs).split(sep2).join("/") : void 0;
    const inside = rel !== void 0 && rel !== "" && !rel.startsWith("../") && !isAbsolute(rel);
    const fromCwd = relative2(this.opts.cwd, abs).split(sep2).join("/");
    const matchPath = fromCwd.startsWith("../") || isAbsolute(fromCwd) ? abs.split(sep2).join("/").replace(/^([A-Za-z]:)?\//, "") : fromCwd;
    const included = inside ? config.includes(rel) : (config?.includes ?? defaultIncludes)(matchPath);
    const include = config?.rc.include ?? DEFAULT_INCLUDE;
    const plan = { config, linter: config?.linter ?? sharedLinter(), included, include, defaults: {}, rules: {}, fingerprint: config?.fingerprint ?? "" };
    if (!this.opts.noIgnore) {
      if (config?.ignores && inside && config.ignores.ignores(rel)) {
        plan.ignored = `by "ignores" in ${this.show(config.path)}`;
        return plan;
      }
      if (config?.rc.gitignore !== false) {
        const by = await this.git.ignoredBy(abs);
        if (by) {
          plan.ignored = `by ${this.show(by)}`;
          return plan;
        }
      }
    }
    if (!config)
      return plan;
    const apply = (s) => {
      if (s.case !== void 0)
        plan.defaults.case = s.case;
      if (s.profile !== void 0)
        plan.defaults.profile = s.profile;
      if (s.lang !== void 0)
        plan.defaults.lang = s.lang;
      Object.assign(plan.rules, severityTable(s.rules ?? {}));
    };
    apply(config.rc);
    if (inside) {
      for (const o of config.overrides)
        if (o.matches(rel))
          apply(o.settings);
    }
    return plan;
  }
  show(path) {
    const rel = relative2(this.opts.cwd, path);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  }
};
function lintOptionsFor(plan, layers = {}) {
  return {
    defaults: { ...layers.fallback?.defaults, ...plan.defaults, ...layers.defaults },
    overrides: layers.overrides,
    rules: { ...severityTable(layers.fallback?.rules ?? {}), ...plan.rules }
  };
}
var defaultIncludes = (rel) => (defaultIncludeMatcher ??= globMatcher([...DEFAULT_INCLUDE]))(rel);
var defaultIncludeMatcher;
function globMatcher(files) {
  const list = Array.isArray(files) ? files : [files];
  const full = list.filter((g) => g.includes("/")).map((g) => compileGlob(g.replace(/^\.\//, "")));
  const base = list.filter((g) => !g.includes("/")).map((g) => compileGlob(g));
  return (rel) => {
    const name = rel.slice(rel.lastIndexOf("/") + 1);
    return full.some((m) => m(rel)) || base.some((m) => m(name));
  };
}
function packageHasKey(text) {
  try {
    const pkg = JSON.parse(text);
    return pkg !== null && typeof pkg === "object" && "mlsd" in pkg;
  } catch {
    return false;
  }
}
function parseRcText(text, path, shown) {
  const yaml = /\.ya?ml$/i.test(path);
  try {
    return yaml ? (0, import_yaml.parse)(text, { prettyErrors: true }) : /(^|[\\/])package\.json$/.test(path) ? JSON.parse(text) : parseJsonc(text);
  } catch (e) {
    const msg = e.message.split("\n")[0];
    throw new ConfigError([`${shown}: is not valid ${yaml ? "YAML" : "JSON"} (${msg}); fix the syntax or delete the file.`], path);
  }
}
function keyPath(prefix, pointer) {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out = prefix;
  for (const p of parts)
    out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out ? `${out}: ` : "";
}
var TYPE_NAMES = { string: "a string", array: "a list", object: "a mapping of keys to values", boolean: "true or false" };
function typeOf(v) {
  if (v === null)
    return "null";
  if (Array.isArray(v))
    return "a list";
  return typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}
function readableErrors(errors) {
  const oneOfs = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath + "/");
  const out = [];
  for (const e of errors) {
    if (oneOfs.some((p) => e.schemaPath.startsWith(p)))
      continue;
    const desc = e.instancePath ? e.parentSchema?.description : void 0;
    switch (e.keyword) {
      case "additionalProperties": {
        const key = e.params.additionalProperty;
        const allowed = Object.keys(e.parentSchema.properties ?? {}).filter((k) => k !== "$schema");
        const near = closest(key, allowed);
        out.push({ path: `${e.instancePath}/${key}`, message: `unknown key${near ? `; did you mean "${near}"?` : ""} Allowed keys: ${allowed.join(", ")}.` });
        break;
      }
      case "enum": {
        const allowed = e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ");
        out.push({ path: e.instancePath, message: `must be one of ${allowed}, not ${JSON.stringify(e.data)}.` });
        break;
      }
      case "type": {
        const want = e.params.type;
        out.push({ path: e.instancePath, message: `must be ${TYPE_NAMES[want] ?? want}, not ${typeOf(e.data)}.${desc ? ` (${desc})` : ""}` });
        break;
      }
      case "required":
        out.push({ path: e.instancePath, message: `needs "${e.params.missingProperty}".` });
        break;
      case "minLength":
        out.push({ path: e.instancePath, message: "must not be empty." });
        break;
      case "minItems":
        out.push({ path: e.instancePath, message: "must list at least one entry." });
        break;
      case "oneOf":
        out.push({ path: e.instancePath, message: `must be a glob or a non-empty list of globs, not ${typeOf(e.data)}.` });
        break;
      default:
        out.push({ path: e.instancePath, message: `${e.message ?? e.keyword}.` });
    }
  }
  return out;
}

// out/src/node/files.js
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { access, constants as constants2, realpath as realpath3, stat as stat4 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath as realpath2, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve4 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname4, normalize, relative as relative3, resolve as resolve3, sep as sep3 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep3) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve3(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative3(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat7) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat7.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat7, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat7 = fs.statSync(resolvedPath);
    if (stat7.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat7, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname4(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname4(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat7, resolvedPath) => {
          if (stat7.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname4(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep3,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore3 = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore3(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore3(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore3(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve4(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath2,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative8) : [];
}

// out/src/node/files.js
var MARKDOWN_EXTENSIONS = ["md", "markdown", "mdx"];
var DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];
async function expandTargets(targets, cwd = process.cwd()) {
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  const unreadable = [];
  const named = /* @__PURE__ */ new Set();
  const negated = targets.filter(isNegated).map((t) => t.slice(1).replace(/^\.\//, ""));
  const left = negated.length > 0 ? (0, import_picomatch2.default)(negated, { dot: true }) : void 0;
  const keep = (f) => !left || !left(f.replace(/^\.\//, ""));
  for (const t of targets.filter((x) => !isNegated(x))) {
    let found = [];
    if (isDynamicPattern(t)) {
      found = await glob(t, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false });
    } else {
      const st = await stat4(t).catch(() => void 0);
      if (st?.isDirectory()) {
        const base = t.replace(/[\\/]+$/, "") || ".";
        const [docs, locked] = await Promise.all([
          glob(`${base}/**/*.{${MARKDOWN_EXTENSIONS.join(",")}}`, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false }),
          unlistable(base, cwd)
        ]);
        found = docs;
        unreadable.push(...locked);
      } else if (st) {
        found = [t];
        named.add(t);
      } else {
        found = [t];
        named.add(t);
      }
    }
    found = found.filter(keep);
    if (found.length === 0)
      unmatched.push(t);
    for (const f of found)
      files.add(f);
  }
  return { files: await oncePerFile([...files], cwd), unmatched, named, unreadable: [...new Set(unreadable)].sort() };
}
function isNegated(target) {
  return target.length > 1 && target.startsWith("!");
}
async function oncePerFile(paths, cwd) {
  const depth = (p) => p.split(/[\\/]/).length;
  paths.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const BATCH = 256;
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const reals = await Promise.all(batch.map((p) => realpath3(resolve5(cwd, p)).catch(() => void 0)));
    batch.forEach((p, k) => {
      const real = reals[k];
      if (real === void 0)
        out.push(p);
      else if (!seen.has(real)) {
        seen.add(real);
        out.push(p);
      }
    });
  }
  return out.sort();
}
async function unlistable(base, cwd) {
  const dirs = await glob(`${base}/**`, { cwd, ignore: DEFAULT_IGNORES, onlyDirectories: true, expandDirectories: false });
  const out = [];
  const BATCH = 256;
  for (let i = 0; i < dirs.length; i += BATCH) {
    const batch = dirs.slice(i, i + BATCH);
    const ok = await Promise.all(batch.map((d) => access(resolve5(cwd, d), constants2.R_OK | constants2.X_OK).then(() => true, () => false)));
    batch.forEach((d, k) => ok[k] || out.push(d.replace(/[\\/]+$/, "")));
  }
  return out;
}

// out/src/cli/main.js
import { readFile as readFile2, writeFile as writeFile4 } from "node:fs/promises";

// out/src/cli/text.js
function visible(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function visibleLine(s) {
  return s.split("\n").map(visible).join("\n");
}
function markdownText(s) {
  return s.replace(/\r\n?|\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!~]/g, "\\$&");
}

// out/src/cli/formatters/github.js
import { isAbsolute as isAbsolute3, relative as relative4, resolve as resolve6, sep as sep4 } from "node:path";

// out/src/cli/messages.js
var TEXTS = {
  error: { en: "error", ko: "\uC624\uB958" },
  warning: { en: "warning", ko: "\uACBD\uACE0" },
  problems: {
    en: "\u2716 {total} {problems} ({errors} {errorWord}, {warnings} {warningWord}) in {files} {fileWord}",
    ko: "\u2716 \uBB38\uC81C {total}\uAC1C(\uC624\uB958 {errors}\uAC1C, \uACBD\uACE0 {warnings}\uAC1C), \uD30C\uC77C {files}\uAC1C"
  },
  clean: { en: "\u2714 {files} {fileWord} checked, no problems", ko: "\u2714 \uD30C\uC77C {files}\uAC1C \uAC80\uC0AC, \uBB38\uC81C \uC5C6\uC74C" },
  wrote: {
    en: "Wrote {path} (case {case}, {lang}): {steps} steps and {topics} topics to fill in.\nReplace each TODO line, then run: mlsd-lint {path}",
    ko: "{path}\uC5D0 \uC37C\uC2B5\uB2C8\uB2E4(\uC0AC\uB840 {case}, {lang}): \uB2E8\uACC4 {steps}\uAC1C\uC640 \uC8FC\uC81C {topics}\uAC1C\uB97C \uCC44\uC6B0\uC138\uC694.\n\uAC01 TODO \uC904\uC744 \uCC44\uC6B4 \uB2E4\uC74C \uC2E4\uD589\uD558\uC138\uC694: mlsd-lint {path}"
  },
  replaced: {
    en: "Replaced {path} (case {case}, {lang}): {steps} steps and {topics} topics to fill in.\nReplace each TODO line, then run: mlsd-lint {path}",
    ko: "{path}\uC744(\uB97C) \uBC14\uAFD4 \uC37C\uC2B5\uB2C8\uB2E4(\uC0AC\uB840 {case}, {lang}): \uB2E8\uACC4 {steps}\uAC1C\uC640 \uC8FC\uC81C {topics}\uAC1C\uB97C \uCC44\uC6B0\uC138\uC694.\n\uAC01 TODO \uC904\uC744 \uCC44\uC6B4 \uB2E4\uC74C \uC2E4\uD589\uD558\uC138\uC694: mlsd-lint {path}"
  },
  titleClash: {
    en: 'mlsd-lint new: warning: the title "{title}" reads as the heading "{heading}" ({id}), so that section would count as covered by the title; consider another title.',
    ko: 'mlsd-lint new: \uACBD\uACE0: \uC81C\uBAA9 "{title}"\uC740(\uB294) "{heading}"({id}) \uC81C\uBAA9\uC73C\uB85C \uC77D\uD600, \uADF8 \uC139\uC158\uC774 \uC81C\uBAA9\uC73C\uB85C \uCC44\uC6CC\uC9C4 \uAC83\uC73C\uB85C \uC148\uD574\uC9D1\uB2C8\uB2E4. \uB2E4\uB978 \uC81C\uBAA9\uC744 \uACE0\uB824\uD558\uC138\uC694.'
  },
  noDesignDocs: {
    en: `mlsd-lint: none of the {count} Markdown files in {targets} is a design doc. A design doc matches the config's "include" globs (default: {include}) or has an "mlsd:" key in its front matter; name a file to lint it anyway.`,
    ko: 'mlsd-lint: {targets}\uC758 Markdown \uD30C\uC77C {count}\uAC1C \uC911 \uC124\uACC4 \uBB38\uC11C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC124\uACC4 \uBB38\uC11C\uB294 \uC124\uC815\uC758 "include" \uAE00\uB86D(\uAE30\uBCF8\uAC12: {include})\uC5D0 \uB9DE\uAC70\uB098 front matter\uC5D0 "mlsd:" \uD0A4\uAC00 \uC788\uB294 \uD30C\uC77C\uC785\uB2C8\uB2E4. \uADF8\uB798\uB3C4 \uAC80\uC0AC\uD558\uB824\uBA74 \uD30C\uC77C \uC774\uB984\uC744 \uC9C1\uC811 \uC8FC\uC138\uC694.'
  },
  initWrote: {
    en: "Wrote {path}: which files are design docs (include), and the case, profile and rules for them. Edit it, then run: mlsd-lint",
    ko: "{path}\uC5D0 \uC37C\uC2B5\uB2C8\uB2E4: \uC5B4\uB5A4 \uD30C\uC77C\uC774 \uC124\uACC4 \uBB38\uC11C\uC778\uC9C0(include), \uADF8\uB9AC\uACE0 \uADF8 \uC0AC\uB840, \uD504\uB85C\uD544, \uADDC\uCE59\uC785\uB2C8\uB2E4. \uACE0\uCE5C \uB2E4\uC74C \uC2E4\uD589\uD558\uC138\uC694: mlsd-lint"
  },
  initExists: {
    en: "mlsd-lint: {path} already exists; it was left unchanged. Edit it, or delete it and run mlsd-lint --init again.",
    ko: "mlsd-lint: {path}\uC774(\uAC00) \uC774\uBBF8 \uC788\uC5B4 \uADF8\uB300\uB85C \uB450\uC5C8\uC2B5\uB2C8\uB2E4. \uADF8 \uD30C\uC77C\uC744 \uACE0\uCE58\uAC70\uB098, \uC9C0\uC6B4 \uB2E4\uC74C mlsd-lint --init\uC744 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC138\uC694."
  },
  initOther: {
    en: "mlsd-lint: {path} already configures this folder (a folder has one config); edit it instead. Nothing was written.",
    ko: "mlsd-lint: {path}\uC774(\uAC00) \uC774\uBBF8 \uC774 \uD3F4\uB354\uB97C \uC124\uC815\uD569\uB2C8\uB2E4(\uD3F4\uB354\uB9C8\uB2E4 \uC124\uC815\uC740 \uD558\uB098). \uADF8 \uD30C\uC77C\uC744 \uACE0\uCE58\uC138\uC694. \uC544\uBB34\uAC83\uB3C4 \uC4F0\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4."
  },
  // --fix: a doc that is not written.
  fixChanged: {
    en: "{file} changed while it was being fixed; it was not written. Run mlsd-lint --fix again.",
    ko: "{file} \uD30C\uC77C\uC774 \uACE0\uCE58\uB294 \uB3D9\uC548 \uBC14\uB00C\uC5B4 \uC4F0\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. mlsd-lint --fix\uB97C \uB2E4\uC2DC \uC2E4\uD589\uD558\uC138\uC694."
  },
  fixUnwritten: {
    en: "{file} could not be written ({why}); its fixes were not saved. Check that the file is writable, then run mlsd-lint --fix again.",
    ko: "{file} \uD30C\uC77C\uC5D0 \uC4F8 \uC218 \uC5C6\uC5B4({why}) \uC218\uC815 \uB0B4\uC6A9\uC744 \uC800\uC7A5\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4. \uD30C\uC77C\uC5D0 \uC4F8 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD55C \uB4A4 mlsd-lint --fix\uB97C \uB2E4\uC2DC \uC2E4\uD589\uD558\uC138\uC694."
  },
  // The line after a file's annotations (--format github) when it has more findings than GitHub shows.
  ghMore: {
    en: "{more} more findings in this file ({errors} errors, {warnings} warnings) are not annotated: GitHub shows about {max} of each kind per step, so the most important come first. The report of --format summary and SARIF list them all.",
    ko: "\uC774 \uD30C\uC77C\uC758 \uB098\uBA38\uC9C0 \uBC1C\uACAC \uC0AC\uD56D {more}\uAC1C(\uC624\uB958 {errors}\uAC1C, \uACBD\uACE0 {warnings}\uAC1C)\uB294 \uC8FC\uC11D\uC73C\uB85C \uD45C\uC2DC\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. GitHub\uC740 \uB2E8\uACC4\uB9C8\uB2E4 \uC885\uB958\uBCC4\uB85C {max}\uAC1C \uC815\uB3C4\uB9CC \uBCF4\uC5EC \uC8FC\uBBC0\uB85C \uC911\uC694\uD55C \uAC83\uBD80\uD130 \uBCF4\uC600\uC2B5\uB2C8\uB2E4. --format summary \uBCF4\uACE0\uC11C\uC640 SARIF\uC5D0\uB294 \uBAA8\uB450 \uC788\uC2B5\uB2C8\uB2E4."
  },
  // The Markdown coverage summary (--format summary).
  sumTitle: { en: "## mlsd-lint: design doc coverage", ko: "## mlsd-lint: \uC124\uACC4 \uBB38\uC11C \uCEE4\uBC84\uB9AC\uC9C0" },
  sumNone: { en: "No files were linted.", ko: "\uAC80\uC0AC\uD55C \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4." },
  sumOverview: { en: "| File | Case | Steps | Required topics | Errors | Warnings |", ko: "| \uD30C\uC77C | \uC0AC\uB840 | \uB2E8\uACC4 | \uD544\uC218 \uC8FC\uC81C | \uC624\uB958 | \uACBD\uACE0 |" },
  sumTable: { en: "| Step / topic | Status | Line |", ko: "| \uB2E8\uACC4 / \uC8FC\uC81C | \uC0C1\uD0DC | \uD589 |" },
  sumNotLinted: { en: "It could not be linted.", ko: "\uAC80\uC0AC\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4." },
  sumFile: {
    en: "{steps}/{stepTotal} steps, {topics}/{topicTotal} required topics (case {case}, profile {profile})",
    ko: "\uB2E8\uACC4 {steps}/{stepTotal}, \uD544\uC218 \uC8FC\uC81C {topics}/{topicTotal} (\uC0AC\uB840 {case}, \uD504\uB85C\uD544 {profile})"
  },
  present: { en: "\u2705 present", ko: "\u2705 \uC788\uC74C" },
  empty: { en: "\u26A0\uFE0F empty", ko: "\u26A0\uFE0F \uBE44\uC5B4 \uC788\uC74C" },
  waived: { en: "\u2796 waived", ko: "\u2796 \uBA74\uC81C" },
  missing: { en: "\u274C missing", ko: "\u274C \uC5C6\uC74C" },
  optional: { en: "\u25FB\uFE0F not covered (optional)", ko: "\u25FB\uFE0F \uB2E4\uB8E8\uC9C0 \uC54A\uC74C(\uC120\uD0DD)" }
};
function say(id, lang, data) {
  return formatText(TEXTS[id], lang, data, `cli/${id}`);
}
var plural = (n, word) => n === 1 ? word : `${word}s`;
function runLang(results, flag) {
  if (flag)
    return flag;
  const langs = results.map((r) => r.lang).filter((l) => l !== void 0);
  return langs.length > 0 && langs.every((l) => l === "ko") ? "ko" : "en";
}

// out/src/cli/formatters/github.js
var MAX_ANNOTATIONS = 10;
var RANK = new Map(allRules().map((r, i) => [r.id, (r.kind === "settings" ? 0 : 100) + i]));
function rank(m) {
  return m.fatal || !m.ruleId ? -1 : RANK.get(m.ruleId) ?? 1e3;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationPath(filePath, ctx) {
  const abs = resolve6(ctx.cwd, filePath);
  const rel = relative4(ctx.root ?? ctx.cwd, abs);
  return (rel && !rel.startsWith("..") && !isAbsolute3(rel) ? rel : abs).split(sep4).join("/");
}
function github(results, ctx) {
  const out = [];
  for (const r of results) {
    const file = annotationPath(r.filePath, ctx);
    const ordered = [...r.messages].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
    const shown = { error: 0, warning: 0 };
    const hidden = { error: 0, warning: 0 };
    for (const m of ordered) {
      const cmd = m.severity === 2 ? "error" : "warning";
      if (shown[cmd] >= MAX_ANNOTATIONS) {
        hidden[cmd]++;
        continue;
      }
      shown[cmd]++;
      const props = [
        ["file", file],
        ["line", m.line],
        ["col", m.column]
      ];
      if (m.endLine !== void 0)
        props.push(["endLine", m.endLine]);
      if (m.endColumn !== void 0)
        props.push(["endColumn", m.endColumn]);
      props.push(["title", m.ruleId ? `mlsd-lint: ${m.ruleId}` : "mlsd-lint"]);
      const text = m.ruleId && m.url ? `${m.message}
${m.url}` : m.message;
      out.push(`::${cmd} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(text)}`);
    }
    const more = hidden.error + hidden.warning;
    if (more > 0) {
      const text = say("ghMore", r.lang ?? ctx.lang ?? "en", { more, errors: hidden.error, warnings: hidden.warning, max: MAX_ANNOTATIONS });
      out.push(`::notice file=${escapeProperty(file)},line=1,title=${escapeProperty("mlsd-lint")}::${escapeData(text)}`);
    }
  }
  return out.length > 0 ? out.join("\n") + "\n" : "";
}

// out/src/cli/formatters/json.js
function* json(results) {
  if (results.length === 0) {
    yield "[]\n";
    return;
  }
  for (const [i, r] of results.entries()) {
    yield `${i === 0 ? "[\n" : ",\n"}  ${JSON.stringify(r, null, 2).replace(/\n/g, "\n  ")}`;
  }
  yield "\n]\n";
}

// out/src/cli/formatters/junit.js
function xml(s) {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
var line = (m) => `${m.line}:${m.column} ${m.severity === 2 ? "error" : "warning"} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`;
function junit(results) {
  const failures = results.filter((r) => r.fatalErrorCount === 0 && r.errorCount > 0).length;
  const errors = results.filter((r) => r.fatalErrorCount > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mlsd-lint" tests="${results.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="mlsd-lint" tests="${results.length}" failures="${failures}" errors="${errors}" skipped="0">`
  ];
  for (const r of results) {
    const name = xml(r.filePath);
    out.push(`    <testcase classname="mlsd-lint" name="${name}" file="${name}">`);
    if (r.fatalErrorCount > 0) {
      const m = r.messages.find((x) => x.fatal);
      out.push(`      <error message="${xml(m.message)}" type="fatal">${xml(m.message)}</error>`);
    } else if (r.errorCount > 0) {
      const summary2 = `${r.errorCount} error${r.errorCount === 1 ? "" : "s"}, ${r.warningCount} warning${r.warningCount === 1 ? "" : "s"}`;
      out.push(`      <failure message="${xml(summary2)}" type="mlsd-lint">${xml(r.messages.map(line).join("\n"))}</failure>`);
    } else if (r.warningCount > 0) {
      out.push(`      <system-out>${xml(r.messages.map(line).join("\n"))}</system-out>`);
    }
    out.push("    </testcase>");
  }
  out.push("  </testsuite>", "</testsuites>");
  return out.join("\n") + "\n";
}

// out/src/cli/formatters/sarif.js
import { isAbsolute as isAbsolute4, relative as relative5, resolve as resolve7, sep as sep5 } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
var SRCROOT = "%SRCROOT%";
function artifactLocation(filePath, ctx) {
  const root = ctx.root ?? ctx.cwd;
  const abs = resolve7(ctx.cwd, filePath);
  const rel = relative5(root, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute4(rel)) {
    return { uri: rel.split(sep5).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL2(abs).href };
}
function region(m) {
  const r = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine !== void 0 && m.endColumn !== void 0 && (m.endLine > m.line || m.endLine === m.line && m.endColumn >= m.column)) {
    r.endLine = m.endLine;
    r.endColumn = Math.max(1, m.endColumn);
  }
  return r;
}
function sarif(results, ctx) {
  const rules = allRules();
  const lang = ctx.lang ?? "en";
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = ctx.root ?? ctx.cwd;
  const out = [];
  const notifications = [];
  for (const r of results) {
    const location = { physicalLocation: { artifactLocation: artifactLocation(r.filePath, ctx) } };
    for (const m of r.messages) {
      if (m.fatal || m.ruleId === null) {
        notifications.push({ level: "error", message: { text: m.message }, locations: [location] });
        continue;
      }
      const result = {
        ruleId: m.ruleId,
        level: m.severity === 2 ? "error" : "warning",
        message: { text: m.message },
        locations: [{ physicalLocation: { ...location.physicalLocation, region: region(m) } }]
      };
      const i = index.get(m.ruleId);
      if (i !== void 0)
        result.ruleIndex = i;
      if (m.topic || m.suggestion)
        result.properties = { ...m.topic ? { topic: m.topic } : {}, ...m.suggestion ? { suggestion: m.suggestion } : {} };
      out.push(result);
    }
  }
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mlsd-lint",
            version: packageVersion(),
            informationUri: DEFAULT_DOCS_BASE.replace(/\/blob\/.*$/, ""),
            // Rule texts in the run's language: a Korean run gets no English sentence.
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang] },
              fullDescription: { text: lang === "en" ? `${r.description.en} (${r.description.ko})` : r.description[lang] },
              helpUri: ruleUrl(r.id),
              help: { text: `${r.description[lang]}
${lang === "ko" ? `\uC124\uBA85: ${ruleUrl(r.id)}` : `See ${ruleUrl(r.id)}`}`, markdown: `${r.description[lang]}

[${r.id}](${ruleUrl(r.id)})` },
              defaultConfiguration: { level: r.severity },
              properties: { kind: r.kind }
            }))
          }
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL2(root).href.replace(/\/?$/, "/") } },
        columnKind: "utf16CodeUnits",
        results: out
      }
    ]
  };
  return JSON.stringify(log2, null, 2) + "\n";
}

// out/src/cli/formatters/stylish.js
import { styleText } from "node:util";
function stylish(results, ctx) {
  const lang = ctx.lang ?? "en";
  const label = { error: say("error", lang), warning: say("warning", lang) };
  const paint = (style, s) => ctx.color ? styleText(style, s, { validateStream: false }) : s;
  const out = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.messages.length === 0)
      continue;
    out.push(paint("underline", visible(r.filePath)));
    const rows = r.messages.map((m) => [
      `  ${m.line}:${m.column}`,
      m.severity === 2 ? paint("red", label.error) : paint("yellow", label.warning),
      visible(m.message),
      paint("dim", visible(m.ruleId ?? ""))
    ]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...r.messages.map((m) => (m.severity === 2 ? label.error : label.warning).length));
    for (const [i, row] of rows.entries()) {
      const sevLen = (r.messages[i].severity === 2 ? label.error : label.warning).length;
      out.push(`${row[0].padEnd(w0)}  ${row[1]}${" ".repeat(w1 - sevLen)}  ${row[2]}  ${row[3]}`);
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total > 0) {
    const line2 = say("problems", lang, {
      total,
      problems: plural(total, "problem"),
      errors,
      errorWord: plural(errors, "error"),
      warnings,
      warningWord: plural(warnings, "warning"),
      files: results.length,
      fileWord: plural(results.length, "file")
    });
    out.push(paint(errors > 0 ? "red" : "yellow", line2));
  } else {
    out.push(say("clean", lang, { files: results.length, fileWord: plural(results.length, "file") }));
  }
  return out.join("\n") + "\n";
}

// out/src/cli/formatters/summary.js
var cell = (s) => s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function status(e, required, lang) {
  switch (e?.status) {
    case "present":
      return say("present", lang);
    case "empty":
      return say("empty", lang);
    case "waived":
      return `${say("waived", lang)}${e.reason ? `: ${markdownText(e.reason)}` : ""}`;
    default:
      return say(required ? "missing" : "optional", lang);
  }
}
function fileTable(r, book) {
  const cov = r.coverage;
  const lang = r.lang ?? "en";
  const title = (d) => markdownText(d.title[lang] ?? d.title.en);
  const rows = [say("sumTable", lang), "| --- | --- | --- |"];
  const row = (label, e, required) => rows.push(`| ${cell(label)} | ${cell(status(e, required, lang))} | ${e?.line ?? ""} |`);
  if (!book) {
    for (const [id, e] of Object.entries(cov.steps))
      row(`**${markdownText(id)}**`, e, true);
    for (const [id, e] of Object.entries(cov.topics))
      row(`\u21B3 ${markdownText(id)}`, e, true);
    return rows;
  }
  const listed = /* @__PURE__ */ new Set();
  for (const step of book.steps) {
    row(`**${step.order}. ${title(step)}**`, cov.steps[step.id], step.required);
    for (const t of book.topics) {
      if (t.step !== step.id)
        continue;
      listed.add(t.id);
      const e = cov.topics[t.id];
      if (t.required || isCovered(e) || e?.status === "empty")
        row(`\u21B3 ${title(t)}`, e, t.required);
    }
  }
  for (const t of book.topics) {
    const e = cov.topics[t.id];
    if (!listed.has(t.id) && (t.required || isCovered(e)))
      row(`\u21B3 ${title(t)}`, e, t.required);
  }
  return rows;
}
function summary(results, ctx) {
  const lang = ctx.lang ?? "en";
  const out = [say("sumTitle", lang), ""];
  if (results.length === 0)
    return out.concat(say("sumNone", lang), "").join("\n");
  const books = results.map((r) => r.coverage ? ctx.ruleBook?.(r) : void 0);
  out.push(say("sumOverview", lang), "| --- | --- | --- | --- | ---: | ---: |");
  for (const [i, r] of results.entries()) {
    if (!r.coverage) {
      out.push(`| ${cell(code(r.filePath))} | | | | ${r.errorCount} | ${r.warningCount} |`);
      continue;
    }
    const c = coverageTally(r.coverage, books[i]);
    const mark = (n) => `${n.covered === n.total ? "\u2705" : "\u274C"} ${n.covered}/${n.total}`;
    out.push(`| ${cell(code(r.filePath))} | ${markdownText(r.case ?? "")} | ${mark(c.steps)} | ${mark(c.topics)} | ${r.errorCount} | ${r.warningCount} |`);
  }
  out.push("");
  for (const [i, r] of results.entries()) {
    if (!r.coverage) {
      const why = r.messages.find((m) => m.fatal)?.message ?? say("sumNotLinted", lang);
      out.push(`**${markdownText(r.filePath)}**: ${markdownText(why)}`, "");
      continue;
    }
    const c = coverageTally(r.coverage, books[i]);
    out.push(`<details${results.length === 1 ? " open" : ""}><summary><code>${html(r.filePath)}</code>: ${say("sumFile", lang, { steps: c.steps.covered, stepTotal: c.steps.total, topics: c.topics.covered, topicTotal: c.topics.total, case: html(r.case ?? ""), profile: html(r.profile ?? "") })}</summary>`, "", ...fileTable(r, books[i]), "", "</details>", "");
  }
  return out.join("\n");
}

// out/src/cli/formatters/index.js
var FORMATTERS = { stylish, json, sarif, github, junit, summary };

// out/src/cli/outputs.js
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import { once } from "node:events";
import { dirname as dirname5, resolve as resolve8 } from "node:path";
function planOutputs(tokens) {
  const outs = [];
  let pending;
  let last;
  for (const t of tokens) {
    if (t.kind !== "option" || t.value === void 0)
      continue;
    if (t.name === "format") {
      last = { format: t.value };
      if (pending !== void 0) {
        last.file = pending;
        pending = void 0;
      }
      outs.push(last);
    } else if (t.name === "output-file") {
      if (last && last.file === void 0 && pending === void 0)
        last.file = t.value;
      else if (pending === void 0)
        pending = t.value;
      else
        throw new Error(`--output-file "${pending}" and "${t.value}" both wait for a --format; give each output file its own --format`);
    }
  }
  if (pending !== void 0) {
    if (outs.length > 0)
      throw new Error(`--output-file "${pending}" has no --format after it to write; put it right after the --format it is for`);
    outs.push({ format: "stylish", file: pending });
  }
  if (outs.length === 0)
    outs.push({ format: "stylish" });
  for (const o of outs) {
    if (!FORMATTERS[o.format])
      throw new Error(`unknown format "${o.format}"; use one of: ${Object.keys(FORMATTERS).join(", ")}`);
  }
  const files = outs.filter((o) => o.file !== void 0).map((o) => resolve8(o.file));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup)
    throw new Error(`two formats write to the same file "${dup}"; give each its own --output-file`);
  return outs;
}
async function writeOutputs(outs, results, ctx, opts) {
  const failed = [];
  for (const o of outs) {
    const color = opts.color ?? (opts.isTTY && o.file === void 0);
    const report2 = FORMATTERS[o.format](results, { ...ctx, color });
    const pieces = typeof report2 === "string" ? [report2] : report2;
    if (o.file === void 0) {
      for (const piece of pieces)
        opts.stdout(piece);
      continue;
    }
    try {
      const path = resolve8(ctx.cwd, o.file);
      await mkdir2(dirname5(path), { recursive: true });
      await writePieces(path, pieces);
    } catch (e) {
      failed.push(`cannot write ${o.file} (${e.code ?? e.message})`);
    }
  }
  return failed;
}
async function writePieces(path, pieces) {
  const out = createWriteStream(path);
  const failed = new Promise((_, reject) => out.once("error", reject));
  failed.catch(() => {
  });
  try {
    for (const piece of pieces) {
      if (!out.write(piece))
        await Promise.race([once(out, "drain"), failed]);
    }
    out.end();
    await Promise.race([once(out, "finish"), failed]);
  } finally {
    out.destroy();
  }
}

// out/src/cli/result.js
function toMessage(f) {
  const m = {
    ruleId: f.ruleId,
    severity: f.severity === "error" ? 2 : 1,
    messageId: f.messageId,
    ...f.data ? { data: f.data } : {},
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn
  };
  if (f.topic)
    m.topic = f.topic;
  if (f.suggestion)
    m.suggestion = f.suggestion;
  if (f.related?.length)
    m.related = f.related.map((r) => ({ topic: r.topic, title: r.title }));
  m.url = f.url;
  return m;
}
function fromLint(filePath, r, quiet = false) {
  const messages = r.findings.filter((f) => !quiet || f.severity === "error").map(toMessage);
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    case: r.case,
    ...r.caseInferred ? { caseInferred: r.caseInferred } : {},
    profile: r.profile,
    lang: r.lang,
    coverage: r.coverage
  };
}
function fatal(filePath, message) {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, message, line: 1, column: 1, fatal: true }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1
  };
}
function crashMessage(why) {
  return `File could not be linted (internal error: ${why}); the other files were linted. Please report this as a bug, with the file.`;
}

// out/src/cli/commands/cases.js
import { parseArgs } from "node:util";
var CASES_USAGE = `Usage: mlsd-lint cases [--format text|json] [--config <path>]

Lists the cases a design doc can name in its front matter (mlsd: case: <id>) or pass to
'mlsd-lint new --case <id>': the id, the English title and the Korean title. The cases of a
team's schemas (the "schemas" of the config that applies here, or of --config) are listed too.
`;
async function casesCommand(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { format: { type: "string", short: "f" }, config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" } } }));
  } catch (e) {
    io.stderr(`mlsd-lint cases: ${e.message.split("\n")[0]}
Run 'mlsd-lint cases --help' for usage.
`);
    return 2;
  }
  if (values.help) {
    io.stdout(CASES_USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(`mlsd-lint cases: unknown format "${format}"; use text or json
`);
    return 2;
  }
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: values.config }).configFor(io.cwd);
  const linter = config?.linter ?? new Linter();
  const cases = linter.cases().map((id) => ({ id, title: linter.set.cases.get(id).title }));
  if (format === "json") {
    io.stdout(`${JSON.stringify(cases, null, 2)}
`);
    return 0;
  }
  const idWidth = Math.max(...cases.map((c) => c.id.length));
  const enWidth = Math.max(...cases.map((c) => c.title.en.length));
  for (const c of cases)
    io.stdout(`${c.id.padEnd(idWidth)}  ${c.title.en.padEnd(enWidth)}  ${c.title.ko}
`);
  return 0;
}

// out/src/cli/commands/new.js
import { mkdir as mkdir3, stat as stat5, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname6, extname, relative as relative6, resolve as resolve9 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var NEW_USAGE = `Usage: mlsd-lint new [--case <id>] [--lang <en|ko>] [--title <text>] [--force] [--config <path>] <path>

Writes a ready-to-fill design doc: front matter naming the case, every step and topic heading of
the case in order, and under each a TODO line saying what to write there. Missing folders are created.

Options:
      --case <id>      The case (default: the config's case, else generic); 'mlsd-lint cases' lists
                       them, with the cases of the config's team schemas
  -c, --config <path>  Use this config file (default: the one that applies to <path>)
      --lang <en|ko>   Language of the headings and hints (default: en)
      --title <text>   The doc's title (default: the case's title)
      --force          Replace the file if it already exists (without it, an existing file is never touched)
  -h, --help           Show this help

Exit codes: 0 written, 2 usage error, existing file or I/O error.
`;
var LANGS = ["en", "ko"];
function didYouMean(value, options) {
  const best = closest(value, options, Math.max(3, Math.floor(value.length / 4)));
  return best ? ` (did you mean "${best}"?)` : "";
}
function fsReason(e) {
  const code2 = e.code;
  if (code2 === "EACCES" || code2 === "EPERM")
    return "permission denied";
  if (code2 === "ENOTDIR" || code2 === "EEXIST")
    return "a part of the path is a file, not a folder";
  if (code2 === "EROFS")
    return "the file system is read-only";
  if (code2 === "ENOSPC")
    return "no space left on the device";
  return e.message;
}
async function newCommand(argv, io) {
  const usage = (message) => {
    io.stderr(`mlsd-lint new: ${message}
Run 'mlsd-lint new --help' for usage.
`);
    return 2;
  };
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs2({
      args: argv,
      allowPositionals: true,
      options: {
        case: { type: "string" },
        lang: { type: "string" },
        title: { type: "string" },
        force: { type: "boolean" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    return usage(e.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  if (values.help) {
    io.stdout(NEW_USAGE);
    return 0;
  }
  const target = positionals.length === 1 && !/[\\/]$/.test(positionals[0]) ? resolve9(io.cwd, positionals[0]) : void 0;
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: values.config }).configFor(target ? dirname6(target) : io.cwd);
  const linter = config?.linter ?? new Linter();
  const caseId = values.case ?? config?.rc.case ?? DEFAULT_CASE;
  const book = linter.ruleBook(caseId);
  if (!book)
    return usage(`unknown case "${caseId}"${didYouMean(caseId, linter.cases())}; 'mlsd-lint cases' lists them`);
  const lang = values.lang ?? "en";
  if (!LANGS.includes(lang))
    return usage(`--lang takes "en" or "ko", not "${values.lang}"`);
  if (positionals.length === 0)
    return usage(`give the path of the doc to write, e.g. mlsd-lint new --case ${caseId} docs/design.md`);
  if (positionals.length > 1)
    return usage(`give one path, not ${positionals.length} (${positionals.join(", ")})`);
  const path = positionals[0];
  const file = resolve9(io.cwd, path);
  if (/[\\/]$/.test(path))
    return usage(`${path} is a folder path; give the path of a file, e.g. ${path.replace(/[\\/]+$/, "")}/design.md`);
  const existing = await stat5(file).catch(() => void 0);
  if (existing?.isDirectory())
    return usage(`${path} is a folder; give the path of a file, e.g. ${path.replace(/\/+$/, "")}/design.md`);
  if (existing && !values.force) {
    io.stderr(`mlsd-lint new: ${path} already exists; it was left unchanged. Pass --force to replace it, or choose another path.
`);
    return 2;
  }
  const text = renderTemplate(book, lang, { title: values.title });
  try {
    await mkdir3(dirname6(file), { recursive: true });
  } catch (e) {
    io.stderr(`mlsd-lint new: cannot create the folder ${relative6(io.cwd, dirname6(file)) || "."} for ${path}: ${fsReason(e)}; choose another path.
`);
    return 2;
  }
  try {
    await writeFile2(file, text, { flag: values.force ? "w" : "wx" });
  } catch (e) {
    if (e.code === "EEXIST" && !values.force) {
      io.stderr(`mlsd-lint new: ${path} already exists; it was left unchanged. Pass --force to replace it, or choose another path.
`);
    } else {
      io.stderr(`mlsd-lint new: cannot write ${path}: ${fsReason(e)}
`);
    }
    return 2;
  }
  if (values.title) {
    const clash = titleConflict(book, values.title);
    if (clash)
      io.stderr(`${say("titleClash", lang, { title: values.title, heading: clash.title[lang], id: clash.id })}
`);
  }
  if (!/^\.(md|markdown)$/i.test(extname(file)))
    io.stderr(`mlsd-lint new: note: ${path} does not end in .md; a folder lint only picks up *.md files.
`);
  const topics = book.topics.length;
  io.stdout(`${say(existing ? "replaced" : "wrote", lang, { path, case: caseId, lang, steps: book.steps.length, topics })}
`);
  return 0;
}

// out/src/cli/commands/index.js
var COMMANDS = /* @__PURE__ */ new Map([
  ["cases", casesCommand],
  ["new", newCommand]
]);

// out/src/cli/config-commands.js
import { readFile, stat as stat6, writeFile as writeFile3 } from "node:fs/promises";
import { isAbsolute as isAbsolute5, join as join4, relative as relative7 } from "node:path";
var INIT_NAME = ".mlsdrc.yaml";
function initText(lang) {
  const include = DEFAULT_INCLUDE.map((g) => `  - "${g}"`).join("\n");
  if (lang === "ko") {
    return `# mlsd-lint \uC124\uC815 (mlsd-lint --init\uC73C\uB85C \uB9CC\uB4E6). \uBAA8\uB4E0 \uD0A4: https://mlsd-lint.dev/schemas/mlsdrc.schema.json
$schema: https://mlsd-lint.dev/schemas/mlsdrc.schema.json

# \uC124\uACC4 \uBB38\uC11C\uC778 \uD30C\uC77C: \uC774 \uD30C\uC77C\uC758 \uD3F4\uB354 \uAE30\uC900 \uAE00\uB86D. \uD3F4\uB354\uB098 \uAE00\uB86D\uC744 \uAC80\uC0AC\uD560 \uB54C(\uB300\uC0C1 \uC5C6\uC774 \uC2E4\uD589\uD560 \uB54C\uB3C4),
# GitHub Action\uACFC \uC5D0\uB514\uD130\uAC00 \uC774 \uD30C\uC77C\uB4E4\uACFC front matter\uC5D0 "mlsd:" \uD0A4\uAC00 \uC788\uB294 Markdown \uD30C\uC77C\uC744 \uAC80\uC0AC\uD569\uB2C8\uB2E4.
# \uBA85\uB839\uC904\uC5D0 \uC774\uB984\uC744 \uC9C1\uC811 \uC900 \uD30C\uC77C\uC740 \uD56D\uC0C1 \uAC80\uC0AC\uD569\uB2C8\uB2E4.
include:
${include}

# front matter\uC5D0 mlsd.case\uAC00 \uC5C6\uB294 \uBB38\uC11C\uC758 \uC0AC\uB840 (mlsd-lint cases\uAC00 \uBAA9\uB85D\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4).
case: ${DEFAULT_CASE}

# recommended(\uAE30\uBCF8\uAC12, CI\uC6A9), interview(\uCC45\uC758 \uC0AC\uB840 \uC7A5), checklist(\uBAA8\uB4E0 \uD558\uC704 \uC8FC\uC81C\uB97C \uAC01\uAC01 \uBCF4\uACE0).
profile: ${DEFAULT_PROFILE}

# \uADDC\uCE59 ID\uBCC4 \uC2EC\uAC01\uB3C4: error, warning(\uB610\uB294 warn), off. \uADDC\uCE59\uC740 docs/rules/\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.
rules:
  placeholder: error

# \uAC80\uC0AC\uD558\uC9C0 \uC54A\uC744 \uD30C\uC77C\uACFC \uD3F4\uB354 (.gitignore \uBB38\uBC95, \uC774 \uD30C\uC77C\uC758 \uD3F4\uB354 \uAE30\uC900).
ignores: []

# \uC77C\uBD80 \uD30C\uC77C\uC5D0\uB9CC \uC801\uC6A9\uD560 \uC124\uC815 (\uB4A4\uC758 \uD56D\uBAA9\uC774 \uC774\uAE41\uB2C8\uB2E4). \uC608:
# overrides:
#   - files: "interviews/**"
#     profile: interview

# \uD300\uC758 \uCCB4\uD06C\uB9AC\uC2A4\uD2B8 \uC2A4\uD0A4\uB9C8 (docs/schema-format.md). \uC608:
# schemas: [checklists/team.schema.json]
`;
  }
  return `# mlsd-lint config (written by mlsd-lint --init). Every key: https://mlsd-lint.dev/schemas/mlsdrc.schema.json
$schema: https://mlsd-lint.dev/schemas/mlsdrc.schema.json

# Which files are design docs: globs relative to this file's folder. Linting a folder or a glob (or running
# with no target), the GitHub Action and the editor lint these, and any Markdown file whose front matter
# has an "mlsd:" key. A file named on the command line is always linted.
include:
${include}

# The case for docs whose front matter sets no mlsd.case ("mlsd-lint cases" lists them).
case: ${DEFAULT_CASE}

# recommended (default, for CI), interview (a book case chapter), checklist (every sub-topic on its own).
profile: ${DEFAULT_PROFILE}

# Severity by rule id: error, warning (or warn), off. The rules are listed under docs/rules/.
rules:
  placeholder: error

# Files and folders not to lint (.gitignore syntax, relative to this file's folder).
ignores: []

# Settings for some files only (later entries win). For example:
# overrides:
#   - files: "interviews/**"
#     profile: interview

# A team's own checklist schema (docs/schema-format.md). For example:
# schemas: [checklists/team.schema.json]
`;
}
async function initConfig(io, lang) {
  for (const name of CONFIG_NAMES) {
    const path = join4(io.cwd, name);
    const text = await readFile(path, "utf8").catch(() => void 0);
    if (text === void 0)
      continue;
    if (name === "package.json" && !/"mlsd"\s*:/.test(text))
      continue;
    io.stderr(`${say(name === INIT_NAME ? "initExists" : "initOther", lang, { path: name })}
`);
    return 2;
  }
  try {
    await writeFile3(join4(io.cwd, INIT_NAME), initText(lang), { flag: "wx" });
  } catch (e) {
    const code2 = e.code;
    if (code2 === "EEXIST")
      io.stderr(`${say("initExists", lang, { path: INIT_NAME })}
`);
    else
      io.stderr(`mlsd-lint: cannot write ${INIT_NAME}: ${code2 ?? e.message}
`);
    return 2;
  }
  io.stdout(`${say("initWrote", lang, { path: INIT_NAME })}
`);
  return 0;
}
async function printConfig(file, io, flags) {
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: flags.configFile, noIgnore: flags.noIgnore });
  const plan = await configs.forFile(file);
  const options = lintOptionsFor(plan, {
    defaults: flags.case ? { case: flags.case } : {},
    overrides: { ...flags.profile ? { profile: flags.profile } : {}, ...flags.lang ? { lang: flags.lang } : {} }
  });
  const exists = await stat6(join4(io.cwd, file)).then((s) => s.isFile(), () => stat6(file).then((s) => s.isFile(), () => false));
  const read = exists ? await readDoc(isAbsolute5(file) ? file : join4(io.cwd, file), DEFAULT_MAX_BYTES) : void 0;
  const shown = (p) => {
    const rel = relative7(io.cwd, p);
    return rel && !rel.startsWith("..") && !isAbsolute5(rel) ? rel : p;
  };
  const settings = { ...options.defaults, ...options.overrides };
  const printed = {
    file,
    configFile: plan.config ? shown(plan.config.path) : null,
    case: settings.case ?? DEFAULT_CASE,
    profile: settings.profile ?? DEFAULT_PROFILE,
    lang: settings.lang ?? null,
    rules: options.rules ?? {},
    include: plan.include,
    designDoc: plan.included || read?.ok === true && declaresMlsd(read.text),
    ignored: plan.ignored,
    schemas: plan.config?.rc.schemas ?? []
  };
  io.stdout(`${JSON.stringify(printed, null, 2)}
`);
  return 0;
}

// out/src/cli/main.js
var USAGE = `Usage: mlsd-lint [options] [files|dirs|globs...]
       mlsd-lint [options] - --stdin-filename <path>
       mlsd-lint --print-config <file> | --init
       mlsd-lint cases [--format json]
       mlsd-lint new [--case <id>] [--lang <en|ko>] [--title <text>] [--force] <path>

Lints ML system-design docs (Markdown) against the seven-step procedure.
In folders and globs (and with no target: the current folder), the design docs are linted: files
matching the config's "include" globs (default: ${DEFAULT_INCLUDE.join(", ")}) and any
Markdown file whose front matter has an "mlsd:" key. A file named explicitly is always linted.
A target starting with ! leaves out what it matches: 'docs/**' '!docs/drafts/**'.

Options:
  -f, --format <name>      Output format: ${Object.keys(FORMATTERS).join(", ")} (default: stylish);
                           repeat for several reports at once
  -o, --output-file <path> Write the report of the --format before it to a file instead of stdout
                           (--format sarif -o x.sarif --format stylish: SARIF to x.sarif, stylish to stdout)
  -c, --config <path>      Use this config file for every doc (default: the nearest .mlsdrc.json,
                           .mlsdrc.yaml or package.json "mlsd" key, searching upward from each doc)
      --fix                Fix what can be fixed safely, in the files themselves: misspelt step and
                           topic headings get their title; then report what is left
      --fix-type <types>   With --fix, the kinds of fixes to apply (comma-separated): headings
                           (default), sections (insert every missing step and topic from the case
                           template, in step order, with TODO lines); nothing else you wrote changes
      --no-ignore          Also lint files that .gitignore or the config's "ignores" skip
      --only-design-docs   Named files too are linted only when they are design docs (for pre-commit
                           and lint-staged, which pass every changed Markdown file)
      --stdin-filename <path> With the target -, the path the doc read from stdin stands for (its
                           config, overrides and name in reports)
      --print-config <file> Print the settings that apply to this file (JSON) and exit
      --init               Write a commented .mlsdrc.yaml here (never over an existing config)
      --cache              Reuse results for unchanged docs and config (stored in ${DEFAULT_CACHE_LOCATION})
      --cache-location <path> Where the cache file is kept (implies --cache)
      --case <id>          Case to check against when the doc does not say (default: generic)
      --profile <id>       Profile: recommended (default) or interview; wins over front matter
      --lang <en|ko>       Language of messages; wins over front matter
      --quiet              Report errors only
      --max-warnings <n>   Exit 1 when there are more than n warnings
      --max-file-size <mb> Refuse files larger than this (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
      --color / --no-color Force colour on or off (default: on for a terminal)
  -h, --help               Show this help
  -v, --version            Show the version

Commands:
  cases                    List the cases (id, English and Korean title)
  new <path>               Write a ready-to-fill design doc for a case; never replaces an
                           existing file without --force (mlsd-lint new --help)
  To lint a folder named "cases" or "new", write ./cases or ./new.

Exit codes: 0 no errors, 1 errors found, 2 usage, I/O or configuration error.
`;
var closed = { stdout: false, stderr: false };
for (const name of ["stdout", "stderr"]) {
  process[name].on("error", (e) => {
    if (e.code !== "EPIPE")
      throw e;
    closed[name] = true;
  });
}
var defaultIo = {
  stdout: (s) => void (closed.stdout || process.stdout.write(s)),
  // Every line names files and quotes text a doc or config controls: shown, never a terminal sequence.
  stderr: (s) => void (closed.stderr || process.stderr.write(visibleLine(s))),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd()
};
var UsageError = class extends Error {
};
var STDIN_NAME = "<stdin>";
async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += c.length;
    if (size > maxBytes)
      return { ok: false, reason: `is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit; split the doc, or raise the limit with --max-file-size` };
    chunks.push(c);
  }
  return decode(Buffer.concat(chunks));
}
var SUMMARY_HEADING = "## mlsd-lint: design doc coverage";
function parse(argv) {
  if (argv.at(-1) === "--print-config")
    throw new UsageError("--print-config takes the path of a doc, e.g. mlsd-lint --print-config docs/design.md");
  try {
    return parseArgs3({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        format: { type: "string", short: "f", multiple: true },
        "output-file": { type: "string", short: "o", multiple: true },
        config: { type: "string", short: "c" },
        "no-ignore": { type: "boolean" },
        "only-design-docs": { type: "boolean" },
        "stdin-filename": { type: "string" },
        "print-config": { type: "string" },
        init: { type: "boolean" },
        fix: { type: "boolean" },
        "fix-type": { type: "string", multiple: true },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        case: { type: "string" },
        profile: { type: "string" },
        lang: { type: "string" },
        quiet: { type: "boolean" },
        "max-warnings": { type: "string" },
        "max-file-size": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
}
async function main(argv, io = defaultIo) {
  if (process.env.MLSD_STRICT_MESSAGES === "1")
    messageChecks.strict = true;
  try {
    const command = COMMANDS.get(argv[0] ?? "");
    if (command)
      return await command(argv.slice(1), io);
    return await run2(argv, io);
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line2 of e.lines)
        io.stderr(`mlsd-lint: ${line2}
`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`mlsd-lint: ${e.message}
Run 'mlsd-lint --help' for usage.
`);
      return 2;
    }
    io.stderr(`mlsd-lint: internal error: ${e.message}
`);
    if (process.env.MLSD_DEBUG)
      io.stderr(`${e.stack}
`);
    return 2;
  }
}
function fixTypesOf(fix, given) {
  const asked = (given ?? []).flatMap((g) => g.split(",")).map((t) => t.trim()).filter(Boolean);
  if (!fix) {
    if (asked.length > 0)
      throw new UsageError(`--fix-type needs --fix: write mlsd-lint --fix --fix-type ${asked.join(",")}`);
    return void 0;
  }
  for (const t of asked) {
    if (!FIX_TYPES.includes(t))
      throw new UsageError(`unknown --fix-type "${t}"; use headings, sections or both (headings,sections)`);
  }
  return asked.length > 0 ? [...new Set(asked)] : [...DEFAULT_FIX_TYPES];
}
async function run2(argv, io) {
  const { values, positionals, tokens } = parse(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${packageVersion()}
`);
    return 0;
  }
  if (values.lang !== void 0 && values.lang !== "en" && values.lang !== "ko")
    throw new UsageError('--lang takes "en" or "ko"');
  if (values.init) {
    if (positionals.length > 0)
      throw new UsageError(`--init writes .mlsdrc.yaml in the current folder and takes no targets (got ${positionals.join(" ")})`);
    return await initConfig(io, values.lang ?? "en");
  }
  if (values["print-config"] !== void 0) {
    if (positionals.length > 0)
      throw new UsageError(`--print-config takes one doc and no targets (got ${positionals.join(" ")})`);
    return await printConfig(values["print-config"], io, { configFile: values.config, noIgnore: values["no-ignore"], case: values.case, profile: values.profile, lang: values.lang });
  }
  let outputs;
  try {
    outputs = planOutputs(tokens);
  } catch (e) {
    throw new UsageError(e.message);
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError("--max-warnings takes a whole number >= 0");
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values["max-file-size"] !== void 0) {
    const mb2 = Number(values["max-file-size"]);
    if (!(mb2 > 0))
      throw new UsageError("--max-file-size takes a size in MB > 0");
    maxBytes = Math.round(mb2 * 1024 * 1024);
  }
  const fixTypes = fixTypesOf(values.fix, values["fix-type"]);
  const linter = new Linter();
  const overrides = {};
  const defaults = {};
  if (values.profile) {
    if (!linter.profiles().includes(values.profile))
      throw new UsageError(`unknown profile "${values.profile}"; use one of: ${linter.profiles().join(", ")}`);
    overrides.profile = values.profile;
  }
  if (values.lang)
    overrides.lang = values.lang;
  if (values.case)
    defaults.case = values.case;
  const stdinName = values["stdin-filename"];
  const fromStdin = positionals.includes("-");
  if (fromStdin && positionals.length > 1)
    throw new UsageError('"-" (stdin) cannot be combined with other targets; lint stdin and files in two runs');
  if (stdinName !== void 0 && !fromStdin)
    throw new UsageError('--stdin-filename names the doc read from stdin; add "-" as the target, e.g. mlsd-lint - --stdin-filename docs/design.md');
  if (stdinName !== void 0 && !stdinName.trim())
    throw new UsageError("--stdin-filename takes a path, e.g. docs/design.md");
  if (fromStdin && fixTypes)
    throw new UsageError("--fix writes the fixed doc back to its file; it cannot fix stdin. Run mlsd-lint --fix on the file");
  const stdinText = fromStdin ? await readStdin(maxBytes) : void 0;
  const given = positionals.filter((p) => !isNegated(p));
  if (positionals.length > 0 && given.length === 0) {
    throw new UsageError(`every target is a negated glob (${positionals.map((p) => `"${p}"`).join(", ")}); give the files, folders or globs to lint before it, e.g. 'docs/**' ${positionals[0]}`);
  }
  const targets = positionals.length > 0 ? positionals : ["."];
  const { files, unmatched, named, unreadable } = fromStdin ? { files: [stdinName ?? STDIN_NAME], unmatched: [], named: /* @__PURE__ */ new Set([stdinName ?? STDIN_NAME]), unreadable: [] } : await expandTargets(targets, io.cwd);
  for (const dir of unreadable)
    io.stderr(`mlsd-lint: ${dir} cannot be read (permission denied); the docs in it are not linted. Fix its permissions, or leave it out of the targets.
`);
  if (unmatched.length > 0)
    throw new UsageError(`no Markdown files match ${unmatched.map((u) => `"${u}"`).join(", ")}`);
  const mustBeDesignDoc = (file) => values["only-design-docs"] || !named.has(file);
  let notDesignDocs = 0;
  const linted = new Set(files.map((f) => resolve10(io.cwd, f)));
  const overADoc = async (path) => {
    const abs = resolve10(io.cwd, path);
    if (linted.has(abs))
      return true;
    if (!MARKDOWN_EXTENSIONS.some((e) => abs.toLowerCase().endsWith(`.${e}`)))
      return false;
    const head = await readHead(abs, 200);
    return head !== void 0 && !head.startsWith(SUMMARY_HEADING);
  };
  for (const o of outputs) {
    if (o.file !== void 0 && await overADoc(o.file))
      throw new UsageError(`--output-file ${o.file} is a Markdown doc; the report would replace it. Write the report to another file.`);
  }
  const cacheAt = values["cache-location"];
  if (cacheAt !== void 0 && (linted.has(resolve10(io.cwd, cacheAt)) || MARKDOWN_EXTENSIONS.some((e) => cacheAt.toLowerCase().endsWith(`.${e}`)))) {
    throw new UsageError(`--cache-location ${cacheAt} is a Markdown file; the cache would replace it. Keep the cache in another file, e.g. ${DEFAULT_CACHE_LOCATION}.`);
  }
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: values.config, noIgnore: values["no-ignore"], warn: (l) => io.stderr(`mlsd-lint: ${l}
`) });
  const cache = values.cache || values["cache-location"] ? await LintCache.open(resolve10(io.cwd, values["cache-location"] ?? DEFAULT_CACHE_LOCATION), values["cache-location"] ?? DEFAULT_CACHE_LOCATION) : void 0;
  const linterOf = /* @__PURE__ */ new Map();
  const results = [];
  const pending = [];
  const toWrite = [];
  const prepare = async (file) => {
    const plan = await configs.forFile(file === STDIN_NAME ? join5(io.cwd, file) : file);
    if (plan.ignored)
      return { file, plan };
    if (values.case && !plan.linter.cases().includes(values.case))
      throw new UsageError(`unknown case "${values.case}"; use one of: ${plan.linter.cases().join(", ")}`);
    const read = stdinText !== void 0 ? stdinText : await readDoc(file, maxBytes);
    if (!read.ok)
      return { file, plan, problem: read.reason };
    if (!plan.included && mustBeDesignDoc(file) && !declaresMlsd(read.text))
      return { file, plan, notDesignDoc: true };
    const options = lintOptionsFor(plan, { defaults, overrides });
    const key = cache && !fixTypes ? LintCache.key(read.text, plan.fingerprint, options) : void 0;
    const hit = key && cache ? cache.get(file, key) : void 0;
    return { file, plan, text: read.text, options, key, hit };
  };
  const READ_AHEAD = 64;
  async function* toLint() {
    const ahead = [];
    for (let i = 0; i < files.length; i++) {
      while (ahead.length < READ_AHEAD && i + ahead.length < files.length) {
        const p2 = prepare(files[i + ahead.length]);
        p2.catch(() => {
        });
        ahead.push(p2);
      }
      const p = await ahead.shift();
      const { file, plan } = p;
      if (plan.ignored) {
        if (targets.includes(file))
          io.stderr(`mlsd-lint: ${file} is ignored ${plan.ignored}; use --no-ignore to lint it
`);
        continue;
      }
      if ("notDesignDoc" in p) {
        notDesignDocs++;
        continue;
      }
      if ("problem" in p) {
        io.stderr(`mlsd-lint: ${file} ${p.problem}
`);
        results.push(fatal(file, `File ${p.problem}.`));
        continue;
      }
      linterOf.set(file, plan.linter);
      if (p.hit)
        results.push(fromLint(file, p.hit, values.quiet));
      else {
        pending.push({ at: results.push(fatal(file, "not linted")) - 1, file, key: p.key, ...fixTypes ? { fix: { text: p.text, options: p.options, linter: plan.linter } } : {} });
        yield { text: p.text, options: p.options, linter: plan.linter };
      }
    }
  }
  await lintAll(toLint(), files.length, (k, linted2) => {
    const p = pending[k];
    if ("crashed" in linted2) {
      io.stderr(`mlsd-lint: ${p.file} could not be linted (${linted2.crashed})
`);
      results[p.at] = fatal(p.file, crashMessage(linted2.crashed));
      return;
    }
    if (p.key)
      cache.set(p.file, p.key, linted2);
    if (p.fix) {
      const fixed = fixText(p.fix.linter, p.fix.text, p.fix.options, fixTypes, 10, linted2);
      if (fixed.output !== p.fix.text)
        toWrite.push({ file: p.file, text: p.fix.text, output: fixed.output, lang: fixed.result.lang });
      linted2 = fixed.result;
    }
    results[p.at] = fromLint(p.file, linted2, values.quiet);
  });
  let unfixed = false;
  for (const w of toWrite) {
    const raw = await readFile2(w.file).catch(() => void 0);
    const now = raw && decode(raw);
    if (!raw || !now?.ok || now.text !== w.text) {
      io.stderr(`mlsd-lint: ${say("fixChanged", w.lang, { file: w.file })}
`);
      unfixed = true;
      continue;
    }
    try {
      await writeFile4(w.file, encodeLike(raw, w.output));
    } catch (e) {
      io.stderr(`mlsd-lint: ${say("fixUnwritten", w.lang, { file: w.file, why: e.code ?? e.message })}
`);
      unfixed = true;
    }
  }
  const cacheProblem = await cache?.save();
  if (cacheProblem)
    io.stderr(`mlsd-lint: ${cacheProblem}
`);
  if (results.length === 0 && notDesignDocs > 0 && !values["only-design-docs"]) {
    io.stderr(`${say("noDesignDocs", values.lang ?? "en", { count: notDesignDocs, targets: targets.join(" "), include: DEFAULT_INCLUDE.join(", ") })}
`);
    return 2;
  }
  const root = await findRepoRoot(resolve10(io.cwd)) ?? io.cwd;
  const ruleBook = (r) => r.case ? (linterOf.get(r.filePath) ?? linter).ruleBook(r.case) : void 0;
  const color = values["no-color"] ? false : values.color ? true : void 0;
  const lang = runLang(results, values.lang);
  const unwritten = await writeOutputs(outputs, results, { cwd: io.cwd, root, ruleBook, lang }, { color, isTTY: io.isTTY, stdout: io.stdout });
  for (const u of unwritten)
    io.stderr(`mlsd-lint: ${u}
`);
  if (unwritten.length > 0)
    return 2;
  if (unfixed || results.some((r) => r.fatalErrorCount > 0))
    return 2;
  if (results.some((r) => r.errorCount > 0))
    return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`mlsd-lint: ${warnings} ${warnings === 1 ? "warning" : "warnings"}, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}
export {
  USAGE,
  UsageError,
  main
};
