import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../../database/data-source.js';
import { createRepositories, transactionRunner, type InTransaction, type Repositories } from '../../database/repositories.js';
import { mailTo, receivedMail, waitForMailTo } from '../../../test/mailbox.js';
import { startTestApp, testOutboxWorker } from '../../../test/test-app.js';
import { enqueue } from './outbox.js';
import type { OutboxWorker } from './outbox-worker.js';

let dataSource: ReturnType<typeof createDataSource>;
let repositories: Repositories;
let inTransaction: InTransaction;
let workers: OutboxWorker[] = [];
beforeAll(async () => {
  dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
  repositories = createRepositories(dataSource.manager);
  inTransaction = transactionRunner(dataSource);
  // Three workers at once, as three API instances would run them.
  workers = [1, 2, 3].map(() => testOutboxWorker(repositories));
  for (const worker of workers) worker.start();
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await dataSource.destroy();
});

const address = (prefix = 'mail') => `${prefix}-${randomUUID()}@test.example`;

interface OutboxRow {
  id: string;
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  body: string | null;
  last_error: string | null;
}
const rowsTo = (recipient: string) =>
  dataSource.query<OutboxRow[]>('SELECT id, attempts, sent_at, failed_at, body, last_error FROM mail_outbox WHERE recipient = $1', [
    recipient,
  ]);

// Waiting for mail can take long on a busy machine; the limit only ends a test that can never finish.
describe('the mail outbox', { timeout: 240_000 }, () => {
  it('sends a message written in a transaction that commits, once, and never one whose transaction rolled back', async () => {
    const committed = address();
    const rolledBack = address();
    await inTransaction((transaction) => enqueue(transaction, { to: committed, subject: 'Landet', text: 'Hei.' }));
    await expect(
      inTransaction(async (transaction) => {
        await enqueue(transaction, { to: rolledBack, subject: 'Angret', text: 'Hei.' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const [mail] = await waitForMailTo(committed);
    const [row] = await rowsTo(committed);
    expect(mail).toMatchObject({ subject: 'Landet', text: 'Hei.\n', messageId: `<outbox-${row?.id}@test.example>` });
    // Sent through SMTP: the text (which may hold a password link) is not kept.
    expect(row).toMatchObject({ attempts: 1, body: null, failed_at: null });
    expect(row?.sent_at).toBeInstanceOf(Date);
    expect(await rowsTo(rolledBack)).toEqual([]);
  });

  it('tries again, later, when the server turns a message away for now', async () => {
    const recipient = address('retry');
    await inTransaction((transaction) => enqueue(transaction, { to: recipient, subject: 'Igjen', text: 'Hei.' }));
    await waitForMailTo(recipient);
    const [row] = await rowsTo(recipient);
    expect(row).toMatchObject({ attempts: 2, last_error: null });
    expect(await mailTo(recipient)).toHaveLength(1);
  });

  it('gives up after the last attempt and keeps the message, marked failed, for the operator', async () => {
    const recipient = address('bounce');
    await inTransaction((transaction) => enqueue(transaction, { to: recipient, subject: 'Aldri', text: 'Hei.' }));
    await expect
      .poll(async () => (await rowsTo(recipient))[0]?.failed_at ?? null, { timeout: 100_000, interval: 100 })
      .toBeInstanceOf(Date);
    const [row] = await rowsTo(recipient);
    expect(row).toMatchObject({ attempts: 3, sent_at: null, body: 'Hei.' });
    expect(row?.last_error).toMatch(/550|rejected/i);
    expect(await mailTo(recipient)).toEqual([]);
  });

  it('sends each of many messages exactly once while several workers compete for them', async () => {
    const recipients = Array.from({ length: 30 }, () => address('many'));
    await inTransaction(async (transaction) => {
      for (const recipient of recipients) await enqueue(transaction, { to: recipient, subject: 'Mange', text: recipient });
    });
    await expect
      .poll(async () => (await receivedMail()).filter((mail) => recipients.includes(mail.to)).length, { timeout: 100_000, interval: 100 })
      .toBe(30);
    const rows = await dataSource.query<{ attempts: number }[]>('SELECT attempts FROM mail_outbox WHERE recipient = ANY($1)', [recipients]);
    expect(rows.map((row) => row.attempts)).toEqual(recipients.map(() => 1));
    // A later message arriving shows the workers went on; still one copy each.
    const later = address();
    await inTransaction((transaction) => enqueue(transaction, { to: later, subject: 'Senere', text: 'Hei.' }));
    await waitForMailTo(later);
    expect((await receivedMail()).filter((mail) => recipients.includes(mail.to))).toHaveLength(30);
  });

  it('leaves a message claimed by a worker that died until its lease runs out, then sends it once', async () => {
    const recipient = address('orphan');
    // As a worker that claimed the message and died before sending it would leave it.
    await dataSource.query(
      `INSERT INTO mail_outbox (recipient, subject, body, attempts, claim_token, claimed_until)
       VALUES ($1, 'Foreldreløs', 'Hei.', 1, gen_random_uuid(), now() + interval '1 hour')`,
      [recipient],
    );
    const sentinel = address();
    await inTransaction((transaction) => enqueue(transaction, { to: sentinel, subject: 'Etter', text: 'Hei.' }));
    await waitForMailTo(sentinel);
    expect(await mailTo(recipient)).toEqual([]);

    await dataSource.query(`UPDATE mail_outbox SET claimed_until = now() WHERE recipient = $1`, [recipient]);
    await waitForMailTo(recipient);
    const [row] = await rowsTo(recipient);
    expect(row).toMatchObject({ attempts: 2 });
    expect(await mailTo(recipient)).toHaveLength(1);
  });
});

describe('the development mailbox', () => {
  it('shows kept mail outside production, with its links, and is not served in production', async () => {
    // As the kept transport leaves a message: sent, with its text.
    await dataSource.query(
      `INSERT INTO mail_outbox (recipient, subject, body, attempts, sent_at) VALUES ($1, 'Invitasjon <test>', $2, 1, now())`,
      [address('dev'), 'Hei.\n\nhttp://localhost:4000/set-password#token=abc'],
    );
    const development = await startTestApp();
    const production = await startTestApp({ production: true });
    try {
      const page = await fetch(`${development.url}/dev/mail`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Invitasjon &#60;test&#62;');
      expect(html).toContain('<a href="http://localhost:4000/set-password#token=abc">');
      expect((await fetch(`${production.url}/dev/mail`)).status).toBe(404);
    } finally {
      await development.close();
      await production.close();
    }
  });
});
