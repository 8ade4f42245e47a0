import type { EntityManager } from 'typeorm';
import { MailAttachmentEntity, MailOutboxAttachmentEntity } from './mail-attachment.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import type { AttachmentFile } from './outbox.js';

/** A message the worker claimed: what it needs to send it and to mark it afterwards. */
export interface ClaimedMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  /** Attempts so far, this one included. */
  attempts: number;
  claimToken: string;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  subject: string;
  body: string | null;
  attempts: number;
  claim_token: string;
}

export class MailOutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Call inside the transaction of the change that sends the message: both land, or neither. */
  async insert(message: { recipient: string; subject: string; body: string }): Promise<string> {
    const inserted = await this.manager.insert(OutboxMessageEntity, { ...message, nextAttemptAt: () => 'now()' });
    return String(inserted.identifiers[0]?.id);
  }

  /** Stores a file that messages can carry; returns its id. */
  async storeAttachment(file: AttachmentFile): Promise<string> {
    const inserted = await this.manager.insert(MailAttachmentEntity, {
      filename: file.filename,
      contentType: file.contentType,
      content: file.content,
    });
    return String(inserted.identifiers[0]?.id);
  }

  /** Lets a message carry stored files, in this order. */
  async attach(messageId: string, attachmentIds: readonly string[]): Promise<void> {
    await this.manager.insert(
      MailOutboxAttachmentEntity,
      attachmentIds.map((attachmentId, index) => ({ messageId, position: index + 1, attachmentId })),
    );
  }

  /** The files the messages carry, in one statement, each message's in its order. */
  async readAttachments(messageIds: readonly string[]): Promise<Map<string, AttachmentFile[]>> {
    const rows = await this.manager.query<{ messageId: string; filename: string; contentType: string; content: Buffer }[]>(
      `SELECT oa.message_id::text AS "messageId", a.filename, a.content_type AS "contentType", a.content
       FROM mail_outbox_attachment oa JOIN mail_attachment a ON a.id = oa.attachment_id
       WHERE oa.message_id = ANY($1::bigint[]) ORDER BY oa.message_id, oa.position`,
      [messageIds],
    );
    const files = new Map<string, AttachmentFile[]>();
    for (const row of rows) {
      const list = files.get(row.messageId) ?? [];
      list.push({ filename: row.filename, contentType: row.contentType, content: row.content });
      files.set(row.messageId, list);
    }
    return files;
  }

  /** The names of the files the messages carry, for the development mailbox. */
  async readAttachmentNames(messageIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.manager.query<{ messageId: string; filename: string; size: number }[]>(
      `SELECT oa.message_id::text AS "messageId", a.filename, octet_length(a.content) AS size
       FROM mail_outbox_attachment oa JOIN mail_attachment a ON a.id = oa.attachment_id
       WHERE oa.message_id = ANY($1::bigint[]) ORDER BY oa.message_id, oa.position`,
      [messageIds],
    );
    const names = new Map<string, string[]>();
    for (const row of rows) names.set(row.messageId, [...(names.get(row.messageId) ?? []), `${row.filename} (${row.size} B)`]);
    return names;
  }

  /**
   * Claims up to `limit` due messages for `leaseMs` in one statement: rows another worker is claiming
   * are skipped (SKIP LOCKED), rows under a live lease are not due. A worker that dies leaves its lease
   * to run out, after which another worker takes the message.
   */
  async claimDue(limit: number, leaseMs: number, claimToken: string): Promise<ClaimedMessage[]> {
    const [rows] = await this.manager.query<[ClaimedRow[], number]>(
      `UPDATE mail_outbox SET attempts = attempts + 1, claim_token = $3, claimed_until = now() + make_interval(secs => $2::double precision / 1000)
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until <= now())
         ORDER BY next_attempt_at, id
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, body, attempts, claim_token`,
      [limit, leaseMs, claimToken],
    );
    return rows
      .map((row) => ({
        id: String(row.id),
        recipient: row.recipient,
        subject: row.subject,
        body: row.body ?? '',
        attempts: row.attempts,
        claimToken: row.claim_token,
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Marks a message sent, only while the claim is still this worker's; false when the lease was lost. */
  async markSent(id: string, claimToken: string, options: { keepBody: boolean }): Promise<boolean> {
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE mail_outbox SET sent_at = now(), claim_token = NULL, claimed_until = NULL, last_error = NULL,
         body = CASE WHEN $3 THEN body ELSE NULL END
       WHERE id = $1 AND claim_token = $2`,
      [id, claimToken, options.keepBody],
    );
    return affected === 1;
  }

  /** Releases a failed attempt: due again after `retryInMs`, or given up for good. */
  async markFailed(id: string, claimToken: string, error: string, retry: { inMs: number } | 'give up'): Promise<void> {
    await this.manager.query(
      `UPDATE mail_outbox SET claim_token = NULL, claimed_until = NULL, last_error = $3,
         next_attempt_at = CASE WHEN $4::double precision IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $4::double precision / 1000) END,
         failed_at = CASE WHEN $4::double precision IS NULL THEN now() END
       WHERE id = $1 AND claim_token = $2`,
      [id, claimToken, error.slice(0, 2000), retry === 'give up' ? null : retry.inMs],
    );
  }

  /** The newest messages, for the development mailbox. */
  findRecent(limit: number): Promise<OutboxMessageEntity[]> {
    return this.manager.find(OutboxMessageEntity, { order: { id: 'DESC' }, take: limit });
  }
}
