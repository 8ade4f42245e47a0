import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Re-keys the draft reports' commentary and its versions: from focus area number to id (`up`) or back (`down`). */
function rekey(column: 'commentary' | 'commentary_versions', from: 'number' | 'id', to: 'number' | 'id'): string {
  return `UPDATE status_report r SET ${column} = COALESCE(
      (SELECT jsonb_object_agg(COALESCE(f.${to}::text, e.key), e.value)
         FROM jsonb_each(r.${column}) e LEFT JOIN focus_area f ON f.plan_id = r.plan_id AND f.${from}::text = e.key),
      '{}'::jsonb)
    WHERE r.frozen_at IS NULL`;
}

/**
 * A draft report's commentary (and the version of each) is kept per focus area id instead of number,
 * so renumbering the plan's focus areas leaves every text with its focus area (ADR 0019). Frozen
 * reports are immutable and keep their snapshot; only drafts are re-keyed. A key that names no focus
 * area of the plan is kept as it was.
 */
export class DraftCommentaryByFocusAreaId1765600202000 implements MigrationInterface {
  name = 'DraftCommentaryByFocusAreaId1765600202000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rekey('commentary', 'number', 'id'));
    await queryRunner.query(rekey('commentary_versions', 'number', 'id'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rekey('commentary', 'id', 'number'));
    await queryRunner.query(rekey('commentary_versions', 'id', 'number'));
  }
}
