/**
 * Reads the rule book (the JSON Schemas) into the definitions the recogniser and the rules use.
 * The schemas are the single source of truth: this file knows the annotation format, never the content.
 */
import type { Lang, Severity } from './types.js';

export type Localized = Record<Lang, string>;
export type Words = Partial<Record<Lang | 'zh' | 'ja', string[]>>;

/** Words that say a topic does not apply after all, and the words that say it does again (x-mlsd `notWhen`). */
export interface NotWhen {
  words: Words;
  unless: Words;
}

export interface XMlsd {
  kind: 'step' | 'topic';
  order: number;
  key?: boolean;
  step?: string;
  title: Localized;
  aliases: Words;
  nestedAliases?: Words;
  openingAliases?: Words;
  cues?: Words;
  appliesWhen?: Words;
  notWhen?: NotWhen | NotWhen[];
  live?: boolean;
  traffic?: boolean;
  namesStep?: boolean;
  mentions?: Words;
  hint?: Localized;
  example?: Localized;
  requires?: Requirement[];
  senses?: Sense[];
  categories?: WordClass[];
  metricFamilies?: MetricFamily[];
}

/** Content a topic's section must contain (checked by the rule `rule`): one word of every group. */
export interface Requirement {
  rule: string;
  groups: Array<{ label?: Localized; words: Words }>;
}

/** Words that count only in the right sense: not with an `unless` phrase near, and (outside their own section) only with a `with` phrase near. */
export interface Sense {
  words: Words;
  unless?: Words;
  with?: Words;
}

/** A named class of words (an ML category). */
export interface WordClass {
  id: string;
  title?: Localized;
  words: Words;
}

/** A family of metrics and the categories it fits. */
export interface MetricFamily extends WordClass {
  fits: string[];
}

export interface SectionDef {
  id: string;
  kind: 'step' | 'topic';
  /** Steps: canonical order 1..7. Topics: order inside the step. */
  order: number;
  /** A key topic: a reviewer always raises it (x-mlsd `key`). */
  key: boolean;
  /** For a topic, its step; for a step, itself. */
  step: string;
  title: Localized;
  aliases: Words;
  /** Generic titles that mean this topic only inside its step's section ("Features" under the requirements). */
  nestedAliases?: Words;
  /**
   * Generic titles of a first-step topic ("Performance", "Background"), recognised as headings like `aliases`: after a later
   * step's heading, outside the first step, they say how the built system performs, not what it must do.
   */
  openingAliases?: Words;
  cues: Words;
  /** A generic doc is asked for this topic only when it names one of these words (x-mlsd `appliesWhen`). */
  appliesWhen?: Words;
  /** ...and not when it names one of `words` and none of `unless`, for one of these pairs (x-mlsd `notWhen`). */
  notWhen?: NotWhen[];
  /** Only a system serving live traffic has it (x-mlsd `live`): not asked of a competition entry or an offline analysis. */
  live: boolean;
  /** Needs live traffic and a model in production to compare against (x-mlsd `traffic`): not asked of a learning project. */
  traffic: boolean;
  /** Its cues name its step as surely as the step's own words do (x-mlsd `namesStep`: metric names). */
  namesStep?: boolean;
  /** Words that name it in passing, no evidence (x-mlsd `mentions`): only for the default profile's "named nowhere". */
  mentions?: Words;
  hint?: Localized;
  example?: Localized;
  description?: string;
  /** Content data for the content rules (x-mlsd `requires`, `senses`, `categories`, `metricFamilies`). */
  requires?: Requirement[];
  senses?: Sense[];
  categories?: WordClass[];
  metricFamilies?: MetricFamily[];
  required: boolean;
  /** The $id of the schema file that declares it (base, case or a team's own). */
  source: string;
}

export interface CaseInfo {
  id: string;
  title: Localized;
  schemaId: string;
  /** Phrases that name the case in a doc's title (x-mlsd-case `match`). */
  match?: Words;
  /** Steps and topics of the schemas it extends that its chapter does not call for (x-mlsd-case `omits`). */
  omits?: string[];
}

export interface Profile {
  id: string;
  description?: string;
  severity: Record<string, Severity>;
  /**
   * How missing topics are reported: `key` reports only the key topics (each its own finding; the others
   * are in coverage); `grouped` (the default) gives a key topic a finding of its own and the other
   * missing topics of a step one finding on the step; `each` gives every topic its own.
   */
  topics?: 'key' | 'grouped' | 'each';
  /**
   * When a step or topic is reported missing: `undiscussed` (the default) when it is not found where it
   * belongs; `unnamed` only when the doc names it nowhere (no heading, cue or title of it anywhere, code
   * and quotes included): what a reviewer reading the whole doc would still ask for.
   */
  missing?: 'undiscussed' | 'unnamed';
  /** Ask a generic doc for every topic, also those that do not apply to what it is about (x-mlsd `appliesWhen`). */
  everyTopic?: boolean;
  /**
   * How the blanks of a doc that is still mostly blank are reported: `each` (the default) gives every
   * placeholder and empty section its own finding; `grouped` gives such a doc one finding that lists its
   * blank sections (a doc with a blank or two still gets one finding per blank).
   */
  blanks?: 'each' | 'grouped';
  /** Rule severities of the profile (a config or the front matter wins over them). */
  rules?: Record<string, Severity>;
}

/** A JSON Schema object as loaded from disk or bundled; only the parts we read are typed. */
export type JsonSchema = Record<string, unknown> & { $id?: string };

export interface RuleBook {
  caseInfo: CaseInfo;
  schemaId: string;
  steps: SectionDef[];
  topics: SectionDef[];
  byId: Map<string, SectionDef>;
  /** Steps and topics the case does not ask for (its `omits`): not required, kept in the coverage. */
  omitted: ReadonlySet<string>;
}

export class SchemaSet {
  readonly schemas = new Map<string, JsonSchema>();
  readonly cases = new Map<string, CaseInfo>();
  readonly profiles = new Map<string, Profile>();
  private books = new Map<string, RuleBook>();

  constructor(schemas: JsonSchema[] = [], profiles: Profile[] = []) {
    for (const s of schemas) this.addSchema(s);
    for (const p of profiles) this.profiles.set(p.id, p);
  }

  addSchema(schema: JsonSchema): void {
    const id = schema.$id;
    if (typeof id !== 'string') throw new Error('schema has no $id');
    this.schemas.set(id, schema);
    const c = schema['x-mlsd-case'] as { id: string; title: Localized; match?: Words; omits?: string[] } | undefined;
    if (c && typeof c.id === 'string') this.cases.set(c.id, { id: c.id, title: c.title, schemaId: id, match: c.match, omits: c.omits });
    this.books.clear();
  }

  /** The rule book of one case: every step and topic that its schema and the schemas it extends declare. */
  ruleBook(caseId: string): RuleBook | undefined {
    const cached = this.books.get(caseId);
    if (cached) return cached;
    const info = this.cases.get(caseId);
    if (!info) return undefined;
    const defs = new Map<string, SectionDef>();
    const required = new Set<string>();
    const seen = new Set<string>();
    const visit = (schema: JsonSchema, baseId: string): void => {
      const id = schema.$id ? resolveId(schema.$id, baseId) : baseId;
      if (seen.has(id)) return;
      seen.add(id);
      // Parents first, so a case can refine what the base declares.
      for (const part of (schema.allOf as JsonSchema[] | undefined) ?? []) {
        const ref = typeof part.$ref === 'string' ? part.$ref : undefined;
        if (ref && !ref.includes('#')) {
          const target = this.schemas.get(resolveId(ref, id));
          if (target) visit(target, resolveId(ref, id));
        } else {
          visit(part, id);
        }
      }
      const props = schema.properties as Record<string, JsonSchema> | undefined;
      for (const group of ['steps', 'topics'] as const) {
        const g = props?.[group];
        if (!g) continue;
        const members = (g.properties as Record<string, JsonSchema> | undefined) ?? {};
        for (const [key, member] of Object.entries(members)) {
          const x = member['x-mlsd'] as XMlsd | undefined;
          if (!x) continue;
          defs.set(key, {
            id: key,
            kind: x.kind,
            order: x.order,
            key: x.key === true,
            step: x.kind === 'step' ? key : (x.step ?? ''),
            title: x.title,
            aliases: x.aliases,
            nestedAliases: x.nestedAliases,
            openingAliases: x.openingAliases,
            cues: x.cues ?? {},
            appliesWhen: x.appliesWhen,
            notWhen: x.notWhen === undefined ? undefined : Array.isArray(x.notWhen) ? x.notWhen : [x.notWhen],
            namesStep: x.namesStep === true,
            live: x.live === true,
            traffic: x.traffic === true,
            mentions: x.mentions,
            hint: x.hint,
            example: x.example,
            description: typeof member.description === 'string' ? member.description : undefined,
            requires: x.requires,
            senses: x.senses,
            categories: x.categories,
            metricFamilies: x.metricFamilies,
            required: false,
            source: id,
          });
        }
        for (const r of (g.required as string[] | undefined) ?? []) required.add(r);
      }
    };
    visit(this.schemas.get(info.schemaId)!, info.schemaId);
    const omitted = new Set((info.omits ?? []).filter((id) => defs.has(id)));
    // The topics of a step the case does not ask for are not asked for either.
    for (const d of defs.values()) if (d.kind === 'topic' && omitted.has(d.step)) omitted.add(d.id);
    for (const r of required) {
      const d = defs.get(r);
      if (d && !omitted.has(r)) d.required = true;
    }
    const all = [...defs.values()];
    const steps = all.filter((d) => d.kind === 'step').sort((a, b) => a.order - b.order);
    const stepOrder = new Map(steps.map((s) => [s.id, s.order]));
    const topics = all
      .filter((d) => d.kind === 'topic')
      .sort((a, b) => (stepOrder.get(a.step) ?? 99) - (stepOrder.get(b.step) ?? 99) || a.order - b.order);
    const book: RuleBook = { caseInfo: info, schemaId: info.schemaId, steps, topics, byId: defs, omitted };
    this.books.set(caseId, book);
    return book;
  }
}

export function resolveId(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

