/** The most open meetings of one organ in a year the public calendar shows: far more than any organ holds (SSU: 4). */
export const PUBLIC_MEETINGS_PER_ORGAN_YEAR = 50;

/** The most cases an agenda shows, in the public calendar and the notice. */
export const AGENDA_ITEMS_SHOWN = 100;

/** The most organs of a community the public calendar shows (as Community.organs). */
export const ORGANS_SHOWN = 15;
