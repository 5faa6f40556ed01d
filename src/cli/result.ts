/** The per-file result shape shared by every formatter: ESLint's, plus our coverage. */
import type { Coverage, Finding, Lang, LintResult } from '../core/index.js';

export interface Message {
  ruleId: string | null;
  severity: 1 | 2;
  /** Which of the rule's messages (as ESLint's), and the values of its placeholders. */
  messageId?: string;
  data?: Record<string, string | number>;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  topic?: string;
  suggestion?: string;
  /** What a grouped finding lists (the missing steps or topics), each with its id and title. */
  related?: Array<{ topic: string; title: string }>;
  url?: string;
  /** Set when the file could not be linted at all. */
  fatal?: true;
}

export interface FileResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  case?: string;
  /** Set when the doc named no case and its title (or file name, or text) named this one: where, and the phrase. */
  caseInferred?: { title: string; phrase: string; mentions?: number; fromFileName?: boolean };
  profile?: string;
  /** Set when the doc is another genre by its title (a model card, a pattern page, an ADR): not checked against the procedure. */
  genre?: string;
  /** Language of the messages (and of the titles a coverage summary shows). */
  lang?: Lang;
  coverage?: Coverage;
}

export function toMessage(f: Finding): Message {
  const m: Message = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    messageId: f.messageId,
    ...(f.data ? { data: f.data } : {}),
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
  if (f.topic) m.topic = f.topic;
  if (f.suggestion) m.suggestion = f.suggestion;
  if (f.related?.length) m.related = f.related.map((r) => ({ topic: r.topic, title: r.title }));
  m.url = f.url;
  return m;
}

export function fromLint(filePath: string, r: LintResult, quiet = false): FileResult {
  const messages = r.findings.filter((f) => !quiet || f.severity === 'error').map(toMessage);
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    case: r.case,
    ...(r.caseInferred ? { caseInferred: r.caseInferred } : {}),
    profile: r.profile,
    ...(r.genre ? { genre: r.genre } : {}),
    lang: r.lang,
    coverage: r.coverage,
  };
}

export function fatal(filePath: string, message: string): FileResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, message, line: 1, column: 1, fatal: true }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
  };
}

/** The message of a file whose linting threw: the other files are linted as usual. */
export function crashMessage(why: string): string {
  return `File could not be linted (internal error: ${why}); the other files were linted. Please report this as a bug, with the file.`;
}
