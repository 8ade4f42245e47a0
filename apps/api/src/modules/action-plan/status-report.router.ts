import express, { type Router } from 'express';
import { badUserInput } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';
import { sendRefusal } from '../../http/json-errors.js';
import { callerOf } from '../../http/request-caller.js';
import { renderStatusReportPdf } from './status-report.pdf.js';

/** GET /api/action-plans/:planId/status-reports/:year.pdf: a frozen report for anyone, a draft for the community. */
export function createStatusReportRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.get('/api/action-plans/:planId/status-reports/:year.pdf', async (request, response) => {
    try {
      const planId = parseId(request.params.planId, 'planId');
      const year = Number(request.params.year);
      if (!Number.isInteger(year)) throw badUserInput('year', 'NOT_WHOLE_NUMBER', {}, 'must be a whole number');
      const caller = callerOf(request);
      const view = await services.actionPlans.report(caller, await services.actionPlans.getPlan(caller, planId), year);
      const pdf = await renderStatusReportPdf(
        view.report,
        view.entity?.frozenAt ? { caseReference: view.entity.caseReference, frozenAt: view.entity.frozenAt } : null,
      );
      response
        .status(200)
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="statusrapport-${year}.pdf"`)
        .set('Cache-Control', view.entity?.frozenAt ? 'private, max-age=3600' : 'no-store')
        .send(pdf);
    } catch (error) {
      sendRefusal(response, error, logger, 'status report PDF');
    }
  });
  return router;
}
