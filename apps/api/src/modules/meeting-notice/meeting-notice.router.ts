import express, { type Router } from 'express';
import { AppError, type ErrorCode } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';
import { readCookie } from '../auth/session-cookie.js';
import { SESSION_COOKIE } from '../auth/session-token.js';

const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** GET /api/meetings/:meetingId/notice.pdf: the notice as sent, or as it would go out today (secretariat). */
export function createMeetingNoticeRouter(services: Services, logger: Logger): Router {
  const router = express.Router();
  router.get('/api/meetings/:meetingId/notice.pdf', async (request, response) => {
    try {
      const caller = await services.auth.callerFromToken(readCookie(request, SESSION_COOKIE));
      const pdf = await services.meetingNotices.pdf(caller, parseId(request.params.meetingId, 'meetingId'));
      response
        .status(200)
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="${encodeURIComponent(pdf.filename)}"`)
        .set('Cache-Control', 'no-store')
        .send(pdf.content);
    } catch (error) {
      if (error instanceof AppError) {
        response.status(HTTP_STATUS[error.code]).type('text/plain').send(error.message);
        return;
      }
      logger.error({ err: error }, 'notice PDF failed');
      response.status(500).type('text/plain').send('Internal server error');
    }
  });
  return router;
}
