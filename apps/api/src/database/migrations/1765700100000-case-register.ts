import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case register's content (ADR 0023): the reference as given at registration (kept, so a free-text
 * reference elsewhere finds its case), an external body's own reference, the archive reference, caseworkers,
 * the document date, the recommendation's numbered points and the formatted texts; attachments kept in
 * PostgreSQL, each public or exempt; links to other cases; and two Norwegian text-search vectors kept by a
 * trigger: one of everything, one of what the public may read (an exempt case's public title only), so a
 * search by someone who may not read exempt content never matches it.
 */
export class CaseRegister1765700100000 implements MigrationInterface {
  name = 'CaseRegister1765700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE case_file
        ADD COLUMN reference text,
        ADD COLUMN external_reference text CHECK (external_reference IS NULL OR length(btrim(external_reference)) > 0),
        ADD COLUMN archive_reference text,
        ADD COLUMN caseworkers text[] NOT NULL DEFAULT '{}',
        ADD COLUMN document_date date,
        ADD COLUMN recommendation text[] NOT NULL DEFAULT '{}',
        ADD COLUMN background text NOT NULL DEFAULT '',
        ADD COLUMN municipal_assessment text NOT NULL DEFAULT '',
        ADD COLUMN hospital_assessment text NOT NULL DEFAULT '',
        ADD COLUMN full_search tsvector,
        ADD COLUMN public_search tsvector`);
    await queryRunner.query(`UPDATE case_file SET reference = 'Sak ' || number || '/' || year WHERE reference IS NULL`);
    await queryRunner.query(`ALTER TABLE case_file ALTER COLUMN reference SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_case_file_reference ON case_file (community_id, reference)`);
    await queryRunner.query(`CREATE INDEX ix_case_file_organ_year ON case_file (organ_id, year, number)`);
    await queryRunner.query(`
      CREATE FUNCTION case_file_search() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        everything tsvector;
      BEGIN
        everything :=
          setweight(to_tsvector('norwegian', NEW.reference || ' ' || coalesce(NEW.external_reference, '')), 'A')
          || setweight(to_tsvector('norwegian', NEW.title), 'A')
          || setweight(to_tsvector('norwegian', array_to_string(NEW.recommendation, ' ')), 'B')
          || setweight(to_tsvector('norwegian', NEW.background || ' ' || NEW.municipal_assessment || ' ' || NEW.hospital_assessment), 'C')
          || setweight(to_tsvector('norwegian', coalesce(NEW.archive_reference, '') || ' ' || array_to_string(NEW.caseworkers, ' ')), 'D');
        NEW.full_search := everything;
        NEW.public_search := CASE WHEN NEW.access = 'PUBLIC' THEN everything
          ELSE setweight(to_tsvector('norwegian', NEW.reference || ' ' || coalesce(NEW.external_reference, '')), 'A')
            || setweight(to_tsvector('norwegian', coalesce(NEW.public_title, '')), 'A') END;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_case_file_search BEFORE INSERT OR UPDATE ON case_file
        FOR EACH ROW EXECUTE FUNCTION case_file_search()`);
    await queryRunner.query(`UPDATE case_file SET title = title`);
    await queryRunner.query(`CREATE INDEX ix_case_file_full_search ON case_file USING gin (full_search)`);
    await queryRunner.query(`CREATE INDEX ix_case_file_public_search ON case_file USING gin (public_search)`);
    await queryRunner.query(`
      CREATE TABLE case_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file (id),
        community_id uuid NOT NULL REFERENCES community (id),
        position integer NOT NULL CHECK (position > 0),
        file_name text NOT NULL CHECK (length(btrim(file_name)) > 0 AND length(file_name) <= 200),
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        access text NOT NULL DEFAULT 'PUBLIC' CHECK (access IN ('PUBLIC', 'EXEMPT')),
        exemption_basis text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_case_attachment_position UNIQUE (case_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT ck_case_attachment_size CHECK (octet_length(content) = size_bytes),
        CONSTRAINT ck_case_attachment_exemption CHECK (
          (access = 'EXEMPT' AND exemption_basis IS NOT NULL AND length(btrim(exemption_basis)) > 0)
          OR (access = 'PUBLIC' AND exemption_basis IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE case_link (
        case_id uuid NOT NULL REFERENCES case_file (id),
        linked_case_id uuid NOT NULL REFERENCES case_file (id),
        position integer NOT NULL CHECK (position > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, linked_case_id),
        CONSTRAINT ck_case_link_not_itself CHECK (case_id <> linked_case_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_case_link_linked ON case_link (linked_case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_link`);
    await queryRunner.query(`DROP TABLE case_attachment`);
    await queryRunner.query(`DROP TRIGGER tr_case_file_search ON case_file`);
    await queryRunner.query(`DROP FUNCTION case_file_search()`);
    await queryRunner.query(`DROP INDEX ix_case_file_public_search`);
    await queryRunner.query(`DROP INDEX ix_case_file_full_search`);
    await queryRunner.query(`DROP INDEX ix_case_file_organ_year`);
    await queryRunner.query(`DROP INDEX ix_case_file_reference`);
    await queryRunner.query(`
      ALTER TABLE case_file
        DROP COLUMN public_search, DROP COLUMN full_search, DROP COLUMN hospital_assessment, DROP COLUMN municipal_assessment,
        DROP COLUMN background, DROP COLUMN recommendation, DROP COLUMN document_date, DROP COLUMN caseworkers,
        DROP COLUMN archive_reference, DROP COLUMN external_reference, DROP COLUMN reference`);
  }
}
