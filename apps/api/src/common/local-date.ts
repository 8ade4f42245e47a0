import { LocalDateResolver } from 'graphql-scalars';

/** A date without time, YYYY-MM-DD, as PostgreSQL `date` columns hold it. */
export const LocalDate = LocalDateResolver;
