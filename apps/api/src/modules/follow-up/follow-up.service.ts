import { addDays } from '@helsefellesskap/calendar';
import type { Clock } from '../../common/clock.js';
import { AppError, badUserInput, conflict, forbidden, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { visibleCaseTitle } from '../case/case.policy.js';
import { mayReadDecisionContent, mayRecordFollowUp } from './follow-up.policy.js';
import type { FollowUpDecisionRow, FollowUpPartnerRow, FollowUpRecordRow } from './follow-up.repository.js';
import {
  checkFollowUp,
  daysSinceDecision,
  DEFAULT_OVERDUE_DAYS,
  isPartnerOn,
  MATRIX_DECISIONS_MAX,
  MAX_OVERDUE_DAYS,
  normaliseFollowUp,
  OVERDUE_MAX,
  type FollowUpValues,
} from './follow-up.rules.js';
import type { FollowUp, FollowUpDecision, FollowUpMatrix, FollowUpRow, OverdueFollowUp } from './follow-up.type.js';

export interface RecordFollowUpCommand extends FollowUpValues {
  decisionId: string;
  partnerId: string;
  expectedVersion: number;
}

/**
 * The follow-up of binding decisions (ADR 0029): a consensus decision binds the partners, and each anchors it
 * locally. Reads a decision's rows per partner, the matrix of a period and the partners still open after a
 * number of days, each in a constant number of statements; records one partner's handling with its version
 * checked in SQL and the audit event in the same transaction.
 */
export class FollowUpService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  /** A binding decision with one row per partner on its date. */
  async followUp(caller: Caller, decisionId: string): Promise<FollowUp> {
    const decision = await this.bindingDecision(caller, this.repositories, decisionId);
    const [partners, records] = await Promise.all([
      this.repositories.followUps.readPartners(decision.communityId),
      this.repositories.followUps.readRecords(decision.communityId, [decision.id]),
    ]);
    return this.present(caller, decision, partners, records, this.clock.today());
  }

  /** The binding decisions decided in [from, to] × the partners, at most MATRIX_DECISIONS_MAX decisions. */
  async matrix(caller: Caller, communityId: string, from: string, to: string): Promise<FollowUpMatrix> {
    authorize(caller, 'community:read-internal', communityId);
    if (to < from) throw badUserInput('to', 'ENDS_BEFORE_START', { startsOn: from }, `must not be before from (${from})`);
    const decisions = await this.repositories.followUps.readBindingDecisions(communityId, from, to, MATRIX_DECISIONS_MAX + 1);
    const shown = decisions.slice(0, MATRIX_DECISIONS_MAX);
    const [partners, records] = await Promise.all([
      this.repositories.followUps.readPartners(communityId),
      this.repositories.followUps.readRecords(
        communityId,
        shown.map((decision) => decision.id),
      ),
    ]);
    const today = this.clock.today();
    return {
      from,
      to,
      partners: partners.map(({ id, name, kind, municipalityNumber }) => ({ id, name, kind, municipalityNumber })),
      decisions: shown.map((decision) => this.present(caller, decision, partners, records, today)),
      hasMore: decisions.length > MATRIX_DECISIONS_MAX,
    };
  }

  /**
   * The binding decisions a partner (or any, when `partnerId` is null) has neither adopted nor declined
   * `olderThanDays` after the decision: oldest first, at most OVERDUE_MAX.
   */
  async overdue(caller: Caller, communityId: string, olderThanDays: number | null, partnerId: string | null): Promise<OverdueFollowUp[]> {
    authorize(caller, 'community:read-internal', communityId);
    const days = olderThanDays ?? DEFAULT_OVERDUE_DAYS;
    if (days < 0 || days > MAX_OVERDUE_DAYS)
      throw badUserInput('olderThanDays', 'OUT_OF_RANGE', { min: 0, max: MAX_OVERDUE_DAYS }, `must be between 0 and ${MAX_OVERDUE_DAYS}`);
    const today = this.clock.today();
    const open = await this.repositories.followUps.readOverdue(communityId, addDays(today, -days), partnerId, OVERDUE_MAX);
    const decisionIds = [...new Set(open.map((row) => row.decisionId))];
    const [decisions, partners, records] = await Promise.all([
      this.repositories.followUps.readDecisionsByIds(communityId, decisionIds),
      this.repositories.followUps.readPartners(communityId),
      this.repositories.followUps.readRecords(communityId, decisionIds),
    ]);
    const decisionById = new Map(decisions.map((decision) => [decision.id, decision]));
    const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
    const recordByKey = new Map(records.map((record) => [`${record.decisionId}:${record.partnerId}`, record]));
    return open.flatMap(({ decisionId, partnerId: rowPartnerId }) => {
      const decision = decisionById.get(decisionId);
      const partner = partnerById.get(rowPartnerId);
      if (!decision || !partner) return [];
      return [
        {
          decision: this.presentDecision(caller, decision),
          row: this.presentRow(caller, decision, partner, recordByKey.get(`${decisionId}:${rowPartnerId}`) ?? null, today),
        },
      ];
    });
  }

  /**
   * Records a partner's handling: refused unless the decision binds, the partner was one on its date and the
   * caller may record for it; the version read must still be the stored one (0: nothing recorded yet).
   */
  record(caller: Caller, command: RecordFollowUpCommand): Promise<FollowUp> {
    return this.inTransaction(async (repositories) => {
      const decision = await this.bindingDecision(caller, repositories, command.decisionId);
      authorize(caller, 'follow-up:record', decision.communityId);
      if (!mayRecordFollowUp(caller, decision.communityId, command.partnerId))
        throw forbidden('FOLLOW_UP_OF_OTHER_PARTNER', {}, "A municipality user records only their own municipality's follow-up.");
      const partners = await repositories.followUps.readPartners(decision.communityId);
      const partner = partners.find((candidate) => candidate.id === command.partnerId);
      // A partner of another community, or one that joined later or had left, is not bound by the decision.
      if (!partner || !isPartnerOn(partner, decision.decidedOn))
        throw badUserInput(
          'partnerId',
          'NOT_A_PARTNER_ON_DECISION_DATE',
          { decidedOn: decision.decidedOn },
          `was not a partner on ${decision.decidedOn}`,
        );
      const values = normaliseFollowUp(command);
      const today = this.clock.today();
      checkFollowUp(values, decision, today);
      const [before] = await repositories.followUps
        .readRecords(decision.communityId, [decision.id])
        .then((rows) => rows.filter((row) => row.partnerId === partner.id));
      const change = {
        ...values,
        decisionId: decision.id,
        partnerId: partner.id,
        communityId: decision.communityId,
        updatedAt: this.clock.now(),
        updatedBy: caller.kind === 'user' ? caller.userId : null,
      };
      const saved =
        command.expectedVersion === 0
          ? await repositories.followUps.insert(change)
          : await repositories.followUps.update(change, command.expectedVersion);
      if (!saved) {
        // The other save has committed by now (the insert waited for it): its version is the one to reload.
        const [current] = (await repositories.followUps.readRecords(decision.communityId, [decision.id])).filter(
          (row) => row.partnerId === partner.id,
        );
        throw stale(current?.version ?? 0);
      }
      await repositories.audit.record(caller, {
        action: before ? 'UPDATE' : 'CREATE',
        entityType: 'FollowUp',
        entityId: `${decision.id}/${partner.id}`,
        communityId: decision.communityId,
        before: before ?? null,
        after: { ...saved, partnerName: partner.name },
      });
      const records = await repositories.followUps.readRecords(decision.communityId, [decision.id]);
      return this.present(caller, decision, partners, records, today);
    });
  }

  /** The decision, read by any link of its chain; refused when the caller may not read it or it does not bind. */
  private async bindingDecision(caller: Caller, repositories: Repositories, decisionId: string): Promise<FollowUpDecisionRow> {
    const communityId = await repositories.followUps.findDecisionCommunity(decisionId);
    if (communityId === null) throw notFound('decision', decisionId);
    authorize(caller, 'community:read-internal', communityId);
    const decision = await repositories.followUps.readDecision(communityId, decisionId);
    if (!decision) throw notFound('decision', decisionId);
    if (decision.currentKind !== 'CONSENSUS')
      throw new AppError(
        'BAD_USER_INPUT',
        'DECISION_NOT_BINDING',
        { kind: decision.currentKind },
        `decisionId: the decision is ${decision.currentKind}; only a decision by consensus binds the partners`,
        'decisionId',
      );
    return decision;
  }

  private present(
    caller: Caller,
    decision: FollowUpDecisionRow,
    partners: readonly FollowUpPartnerRow[],
    records: readonly FollowUpRecordRow[],
    today: string,
  ): FollowUp {
    const byPartner = new Map(records.filter((record) => record.decisionId === decision.id).map((record) => [record.partnerId, record]));
    return {
      decision: this.presentDecision(caller, decision),
      rows: partners
        .filter((partner) => isPartnerOn(partner, decision.decidedOn))
        .map((partner) => this.presentRow(caller, decision, partner, byPartner.get(partner.id) ?? null, today)),
    };
  }

  private presentDecision(caller: Caller, decision: FollowUpDecisionRow): FollowUpDecision {
    const caseRecord = {
      communityId: decision.communityId,
      status: decision.caseStatus,
      access: decision.caseAccess,
      title: decision.caseTitle,
      publicTitle: decision.casePublicTitle,
    };
    return {
      id: decision.id,
      currentDecisionId: decision.currentId,
      caseId: decision.caseId,
      caseReference: decision.caseReference,
      caseTitle: visibleCaseTitle(caller, caseRecord),
      text: mayReadDecisionContent(caller, caseRecord) ? decision.text : null,
      organId: decision.organId,
      organName: decision.organName,
      meetingId: decision.meetingId,
      decidedOn: decision.decidedOn,
    };
  }

  private presentRow(
    caller: Caller,
    decision: FollowUpDecisionRow,
    partner: FollowUpPartnerRow,
    record: FollowUpRecordRow | null,
    today: string,
  ): FollowUpRow {
    const readsContent = mayReadDecisionContent(caller, {
      communityId: decision.communityId,
      status: decision.caseStatus,
      access: decision.caseAccess,
    });
    return {
      decisionId: decision.id,
      partnerId: partner.id,
      partnerName: partner.name,
      partnerKind: partner.kind,
      status: record?.status ?? 'NOT_STARTED',
      localReference: record?.localReference ?? null,
      localDate: record?.localDate ?? null,
      note: readsContent ? (record?.note ?? null) : null,
      daysSinceDecision: daysSinceDecision(decision.decidedOn, today),
      version: record?.version ?? 0,
      updatedAt: record?.updatedAt ?? null,
      canRecord: mayRecordFollowUp(caller, decision.communityId, partner.id),
    };
  }
}

function stale(currentVersion: number): AppError {
  return conflict('FOLLOW_UP_CHANGED', { currentVersion }, 'Someone recorded this follow-up since you read it: reload and try again.');
}
