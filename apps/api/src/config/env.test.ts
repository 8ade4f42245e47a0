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

  it('sets the clock of a run to another date for tests and demos, never in production', () => {
    expect(loadConfig({}).clockDate).toBeNull();
    expect(loadConfig({ CLOCK_DATE: '2027-01-05' }).clockDate).toBe('2027-01-05');
    expect(() => loadConfig({ CLOCK_DATE: '0050-03-01' })).toThrow(/CLOCK_DATE: must be a date YYYY-MM-DD from 1900-01-01 to 2199-12-31/);
    expect(() => loadConfig({ CLOCK_DATE: '5.1.2027' })).toThrow(/CLOCK_DATE/);
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_DATE: '2027-01-05' })).toThrow(/CLOCK_DATE: only for tests and demos/);
  });
});
