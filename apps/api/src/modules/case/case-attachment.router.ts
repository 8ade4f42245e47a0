import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { badUserInput } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { sendHttpError, sendRefusal } from '../../http/json-errors.js';
import { callerOf } from '../../http/request-caller.js';
import type { Logger } from '../../logging/logger.js';
import type { Services } from '../../services.js';
import { ATTACHMENT_MAX_BYTES } from './case-attachment.rules.js';
import { attachmentDownloadPath } from './case.loaders.js';

/** The header the client names the file in (percent-encoded UTF-8): a custom header, so a cross-site form cannot send it. */
export const FILE_NAME_HEADER = 'x-file-name';
export const ACCESS_HEADER = 'x-access';
export const EXEMPTION_BASIS_HEADER = 'x-exemption-basis';

/**
 * Case attachments over HTTP, both through the case service and its policy:
 * - POST /api/cases/:caseId/attachments: the file as the raw body (`application/octet-stream`, at most
 *   ATTACHMENT_MAX_BYTES), its name in `X-File-Name`, `X-Access` PUBLIC or EXEMPT and `X-Exemption-Basis`.
 *   The content type and the custom headers need a CORS preflight, so another site cannot post one with
 *   the user's cookie. Answers `{ id, downloadPath }`.
 * - GET /api/case-attachments/:id: the file, for those who may read it; 404 for everyone else, exempt or not.
 */
export function createCaseAttachmentRouter(services: Services, logger: Logger): Router {
  const router = express.Router();

  router.post(
    '/api/cases/:caseId/attachments',
    (request: Request, response: Response, next: NextFunction) => {
      if (!request.is('application/octet-stream')) {
        sendRefusal(
          response,
          badUserInput('file', 'MALFORMED_REQUEST', {}, 'send the file as application/octet-stream'),
          logger,
          'case attachment upload',
        );
        return;
      }
      next();
    },
    express.raw({ type: 'application/octet-stream', limit: ATTACHMENT_MAX_BYTES }),
    async (request: Request, response: Response) => {
      try {
        const caseId = parseId(String(request.params.caseId), 'caseId');
        const caller = callerOf(request);
        const access = request.get(ACCESS_HEADER) ?? 'PUBLIC';
        if (access !== 'PUBLIC' && access !== 'EXEMPT') throw badUserInput('access', 'INVALID_VALUE', {}, 'must be PUBLIC or EXEMPT');
        const saved = await services.cases.addAttachment(caller, caseId, {
          fileName: decodeHeader(request.get(FILE_NAME_HEADER)),
          access,
          exemptionBasis: decodeHeader(request.get(EXEMPTION_BASIS_HEADER)) || null,
          content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        });
        response
          .status(201)
          .set('Cache-Control', 'no-store')
          .json({ id: saved.id, downloadPath: attachmentDownloadPath(saved.id) });
      } catch (error) {
        sendRefusal(response, error, logger, 'case attachment request');
      }
    },
  );

  router.get('/api/case-attachments/:attachmentId', async (request, response) => {
    try {
      const attachmentId = parseId(request.params.attachmentId, 'attachmentId');
      const file = await services.cases.attachmentFile(callerOf(request), attachmentId);
      response
        .status(200)
        .type(file.contentType)
        .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .set('X-Content-Type-Options', 'nosniff')
        .set('Content-Security-Policy', "default-src 'none'; sandbox")
        // What one caller may read another may not: no shared cache keeps it.
        .set('Cache-Control', 'private, no-store')
        .send(file.content);
    } catch (error) {
      sendRefusal(response, error, logger, 'case attachment request');
    }
  });

  // A body over the limit is refused by the raw parser before the route: answer with the reason the UI knows.
  router.use('/api/cases/:caseId/attachments', (error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large') {
      sendHttpError(response, 413, {
        code: 'BAD_USER_INPUT',
        reason: 'ATTACHMENT_TOO_LARGE',
        params: { limitBytes: ATTACHMENT_MAX_BYTES },
        message: `The file is larger than ${ATTACHMENT_MAX_BYTES} bytes.`,
      });
      return;
    }
    next(error);
  });
  return router;
}

function decodeHeader(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
