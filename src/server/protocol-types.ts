/** The core's types the protocol carries (types only: the client bundle takes no core code from here). */
export type { Coverage, Lang } from '../core/types.js';
export type { Localized } from '../core/rulebook.js';
