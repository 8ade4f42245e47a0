import express, { type Router } from 'express';
import { parseId } from '../../common/ids.js';
import { sendRefusal } from '../../http/json-errors.js';
import { callerOf } from '../../http/request-caller.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';

/** GET /api/decisions/:decisionId/record.pdf: the decision record (særutskrift) as an archival PDF, as the caller may read it. */
export function createDecisionRecordRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.get('/api/decisions/:decisionId/record.pdf', async (request, response) => {
    try {
      const pdf = await services.decisions.recordPdf(callerOf(request), parseId(request.params.decisionId, 'decisionId'));
      response
        .status(200)
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="${encodeURIComponent(pdf.filename)}"`)
        .set('Cache-Control', 'no-store')
        .send(pdf.content);
    } catch (error) {
      sendRefusal(response, error, logger, 'decision record PDF');
    }
  });
  return router;
}
