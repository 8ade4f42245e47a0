import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repositoryRoot } from './env.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in a git-ignored folder of the repository, with demo data, on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.join(repositoryRoot, '.data', 'postgres') });
    expect(config.loadDemoData).toBe(true);
  });

  it('uses DATABASE_URL when set, without demo data unless asked for', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db.example:5432/hf' });
    expect(config.database).toEqual({
      kind: 'external',
      url: 'postgres://app:secret@db.example:5432/hf',
      migrationUrl: 'postgres://app:secret@db.example:5432/hf',
    });
    expect(config.loadDemoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://a@b/c', DEMO_DATA: 'true' }).loadDemoData).toBe(true);
  });

  it('runs migrations as the owner from MIGRATION_DATABASE_URL, the application as the role of DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:a@db/hf', MIGRATION_DATABASE_URL: 'postgres://owner:o@db/hf' });
    expect(config.database).toEqual({ kind: 'external', url: 'postgres://app:a@db/hf', migrationUrl: 'postgres://owner:o@db/hf' });
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: 'postgres://owner:o@db/hf' })).toThrow(/set DATABASE_URL too/);
  });

  it('lists every problem on a line of its own, without printing a password', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://app:secret@db/hf', PORT: 'eighty' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = error instanceof Error ? error.message : '';
    }
    expect(message.split('\n')).toEqual([
      'Invalid configuration:',
      '  - PORT: must be a number (got "eighty")',
      '  - DATABASE_URL: must be a URL such as postgres://user:password@host:5432/database (got "mysql://app:***@db/hf")',
    ]);
  });

  it('keeps mail in the outbox without SMTP_HOST, and sends through the configured server with it', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://hf.example.no' }).mail).toEqual({
      smtp: null,
      from: 'Helsefellesskap <noreply@hf.example.no>',
      pollIntervalMs: 2000,
    });
    const config = loadConfig({
      SMTP_HOST: 'smtp.example.no',
      SMTP_PORT: '465',
      SMTP_USER: 'hf',
      SMTP_PASSWORD: 'secret',
      MAIL_FROM: 'Helsefellesskapet <post@hf.example.no>',
    });
    expect(config.mail.smtp).toEqual({ host: 'smtp.example.no', port: 465, secure: true, user: 'hf', password: 'secret' });
    expect(config.mail.from).toBe('Helsefellesskapet <post@hf.example.no>');
    expect(loadConfig({ SMTP_HOST: 'smtp.example.no' }).mail.smtp).toMatchObject({ port: 587, secure: false, user: null });
  });

  it('refuses SMTP credentials without a server and a sender that is not an address', () => {
    expect(() => loadConfig({ SMTP_USER: 'hf' })).toThrow(/SMTP_USER and SMTP_PASSWORD: set SMTP_HOST too/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM: must be an address/);
  });

  it('reads how long invitation and reset links last', () => {
    const config = loadConfig({ INVITATION_TTL_HOURS: '24', PASSWORD_RESET_TTL_MINUTES: '30' });
    expect(config.auth).toMatchObject({ invitationTtlMs: 24 * 3_600_000, passwordResetTtlMs: 30 * 60_000 });
  });

  it('sets the clock of a run to another date for tests and demos, never in production', () => {
    expect(loadConfig({}).clockDate).toBeNull();
    expect(loadConfig({ CLOCK_DATE: '2027-01-05' }).clockDate).toBe('2027-01-05');
    expect(() => loadConfig({ CLOCK_DATE: '0050-03-01' })).toThrow(/CLOCK_DATE: must be a date YYYY-MM-DD from 1900-01-01 to 2199-12-31/);
    expect(() => loadConfig({ CLOCK_DATE: '5.1.2027' })).toThrow(/CLOCK_DATE/);
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_DATE: '2027-01-05' })).toThrow(/CLOCK_DATE: only for tests and demos/);
  });
});
