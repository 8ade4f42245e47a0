import type { Config } from '../../config/env.js';
import type { Logger } from '../../logging/logger.js';
import type { MailOutboxRepository } from './mail-outbox.repository.js';
import { createSmtpTransport, keptTransport } from './mail-transport.js';
import { DEFAULT_OUTBOX_WORKER_SETTINGS, OutboxWorker } from './outbox-worker.js';

/**
 * Starts sending the outbox as configured: through SMTP when a server is set; without one, outside
 * production, mail is kept for the development mailbox; in production without one, mail waits in the
 * outbox (nothing is lost) until a server is configured.
 */
export function startMailDelivery(
  outbox: MailOutboxRepository,
  mail: Config['mail'],
  options: { production: boolean; logger: Logger },
): { stop(): Promise<void> } {
  if (!mail.smtp && options.production) {
    options.logger.warn('SMTP_HOST is not set: e-mail (invitations, password links) waits in the outbox until it is');
    return { stop: () => Promise.resolve() };
  }
  const transport = mail.smtp ? createSmtpTransport(mail.smtp, mail.from) : keptTransport;
  if (!mail.smtp) options.logger.info('SMTP_HOST is not set: e-mail is kept and shown at /dev/mail');
  const worker = new OutboxWorker(outbox, transport, options.logger, {
    ...DEFAULT_OUTBOX_WORKER_SETTINGS,
    pollIntervalMs: mail.pollIntervalMs,
  });
  worker.start();
  return { stop: () => worker.stop() };
}
