/** The most objections one meeting's minutes show: far more than any round of a committee of fourteen raises. */
export const MINUTES_OBJECTIONS_SHOWN = 100;

/** The most corrections one meeting's minutes show: a correction is rare, and the public calendar lists every open meeting's. */
export const MINUTES_CORRECTIONS_SHOWN = 10;
