import express, { type Router } from 'express';
import { badUserInput } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { sendRefusal } from '../../http/json-errors.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';
import { allocationCsv } from './allocation-csv.js';
import { allocationExportTable, allocationFileName } from './allocation-export.js';
import { allocationXlsx } from './allocation-xlsx.js';

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
type Format = keyof typeof FORMATS;

/**
 * GET /api/communities/:communityId/cost-allocations/:year.csv and .xlsx: the allocation of a stored
 * budget for invoicing. The figures are Query.costAllocation's, read by the same service method, and
 * public like it (budgets and what each municipality pays are public); refusals are JSON with a reason.
 */
export function createAllocationExportRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  for (const format of Object.keys(FORMATS) as Format[]) {
    router.get(`/api/communities/:communityId/cost-allocations/:year.${format}`, async (request, response) => {
      try {
        const communityId = parseId(request.params.communityId, 'communityId');
        if (!/^\d{4}$/.test(request.params.year)) throw badUserInput('year', 'NOT_WHOLE_NUMBER', {}, 'must be a year of four digits');
        const year = Number(request.params.year);
        const community = await services.communities.get(communityId);
        const table = allocationExportTable(await services.costSharing.allocationForBudget(communityId, year));
        const body =
          format === 'csv'
            ? Buffer.from(allocationCsv(table), 'utf8')
            : await allocationXlsx(table, { communityName: community.name, created: new Date() });
        response
          .status(200)
          .type(FORMATS[format].contentType)
          .attachment(allocationFileName(community.shortName, year, format))
          // The budget may be edited at any time: never an old copy.
          .set('Cache-Control', 'no-store')
          .send(body);
      } catch (error) {
        sendRefusal(response, error, logger, 'cost allocation export');
      }
    });
  }
  return router;
}
