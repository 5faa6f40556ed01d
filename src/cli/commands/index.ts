/** Sub-commands of mlsd-lint (`mlsd-lint <command> ...`); anything else is a lint run. */
import type { Io } from '../main.js';
import { casesCommand } from './cases.js';
import { newCommand } from './new.js';

export type Command = (argv: string[], io: Io) => Promise<number>;

export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['cases', casesCommand],
  ['new', newCommand],
]);
