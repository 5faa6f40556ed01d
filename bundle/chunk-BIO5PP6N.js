import { createRequire as __mlsdRequire } from 'node:module';
const require = __mlsdRequire(import.meta.url);
import {
  BUILTIN_PROFILES,
  BUILTIN_SCHEMAS,
  DEFAULT_INCLUDE,
  Linter,
  __commonJS,
  __toESM,
  allRules,
  closest,
  mlsdrc_schema_default,
  readTeamSchema,
  require_applicator,
  require_codegen,
  require_core,
  require_core2,
  require_discriminator,
  require_dist,
  require_format,
  require_ignore,
  require_metadata,
  require_ref_error,
  require_validate,
  require_validation,
  require_validation_error,
  severityTable
} from "./chunk-J65LNG5I.js";

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
    const code = e.code;
    return { ok: false, reason: describeFsError(e), ...code === "ENOENT" || code === "ENOTDIR" ? { missing: true } : { unseen: true } };
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
  const code = e.code;
  if (code === "ENOENT")
    return "does not exist";
  if (code === "EACCES" || code === "EPERM")
    return "cannot be read (permission denied)";
  return `cannot be read (${e.message})`;
}

// out/src/node/gitignore.js
var import_ignore = __toESM(require_ignore(), 1);
import { stat as stat2 } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
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
    let dir = dirname(absFile);
    for (; ; ) {
      const info = await this.dir(dir);
      chain.unshift(info.sources);
      if (info.isRoot)
        break;
      const parent = dirname(dir);
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
        const isRoot = await stat2(join(dir, ".git")).then(() => true, () => false);
        const sources = [];
        const files = isRoot ? [join(dir, ".git", "info", "exclude"), join(dir, ".gitignore")] : [join(dir, ".gitignore")];
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
        return { sources, isRoot };
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }
};
async function findRepoRoot(dir) {
  for (; ; ) {
    if (await stat2(join(dir, ".git")).then(() => true, () => false))
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}

// out/src/node/config.js
var import_ajv = __toESM(require_ajv(), 1);
var import_ignore2 = __toESM(require_ignore(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join2, relative as relative2, resolve, sep as sep2 } from "node:path";
import { pathToFileURL } from "node:url";

// out/src/node/glob.js
var GlobError = class extends Error {
};
var MAX_ALTERNATIVES = 256;
function compileGlob(glob) {
  if (/[@!+*?]\(/.test(glob.replace(/\\./g, ""))) {
    throw new GlobError(`"${glob}" uses an extglob such as @(a|b), which is not supported; write {a,b} instead`);
  }
  const programs = expandBraces(glob).flatMap((g) => g.endsWith("/**") && g.length > 3 ? [g, g.slice(0, -3)] : [g]).map(tokenize);
  return (path) => programs.some((p) => run(p, path));
}
function expandBraces(glob) {
  const open2 = findBrace(glob);
  if (!open2)
    return [glob];
  const [start, end, parts] = open2;
  const out = [];
  for (const part of parts) {
    for (const rest of expandBraces(glob.slice(0, start) + part + glob.slice(end + 1))) {
      out.push(rest);
      if (out.length > MAX_ALTERNATIVES)
        throw new GlobError(`"${glob}" expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer`);
    }
  }
  return out;
}
function findBrace(glob) {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === "\\") {
      i++;
      continue;
    }
    if (glob[i] !== "{")
      continue;
    let depth = 0;
    const cuts = [i];
    for (let j = i; j < glob.length; j++) {
      const c = glob[j];
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
        return [i, j, cuts.slice(0, -1).map((a, k) => glob.slice(a + 1, cuts[k + 1]))];
      }
    }
  }
  return void 0;
}
function tokenize(glob) {
  const out = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\" && i + 1 < glob.length) {
      out.push({ t: "char", c: glob[++i] });
    } else if (c === "*") {
      let j = i;
      while (glob[j + 1] === "*")
        j++;
      const whole = j > i && (i === 0 || glob[i - 1] === "/") && (j + 1 === glob.length || glob[j + 1] === "/");
      if (whole) {
        const last = j + 1 === glob.length;
        out.push({ t: "segments", last });
        i = last ? j : j + 1;
      } else {
        out.push({ t: "star" });
        i = j;
      }
    } else if (c === "?") {
      out.push({ t: "any" });
    } else if (c === "[") {
      const cls = readClass(glob, i);
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
function readClass(glob, i) {
  let j = i + 1;
  const negated = glob[j] === "!" || glob[j] === "^";
  if (negated)
    j++;
  const items = [];
  let first = true;
  for (; j < glob.length; j++) {
    let c = glob[j];
    if (c === "]" && !first)
      return [{ t: "class", negated, items }, j];
    first = false;
    if (c === "\\" && j + 1 < glob.length)
      c = glob[++j];
    if (glob[j + 1] === "-" && j + 2 < glob.length && glob[j + 2] !== "]") {
      let hi = glob[j + 2];
      j += 2;
      if (hi === "\\" && j + 1 < glob.length)
        hi = glob[++j];
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
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    throw new SyntaxError(`${e.message.split("\n")[0]} (line ${line}, column ${column})`);
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
      return this.load(resolve(this.opts.cwd, this.opts.configFile), true);
    let hit = this.byDir.get(dir);
    if (!hit) {
      hit = this.discover(dir);
      this.byDir.set(dir, hit);
    }
    return hit;
  }
  async discover(dir) {
    for (const name of CONFIG_NAMES) {
      const path = join2(dir, name);
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
    const parent = dirname2(dir);
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
    const dir = dirname2(path);
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
      const abs = resolve(dir, file);
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
    const fingerprint = createHash("sha256").update(JSON.stringify({ path, rc })).update(extraTexts.join("\0")).digest("hex");
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
    const abs = resolve(this.opts.cwd, file);
    const config = await this.configFor(dirname2(abs));
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
function defaultPlan() {
  return { linter: sharedLinter(), included: false, include: DEFAULT_INCLUDE, defaults: {}, rules: {}, fingerprint: "" };
}
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

export {
  DEFAULT_MAX_BYTES,
  MAX_SCHEMA_BYTES,
  MAX_CACHE_BYTES,
  readHead,
  readRegularText,
  readDoc,
  decode,
  encodeLike,
  findRepoRoot,
  CONFIG_NAMES,
  ConfigError,
  ConfigResolver,
  defaultPlan,
  lintOptionsFor
};
