import nodemailer from 'nodemailer';
import type { AttachmentFile } from './outbox.js';

/** How to reach the SMTP server (from SMTP_* in the environment). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
}

/** One message as the worker hands it over. */
export interface MailToSend {
  /** The outbox row: makes the Message-ID, so a copy sent twice after a crash is recognisably the same. */
  outboxId: string;
  to: string;
  subject: string;
  text: string;
  /** Files sent with the message, in order. */
  attachments?: readonly AttachmentFile[];
}

export interface MailTransport {
  /**
   * `smtp`: sent to a server; `kept`: only kept in the outbox, for the development mailbox page (the
   * embedded demo's default, so `npm start` needs no mail server).
   */
  readonly kind: 'smtp' | 'kept';
  /** Resolves once the server accepted the message; rejects when it did not. */
  send(message: MailToSend): Promise<void>;
  close(): void;
}

/** The longest one delivery may take: the worker's lease on a message is longer than this. */
export const SMTP_SEND_LIMIT_MS = 2 * 60_000;

export function createSmtpTransport(settings: SmtpSettings, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    // Each phase is bounded, so a delivery ends well within SMTP_SEND_LIMIT_MS.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 30_000,
  });
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? 'localhost';
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments?.map((file) => ({
          filename: file.filename,
          contentType: file.contentType,
          content: file.content,
        })),
        messageId: `<outbox-${message.outboxId}@${domain}>`,
      });
    },
    close: () => transporter.close(),
  };
}

/** Sends nothing: the message stays in the outbox, where the development mailbox shows it. */
export const keptTransport: MailTransport = {
  kind: 'kept',
  send: () => Promise.resolve(),
  close: () => {},
};
