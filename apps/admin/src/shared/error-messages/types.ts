import type { Reason, ReasonArea, ReasonParams, ReasonsOf } from '@helsefellesskap/error-reasons';

import type { Formatters } from '../use-formatters';

/** The text of one reason in one language, from its params; dates and numbers through the user's formatters. */
export type ReasonText<R extends Reason> = (params: ReasonParams<R>, format: Formatters) => string;

/** Every reason of an area in one language: a missing one fails the type-check. */
export type ReasonTexts<K extends Reason> = { [R in K]: ReasonText<R> };

/** An area's reasons in bokmål and English. */
export interface AreaMessages<A extends ReasonArea> {
  nb: ReasonTexts<ReasonsOf<A> & Reason>;
  en: ReasonTexts<ReasonsOf<A> & Reason>;
}
