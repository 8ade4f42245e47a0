import { clampDate, firstDayOfYear, isIsoDate, lastDayOfYear } from '@helsefellesskap/calendar';
import { YEAR_RANGE } from '@helsefellesskap/status-schema';

export type AsOfParam = { kind: 'today' } | { kind: 'date'; date: string } | { kind: 'invalid'; value: string };

/** The `?asOf=` of the plan page: absent means today; anything but a real YYYY-MM-DD date is invalid. */
export function parseAsOfParam(value: string | null): AsOfParam {
  if (value === null || value === '') return { kind: 'today' };
  return isIsoDate(value) ? { kind: 'date', date: value } : { kind: 'invalid', value };
}

/** A plan's years as the API gives them: `lastReportYear` is the API's rule (five more while prolonged), not repeated here. */
interface PlanYears {
  periodFrom: number;
  lastReportYear: number;
}

/**
 * The date the dashboard's progress series runs to: the page's date moved into the days the plan
 * reports on (the API refuses a date outside them), or null for today, which the API moves itself.
 */
export function progressUntil(asOf: string | null, plan: PlanYears): string | null {
  if (asOf === null) return null;
  return clampDate(asOf, firstDayOfYear(plan.periodFrom), lastDayOfYear(plan.lastReportYear));
}

export interface StoredReportYear {
  year: number;
  frozen: boolean;
  caseReference?: string | null;
  frozenAt?: string | null;
}

export interface ReportYearOption {
  year: number;
  frozen: boolean;
  caseReference: string | null;
  frozenAt: string | null;
}

/**
 * The years the report picker offers, newest first: every stored report, and a draft for each year
 * of the plan up to the current year (no drafts of years that have not begun).
 */
export function reportYearOptions(plan: PlanYears, stored: readonly StoredReportYear[], currentYear: number): ReportYearOption[] {
  const byYear = new Map<number, ReportYearOption>();
  const lastDraftYear = Math.min(plan.lastReportYear, currentYear);
  for (let year = plan.periodFrom; year <= lastDraftYear; year += 1) {
    byYear.set(year, { year, frozen: false, caseReference: null, frozenAt: null });
  }
  for (const report of stored) {
    byYear.set(report.year, {
      year: report.year,
      frozen: report.frozen,
      caseReference: report.caseReference ?? null,
      frozenAt: report.frozenAt ?? null,
    });
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/** The report to open from the plan: the current year's when the plan reports on it, else the newest. */
export function defaultReportYear(options: readonly ReportYearOption[], currentYear: number): number | undefined {
  return options.some((option) => option.year === currentYear) ? currentYear : options[0]?.year;
}

/** A four-digit year from the URL within the schema's range, else undefined. */
export function parseYearParam(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : undefined;
}
