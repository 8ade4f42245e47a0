import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Router } from 'express';
import { badUserInput } from '../../common/errors.js';
import { csvStream } from '../../exports/csv-export.js';
import { cellSheet, exportFileName, type CellSheet } from '../../exports/export-table.js';
import { writeXlsx } from '../../exports/xlsx-export.js';
import { sendRefusal } from '../../http/json-errors.js';
import { callerOf } from '../../http/request-caller.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';
import type { Caller } from '../auth/caller.js';
import { casesMeetingsSheet } from './cases-meetings.export.js';
import { costSharingSheet } from './cost-sharing.export.js';
import { communitySheet, focusAreaSheet, overTimeSheet } from './action-plan-progress.export.js';
import type { ReportFilterValues } from './reports.service.js';
import { followUpSheet } from './follow-up.export.js';
import {
  councilRepresentationSheet,
  organRepresentationSheet,
  partnerAttendanceSheet,
  personAttendanceSheet,
  seatAttendanceSheet,
} from './representation.export.js';
import { isReportDate } from './reports.rules.js';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type Format = keyof typeof FORMATS;

/** A query string's parameters, as Express parses them. */
type Query = Request['query'];

interface ReportExport {
  /** The file's name before the period, e.g. "handlingsplan-fremdrift". */
  fileStem: string;
  /** The report's tables by name (the CSV holds the one `table=` names, else the first; the XLSX all of them, a sheet each). */
  tables: readonly string[];
  sheets(
    services: Services,
    caller: Caller,
    filter: ReportFilterValues,
    query: Query,
    tables: readonly string[],
  ): Promise<{ sheets: CellSheet[]; from: string; to: string }>;
}

/** The exports by the report's field name in GraphQL (`Query.reports.<name>`). */
const EXPORTS: Record<string, ReportExport> = {
  actionPlanProgress: {
    fileStem: 'handlingsplan-fremdrift',
    tables: ['focusAreas', 'communities', 'overTime'],
    async sheets(services, caller, filter, query, tables) {
      const scope = services.reports.scope(caller, filter);
      const staleAfterDays = services.reports.staleAfterDays(optionalInteger(query, 'staleAfterDays'));
      const interval = optionalText(query, 'interval')?.toUpperCase() === 'QUARTER' ? 'quarter' : 'year';
      const sheets = await Promise.all(
        tables.map(async (table) => {
          if (table === 'communities') return cellSheet(communitySheet(await services.reports.communityProgress(scope, staleAfterDays)));
          if (table === 'overTime') return cellSheet(overTimeSheet(await services.reports.progressOverTime(scope, interval)));
          return cellSheet(focusAreaSheet(await services.reports.focusAreaProgress(scope, staleAfterDays)));
        }),
      );
      return { sheets, from: scope.from, to: scope.to };
    },
  },
  representation: {
    fileStem: 'representasjon',
    tables: ['organs', 'regionalCouncils', 'attendanceBySeat', 'attendanceByPerson', 'attendanceByPartner'],
    async sheets(services, caller, filter, query, tables) {
      const scope = services.reports.scope(caller, filter);
      const days = services.reports.endingWithinDays(optionalInteger(query, 'endingWithinDays'));
      const sheets = await Promise.all(
        tables.map(async (table) => {
          if (table === 'regionalCouncils')
            return cellSheet(councilRepresentationSheet(await services.reports.councilRepresentation(scope, days)));
          if (table === 'attendanceBySeat') return cellSheet(seatAttendanceSheet(await services.reports.seatAttendance(scope)));
          if (table === 'attendanceByPerson') return cellSheet(personAttendanceSheet(await services.reports.personAttendance(scope)));
          if (table === 'attendanceByPartner') return cellSheet(partnerAttendanceSheet(await services.reports.partnerAttendance(scope)));
          return cellSheet(organRepresentationSheet(await services.reports.organRepresentation(scope, days)));
        }),
      );
      return { sheets, from: scope.from, to: scope.to };
    },
  },
  casesAndMeetings: {
    fileStem: 'saker-og-moter',
    tables: ['organs'],
    async sheets(services, caller, filter) {
      const scope = services.reports.scope(caller, filter);
      return { sheets: [cellSheet(casesMeetingsSheet(await services.reports.casesAndMeetings(scope)))], from: scope.from, to: scope.to };
    },
  },
  followUp: {
    fileStem: 'oppfolging',
    tables: ['municipalities'],
    async sheets(services, caller, filter) {
      const scope = services.reports.scope(caller, filter);
      return { sheets: [cellSheet(followUpSheet(await services.reports.followUp(scope)))], from: scope.from, to: scope.to };
    },
  },
  costSharing: {
    fileStem: 'kostnadsfordeling',
    tables: ['lines'],
    async sheets(services, caller, filter) {
      const scope = services.reports.scope(caller, filter);
      return { sheets: [cellSheet(costSharingSheet(await services.reports.costSharing(scope)))], from: scope.from, to: scope.to };
    },
  },
};

/** The names of the reports that can be exported (the UI links to them). */
export const EXPORTABLE_REPORTS = Object.keys(EXPORTS);

/**
 * GET /exports/{report}.csv and .xlsx with the report's filter in the query string (`communityIds` as a
 * comma-separated list or repeated, `from`, `to`, and the report's own arguments): the caller from the
 * session or a bearer token, refused like the GraphQL report (as JSON with a reason). The file is
 * written as it is read: a CSV stream, or exceljs's streaming workbook writer.
 */
export function createReportExportRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.get('/exports/:file', async (request, response) => {
    try {
      const match = /^([A-Za-z]+)\.(csv|xlsx)$/.exec(request.params.file);
      const report = match ? EXPORTS[match[1] ?? ''] : undefined;
      if (!match || !report) {
        throw badUserInput(
          'report',
          'REPORT_UNKNOWN',
          { report: request.params.file.slice(0, 60) },
          `is not one of ${EXPORTABLE_REPORTS.join(', ')} (as .csv or .xlsx)`,
        );
      }
      const format = match[2] as Format;
      const table = optionalText(request.query, 'table');
      if (table !== undefined && !report.tables.includes(table)) {
        throw badUserInput('table', 'NOT_ALLOWED_VALUE', {}, `must be one of ${report.tables.join(', ')}`);
      }
      const tables = format === 'csv' ? [table ?? report.tables[0] ?? ''] : report.tables;
      const caller = callerOf(request);
      const { sheets, from, to } = await report.sheets(services, caller, filterOf(request.query), request.query, tables);
      const suffix = format === 'csv' && table !== undefined ? [table] : [];
      response
        .status(200)
        .type(FORMATS[format])
        .attachment(exportFileName([report.fileStem, ...suffix, from, to], format))
        // Reports depend on the caller and on today's data: never a stored copy.
        .set('Cache-Control', 'no-store');
      const [first] = sheets;
      if (format === 'csv' && first) {
        await pipeline(csvStream(first), response);
      } else {
        const output = new PassThrough();
        const piping = pipeline(output, response);
        await writeXlsx(output, sheets, { creator: 'Helsefellesskap', title: report.fileStem, created: services.clock.now() });
        output.end();
        await piping;
      }
    } catch (error) {
      if (response.headersSent) {
        logger.error({ err: error }, 'report export failed while streaming');
        response.destroy();
        return;
      }
      sendRefusal(response, error, logger, 'report export');
    }
  });
  return router;
}

function optionalText(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badUserInput(name, 'INVALID_VALUE', {}, 'must be given once');
  return value;
}

function optionalInteger(query: Query, name: string): number | undefined {
  const text = optionalText(query, name);
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,9}$/.test(text)) throw badUserInput(name, 'NOT_WHOLE_NUMBER', {}, 'must be a whole number');
  return Number(text);
}

function optionalDate(query: Query, name: 'from' | 'to'): string | null {
  const text = optionalText(query, name);
  if (text === undefined || text === '') return null;
  if (!isReportDate(text)) throw badUserInput(name, 'NOT_A_DATE', {}, 'must be a date YYYY-MM-DD from 1900 to 2199');
  return text;
}

/** The filter of the GraphQL report, from the query string: `communityIds=a,b` or `communityIds=a&communityIds=b`. */
function filterOf(query: Query): ReportFilterValues {
  const raw = query.communityIds;
  const listed =
    raw === undefined ? null : (Array.isArray(raw) ? raw : [raw]).flatMap((value) => (typeof value === 'string' ? value.split(',') : []));
  const communityIds = listed?.map((id) => id.trim()).filter((id) => id !== '') ?? null;
  return {
    communityIds: communityIds && communityIds.length > 0 ? communityIds : null,
    from: optionalDate(query, 'from'),
    to: optionalDate(query, 'to'),
  };
}
