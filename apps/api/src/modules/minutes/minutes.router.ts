import express, { type Router } from 'express';
import { parseId } from '../../common/ids.js';
import { sendRefusal } from '../../http/json-errors.js';
import { callerOf } from '../../http/request-caller.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';

/** GET /api/meetings/:meetingId/minutes.pdf: the meeting's minutes as an archival PDF, as the caller may read them. */
export function createMinutesRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.get('/api/meetings/:meetingId/minutes.pdf', async (request, response) => {
    try {
      const pdf = await services.minutes.pdf(callerOf(request), parseId(request.params.meetingId, 'meetingId'));
      response
        .status(200)
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="${encodeURIComponent(pdf.filename)}"`)
        .set('Cache-Control', 'no-store')
        .send(pdf.content);
    } catch (error) {
      sendRefusal(response, error, logger, 'minutes PDF');
    }
  });
  return router;
}
