import express, { type Router } from 'express';
import { AppError, type ErrorCode } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';

const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** GET /ical/organs/:organId.ics: the organ's open meetings as an iCalendar feed, for anyone to subscribe to. */
export function createPublicCalendarRouter(services: Services, logger: Logger, publicUrl: string): Router {
  const router = express.Router();
  router.get('/ical/organs/:file', async (request, response) => {
    try {
      const match = /^(.+)\.ics$/.exec(request.params.file);
      if (!match?.[1]) {
        response.status(404).type('text/plain').send('Not found');
        return;
      }
      const feed = await services.publicCalendar.feed(parseId(match[1], 'organId'), publicUrl);
      response
        .status(200)
        .type('text/calendar; charset=utf-8')
        .set('Content-Disposition', `inline; filename="${encodeURIComponent(feed.filename)}"`)
        .set('Cache-Control', 'public, max-age=300')
        .send(feed.body);
    } catch (error) {
      if (error instanceof AppError) {
        response.status(HTTP_STATUS[error.code]).type('text/plain').send(error.message);
        return;
      }
      logger.error({ err: error }, 'iCalendar feed failed');
      response.status(500).type('text/plain').send('Internal server error');
    }
  });
  return router;
}
