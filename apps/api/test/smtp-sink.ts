import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

export interface SmtpSink {
  port: number;
  close(): Promise<void>;
}

/**
 * A local SMTP server (smtp-server) for the whole test run: every message it accepts is written to
 * `directory` as one .eml file, which the tests read (test/mailbox.ts). Some recipients stand for a
 * server having trouble: `retry-…` is turned away (451) the first time, `bounce-…` every time (550).
 */
export async function startSmtpSink(directory: string): Promise<SmtpSink> {
  await fs.mkdir(directory, { recursive: true });
  const turnedAway = new Set<string>();
  const refuse = (message: string, responseCode: number): SMTPServerError => Object.assign(new Error(message), { responseCode });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const recipient = address.address.toLowerCase();
      if (recipient.startsWith('bounce-')) return callback(refuse('No such mailbox', 550));
      if (recipient.startsWith('retry-') && !turnedAway.has(recipient)) {
        turnedAway.add(recipient);
        return callback(refuse('Try again later', 451));
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // Written under a temporary name and renamed, so a reader never sees half a message.
        const name = `${Date.now()}-${randomUUID()}`;
        const temporary = path.join(directory, `${name}.tmp`);
        fs.writeFile(temporary, Buffer.concat(chunks))
          .then(() => fs.rename(temporary, path.join(directory, `${name}.eml`)))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
