import type { Repositories } from '../../database/repositories.js';

/** An e-mail to send: plain text, one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Puts a message in the outbox. Call it with the repositories of the transaction that makes the change
 * the message tells about: the message is sent if and only if the change commits, and the worker
 * (outbox-worker.ts) sends it soon after, retrying until it is through.
 */
export async function enqueue(repositories: Pick<Repositories, 'mailOutbox'>, message: OutgoingMail): Promise<void> {
  await repositories.mailOutbox.insert({ recipient: message.to, subject: message.subject, body: message.text });
}
