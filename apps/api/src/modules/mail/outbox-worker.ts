import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logging/logger.js';
import type { MailOutboxRepository } from './mail-outbox.repository.js';
import { SMTP_SEND_LIMIT_MS, type MailTransport } from './mail-transport.js';
import type { AttachmentFile } from './outbox.js';
import { retryDelayMs } from './retry.js';

export interface OutboxWorkerSettings {
  /** How often to look for due messages when there is nothing to do. */
  pollIntervalMs: number;
  /** The first wait after a failed delivery; doubles with each further failure. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** After this many failed attempts the message is marked failed and left for the operator. */
  maxAttempts: number;
  batchSize: number;
}

export const DEFAULT_OUTBOX_WORKER_SETTINGS: OutboxWorkerSettings = {
  pollIntervalMs: 2_000,
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
  // 30 s doubling up to an hour: about a day of tries.
  maxAttempts: 30,
  batchSize: 20,
};

/**
 * A claim lasts longer than any delivery can (SMTP_SEND_LIMIT_MS): while a live worker sends, no other
 * worker takes the message; when a worker dies, its messages are due again once the lease runs out.
 */
const LEASE_MS = 3 * SMTP_SEND_LIMIT_MS;

/**
 * Sends the outbox: claims due messages, hands each to the transport, marks it sent (or schedules a
 * retry with back-off). Any number of workers, in any number of processes, can run at once.
 */
export class OutboxWorker {
  private running: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    private readonly settings: OutboxWorkerSettings = DEFAULT_OUTBOX_WORKER_SETTINGS,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  /** Finishes the delivery under way, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.transport.close();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.sendDue();
      } catch (error) {
        this.logger.error({ err: error }, 'mail outbox: could not claim messages');
      }
      if (claimed < this.settings.batchSize) await this.pause(this.settings.pollIntervalMs);
    }
  }

  /** Claims one batch and delivers it; returns how many were claimed. */
  private async sendDue(): Promise<number> {
    const messages = await this.outbox.claimDue(this.settings.batchSize, LEASE_MS, randomUUID());
    const attachments =
      messages.length > 0 ? await this.outbox.readAttachments(messages.map((message) => message.id)) : new Map<string, AttachmentFile[]>();
    for (const message of messages) {
      try {
        await this.transport.send({
          outboxId: message.id,
          to: message.recipient,
          subject: message.subject,
          text: message.body,
          attachments: attachments.get(message.id) ?? [],
        });
      } catch (error) {
        const giveUp = message.attempts >= this.settings.maxAttempts;
        const retry = giveUp ? 'give up' : { inMs: retryDelayMs(message.attempts, this.settings.retryBaseMs, this.settings.retryMaxMs) };
        this.logger[giveUp ? 'error' : 'warn'](
          { err: error, outboxId: message.id, attempts: message.attempts, retry },
          giveUp ? 'mail outbox: gave up on a message' : 'mail outbox: delivery failed; will retry',
        );
        await this.outbox.markFailed(message.id, message.claimToken, error instanceof Error ? error.message : String(error), retry);
        continue;
      }
      if (!(await this.outbox.markSent(message.id, message.claimToken, { keepBody: this.transport.kind === 'kept' }))) {
        this.logger.error({ outboxId: message.id }, 'mail outbox: sent after the lease ran out; another worker may send it again');
      }
    }
    return messages.length;
  }

  private pause(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
