import {
  type Locale,
  MEASURE_STATUS_REASONS,
  type MeasureStatusReason,
  PRIORITY_PATIENT_GROUPS,
  type PriorityPatientGroup,
  STATUS_LEVELS,
  type StatusColour,
  type StatusLevel,
  measureStatusReasonLabels,
  priorityPatientGroupLabels,
  statusColours,
  statusLabels,
} from '@helsefellesskap/status-schema';

/**
 * How the UI shows the status scale of @helsefellesskap/status-schema. The scale, its labels and its
 * colour names come from the package; this file only maps the colour names to Designsystemet.
 */

/** The package's language for the UI's language (English for 'en', Norwegian bokmål otherwise). */
export function toLocale(language: string): Locale {
  return language === 'en' ? 'en' : 'nb';
}

export function statusLabel(level: StatusLevel, locale: Locale): string {
  return statusLabels[locale][level];
}

/** Designsystemet's colour for each of the package's colour names (a tag's `data-color`). */
export const statusTagColours = {
  green: 'success',
  yellow: 'warning',
  red: 'danger',
  blue: 'info',
  grey: 'neutral',
} as const satisfies Record<StatusColour, string>;

export type StatusTagColour = (typeof statusTagColours)[StatusColour];

export function statusTagColour(level: StatusLevel): StatusTagColour {
  return statusTagColours[statusColours[level]];
}

/**
 * Chart fills: Designsystemet's "border-default" shade of each colour, which keeps at least 3:1
 * against the white page (WCAG 1.4.11); the charts also say every status in words.
 */
export function statusChartFill(level: StatusLevel): string {
  return `var(--ds-color-${statusTagColour(level)}-border-default)`;
}

export function isStatusLevel(value: string): value is StatusLevel {
  return STATUS_LEVELS.some((level) => level === value);
}

export function isMeasureStatusReason(value: string): value is MeasureStatusReason {
  return MEASURE_STATUS_REASONS.some((reason) => reason === value);
}

/** The package's explanation of a status reason; the raw text when the API sends one the package does not know. */
export function statusReasonLabel(reason: string, locale: Locale): string {
  return isMeasureStatusReason(reason) ? measureStatusReasonLabels[locale][reason] : reason;
}

export function isPriorityPatientGroup(value: string): value is PriorityPatientGroup {
  return PRIORITY_PATIENT_GROUPS.some((group) => group === value);
}

export function patientGroupLabel(group: string, locale: Locale): string {
  return isPriorityPatientGroup(group) ? priorityPatientGroupLabels[locale][group] : group;
}
