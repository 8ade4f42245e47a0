import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { expect, inject } from 'vitest';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  /** The files the message carries, in order. */
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

const parsed = new Map<string, ReceivedMail>();

/** Every message the test run's SMTP server has accepted so far (see test/smtp-sink.ts). */
export async function receivedMail(): Promise<ReceivedMail[]> {
  const directory = inject('mailDirectory');
  const files = (await fs.readdir(directory)).filter((name) => name.endsWith('.eml')).sort();
  const mails: ReceivedMail[] = [];
  for (const file of files) {
    let mail = parsed.get(file);
    if (!mail) {
      const message = await simpleParser(await fs.readFile(path.join(directory, file)));
      const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
      mail = {
        to: to.flatMap((address) => address.value.map((entry) => entry.address ?? '')).join(', '),
        subject: message.subject ?? '',
        text: message.text ?? '',
        messageId: message.messageId ?? '',
        attachments: message.attachments.map((file) => ({
          filename: file.filename ?? '',
          contentType: file.contentType,
          content: file.content,
        })),
      };
      parsed.set(file, mail);
    }
    mails.push(mail);
  }
  return mails;
}

/** The messages to one address (addresses are lower case). */
export async function mailTo(address: string): Promise<ReceivedMail[]> {
  return (await receivedMail()).filter((mail) => mail.to === address.toLowerCase());
}

/** Waits until `count` messages to the address have arrived (a condition, never a fixed time), and returns them. */
export async function waitForMailTo(address: string, count = 1): Promise<ReceivedMail[]> {
  await expect.poll(async () => (await mailTo(address)).length, { timeout: 100_000, interval: 100 }).toBeGreaterThanOrEqual(count);
  return mailTo(address);
}

/** The token of the password link in a message. */
export function linkToken(mail: ReceivedMail): string {
  const token = /\/set-password#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`No password link in: ${mail.text}`);
  return token;
}
