import type { MigrationInterface, QueryRunner } from 'typeorm';
import { extractAttachmentText } from '../../modules/case/attachment-text.js';

/**
 * Attachments are found by the case register's search (ADR 0023): each file keeps the words of its text
 * layer (`text_content`, extracted at upload) and a search vector of its name (split at dots, dashes and
 * underscores, so "Intervjuplan.pdf" is found by "intervjuplan") and words, kept by PostgreSQL. Files stored before this are read once here, one at a time.
 */
export class AttachmentSearch1766000000000 implements MigrationInterface {
  name = 'AttachmentSearch1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE case_attachment ADD COLUMN text_content text NOT NULL DEFAULT ''`);
    const stored = (await queryRunner.query(
      `SELECT id, content_type AS "contentType" FROM case_attachment WHERE content_type = 'application/pdf' OR content_type LIKE 'text/plain%'`,
    )) as { id: string; contentType: string }[];
    for (const { id, contentType } of stored) {
      const [row] = (await queryRunner.query(`SELECT content FROM case_attachment WHERE id = $1`, [id])) as { content: Buffer }[];
      if (!row) continue;
      await queryRunner.query(`UPDATE case_attachment SET text_content = $2 WHERE id = $1`, [
        id,
        await extractAttachmentText(row.content, contentType),
      ]);
    }
    await queryRunner.query(`
      ALTER TABLE case_attachment ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('norwegian'::regconfig, regexp_replace(file_name, '[._-]+', ' ', 'g')), 'B') || setweight(to_tsvector('norwegian'::regconfig, text_content), 'D')
      ) STORED`);
    await queryRunner.query(`CREATE INDEX ix_case_attachment_search ON case_attachment USING gin (search)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_case_attachment_search`);
    await queryRunner.query(`ALTER TABLE case_attachment DROP COLUMN search`);
    await queryRunner.query(`ALTER TABLE case_attachment DROP COLUMN text_content`);
  }
}
