import type { Repositories } from '../../database/repositories.js';

/** An e-mail to send: plain text, one recipient, and files stored beforehand with `storeAttachment`. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Ids of stored attachments (`storeAttachment`), in the order the message lists them. */
  attachmentIds?: readonly string[];
}

/** A file to send with e-mail. */
export interface AttachmentFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * Puts a message in the outbox. Call it with the repositories of the transaction that makes the change
 * the message tells about: the message is sent if and only if the change commits, and the worker
 * (outbox-worker.ts) sends it soon after, retrying until it is through.
 */
export async function enqueue(repositories: Pick<Repositories, 'mailOutbox'>, message: OutgoingMail): Promise<void> {
  const id = await repositories.mailOutbox.insert({ recipient: message.to, subject: message.subject, body: message.text });
  if (message.attachmentIds?.length) await repositories.mailOutbox.attach(id, message.attachmentIds);
}

/**
 * Stores a file for messages to carry, in the caller's transaction: stored once however many messages
 * carry it (a notice to thirty recipients is one PDF). Returns its id for `OutgoingMail.attachmentIds`.
 */
export function storeAttachment(repositories: Pick<Repositories, 'mailOutbox'>, file: AttachmentFile): Promise<string> {
  return repositories.mailOutbox.storeAttachment(file);
}
