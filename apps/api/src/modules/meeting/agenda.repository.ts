import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { CaseStatus, RecordAccess } from '../case/case.entity.js';
import { AgendaItemEntity } from './meeting.entity.js';

/** A case as the agenda's rules need it: where it stands and when it was submitted, never its content. */
export interface AgendaCaseRow {
  id: string;
  communityId: string;
  organId: string;
  year: number;
  number: number;
  reference: string;
  status: CaseStatus;
  access: RecordAccess;
  submittedOn: string | null;
  version: number;
}

/** An agenda item with what the policy and the deadline rule need of its case. */
export interface AgendaItemRow {
  id: string;
  meetingId: string;
  caseId: string;
  position: number;
  lateExceptionReason: string | null;
  lateExceptionRecordedAt: Date | null;
  caseCommunityId: string;
  caseStatus: CaseStatus;
  caseAccess: RecordAccess;
  caseSubmittedOn: string | null;
}

const CASE_COLUMNS = `id, community_id AS "communityId", organ_id AS "organId", year, number, reference, status, access,
  submitted_on AS "submittedOn", version`;

/** The agenda of meetings: cases in order; the only code that writes a case's status for the agenda. */
export class AgendaRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The case, locked until the transaction ends, so two agendas cannot take it at once. */
  async findCaseForUpdate(caseId: string): Promise<AgendaCaseRow | null> {
    const [row] = await selectRows<AgendaCaseRow>(this.manager, `SELECT ${CASE_COLUMNS} FROM case_file WHERE id = $1 FOR UPDATE`, [caseId]);
    return row ?? null;
  }

  /** Sets a case's status (on an agenda, or back to submitted), raising its version. */
  async setCaseStatus(caseId: string, status: CaseStatus): Promise<void> {
    await this.manager.query(`UPDATE case_file SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [caseId, status]);
  }

  findItems(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.manager.find(AgendaItemEntity, { where: { meetingId }, order: { position: 'ASC' } });
  }

  saveItem(item: AgendaItemEntity): Promise<AgendaItemEntity> {
    return this.manager.save(AgendaItemEntity, item);
  }

  /** Gives the items their new positions in one statement (the unique positions are checked at commit). */
  async setPositions(meetingId: string, caseIdsInOrder: readonly string[]): Promise<void> {
    await this.manager.query(
      `UPDATE agenda_item a SET position = o.position
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(case_id, position)
       WHERE a.meeting_id = $1 AND a.case_id = o.case_id`,
      [meetingId, caseIdsInOrder],
    );
  }

  async deleteItem(meetingId: string, caseId: string): Promise<void> {
    await this.manager.delete(AgendaItemEntity, { meetingId, caseId });
  }

  /** The agendas of the meetings, in order, with what the policy and the deadline need of each case. */
  readByMeetings(meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    return selectRows<AgendaItemRow>(
      this.manager,
      `SELECT a.id, a.meeting_id AS "meetingId", a.case_id AS "caseId", a.position,
         a.late_exception_reason AS "lateExceptionReason", a.late_exception_recorded_at AS "lateExceptionRecordedAt",
         c.community_id AS "caseCommunityId", c.status AS "caseStatus", c.access AS "caseAccess", c.submitted_on AS "caseSubmittedOn"
       FROM agenda_item a JOIN case_file c ON c.id = a.case_id
       WHERE a.meeting_id = ANY($1::uuid[]) ORDER BY a.meeting_id, a.position`,
      [meetingIds],
    );
  }
}
