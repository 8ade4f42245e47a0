import express, { type Router } from 'express';
import { parseId } from '../../common/ids.js';
import { notFoundHandler, sendRefusal } from '../../http/json-errors.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';

/** GET /ical/organs/:organId.ics: the organ's open meetings as an iCalendar feed, for anyone to subscribe to. */
export function createPublicCalendarRouter(services: Services, logger: Logger, publicUrl: string): Router {
  const router = express.Router();
  router.get('/ical/organs/:file', async (request, response) => {
    try {
      const match = /^(.+)\.ics$/.exec(request.params.file);
      if (!match?.[1]) {
        notFoundHandler(request, response, () => undefined);
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
      sendRefusal(response, error, logger, 'iCalendar feed');
    }
  });
  return router;
}
