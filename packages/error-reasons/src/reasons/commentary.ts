import { reason } from '../reason.js';

/** Writing the commentary of a draft status report. */
export const commentaryReasons = {
  /**
   * Someone saved this focus area's commentary after the version the writer started from. Nothing was
   * overwritten; `currentText` is what they saved, to combine with and save again from `currentVersion`.
   */
  COMMENTARY_CHANGED: reason<{ focusAreaNumber: number; currentVersion: number; currentText: string }>(),
  /** The year's report is frozen: its commentary can no longer change. */
  COMMENTARY_REPORT_FROZEN: reason<{ year: number }>(),
  /** The plan has no focus area with this number. */
  FOCUS_AREA_NOT_IN_PLAN: reason<{ focusAreaNumber: number }>(),
} as const;
