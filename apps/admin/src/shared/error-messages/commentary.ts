import type { AreaMessages } from './types';

/** Writing the commentary of a draft status report. */
export const commentaryMessages: AreaMessages<'commentary'> = {
  nb: {
    COMMENTARY_CHANGED: ({ focusAreaNumber }) =>
      `Noen andre har lagret en ny vurdering for innsatsområde ${focusAreaNumber} mens du skrev. Teksten din er ikke lagret, men står fortsatt i feltet. Les den lagrede vurderingen, ta med det du vil beholde, og lagre på nytt.`,
    COMMENTARY_REPORT_FROZEN: ({ year }) => `Statusrapporten for ${year} er fastsatt, og vurderingene kan ikke lenger endres.`,
    FOCUS_AREA_NOT_IN_PLAN: ({ focusAreaNumber }) => `Planen har ikke noe innsatsområde ${focusAreaNumber}.`,
  },
  en: {
    COMMENTARY_CHANGED: ({ focusAreaNumber }) =>
      `Someone else saved a new assessment of focus area ${focusAreaNumber} while you were writing. Your text is not saved but is still in the field. Read the saved assessment, keep what you want of it, and save again.`,
    COMMENTARY_REPORT_FROZEN: ({ year }) => `The status report for ${year} is frozen; its assessments can no longer change.`,
    FOCUS_AREA_NOT_IN_PLAN: ({ focusAreaNumber }) => `The plan has no focus area ${focusAreaNumber}.`,
  },
};
