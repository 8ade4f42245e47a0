import { badUserInput, conflict, notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import type { Clock } from '../../common/clock.js';
import { OrganEntity, OrganRuleVersionEntity } from './organ.entity.js';
import type { ChangeOrganRulesInput, CreateOrganInput, OrganRulesInput, ProcedureRulesInput, UpdateOrganInput } from './organ.inputs.js';
import { assertOrganConsistent, assertProcedureConsistent, sameProcedure } from './organ.rules.js';

export class OrganService {
  constructor(
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  create(caller: Caller, communityId: string, input: CreateOrganInput): Promise<OrganEntity> {
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      authorize(caller, 'community:administer', communityId);
      const organ = Object.assign(new OrganEntity(), {
        communityId,
        name: input.name.trim(),
        kind: input.kind,
        establishedOn: input.establishedOn ?? null,
        dissolvedOn: input.dissolvedOn ?? null,
        ...officersColumns(input.rules),
      });
      assertOrganConsistent(organ);
      assertProcedureConsistent(input.rules);
      await assertNameFree(repositories, organ);
      await assertOfficersElector(repositories, organ);
      const saved = await repositories.organs.save(organ);
      // The first rules are in force from the establishment (from today when that is not known).
      const rules = ruleVersion(saved.id, saved.establishedOn ?? this.clock.today(), input.rules);
      await repositories.organs.saveRuleVersion(rules);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Organ',
        entityId: saved.id,
        communityId,
        after: { ...saved, rules },
      });
      return saved;
    });
  }

  update(caller: Caller, organId: string, input: UpdateOrganInput): Promise<OrganEntity> {
    return this.inTransaction(async (repositories) => {
      const organ = await repositories.organs.findById(organId);
      if (!organ) throw notFound('organ', organId);
      authorize(caller, 'community:administer', organ.communityId);
      const before = { ...organ };
      if (input.name !== undefined) organ.name = input.name.trim();
      if (input.kind !== undefined) organ.kind = input.kind;
      if (input.establishedOn !== undefined) organ.establishedOn = input.establishedOn;
      if (input.dissolvedOn !== undefined) organ.dissolvedOn = input.dissolvedOn;
      if (input.rules !== undefined) Object.assign(organ, officersColumns(input.rules));
      assertOrganConsistent(organ);
      if (input.rules !== undefined) assertProcedureConsistent(input.rules);
      await assertNameFree(repositories, organ);
      await assertOfficersElector(repositories, organ);
      const saved = await repositories.organs.save(organ);
      // Rules given here change from today (changeOrganRules sets another day); given unchanged, as
      // when only the officers' rules change, they make no new version.
      const today = this.clock.today();
      const given = input.rules === undefined ? undefined : ruleVersion(saved.id, today, input.rules);
      const [inForce] = given ? await repositories.organs.readRulesAt([saved.id], today) : [];
      const rules = given && !(inForce && sameProcedure(inForce, given)) ? given : undefined;
      if (rules) await repositories.organs.saveRuleVersion(rules);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Organ',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: rules ? { ...saved, rules } : saved,
      });
      return saved;
    });
  }

  /** A new version of the rules from a date, today or later (one starting the same day is replaced). */
  changeRules(caller: Caller, organId: string, input: ChangeOrganRulesInput): Promise<OrganEntity> {
    return this.inTransaction(async (repositories) => {
      const organ = await repositories.organs.findById(organId);
      if (!organ) throw notFound('organ', organId);
      authorize(caller, 'community:administer', organ.communityId);
      const today = this.clock.today();
      if (input.effectiveFrom < today) {
        throw badUserInput(
          'effectiveFrom',
          'RULES_CHANGE_IN_PAST',
          { today },
          `must be today (${today}) or later: meetings and deadlines before it keep the rules they had`,
        );
      }
      assertProcedureConsistent(input, 'noticePeriodMaxDays');
      const rules = ruleVersion(organ.id, input.effectiveFrom, input);
      const before = (await repositories.organs.readRuleVersions([organ.id])).find(
        (version) => version.effectiveFrom === input.effectiveFrom,
      );
      await repositories.organs.saveRuleVersion(rules);
      await repositories.audit.record(caller, {
        action: before ? 'UPDATE' : 'CREATE',
        entityType: 'OrganRuleVersion',
        entityId: `${organ.id}/${input.effectiveFrom}`,
        communityId: organ.communityId,
        before: before ?? null,
        after: rules,
      });
      return organ;
    });
  }
}

async function assertNameFree(repositories: Repositories, organ: OrganEntity): Promise<void> {
  const holder = await repositories.organs.findByName(organ.communityId, organ.name);
  if (holder && holder.id !== organ.id) {
    throw conflict(
      'ORGAN_NAME_TAKEN',
      { name: organ.name },
      `name: an organ named "${organ.name}" already exists in this community.`,
      'name',
    );
  }
}

function ruleVersion(organId: string, effectiveFrom: string, rules: ProcedureRulesInput): OrganRuleVersionEntity {
  return Object.assign(new OrganRuleVersionEntity(), {
    organId,
    effectiveFrom,
    meetingsPerYear: rules.meetingsPerYear ?? null,
    caseSubmissionDeadlineDays: rules.caseSubmissionDeadlineDays ?? null,
    noticePeriodDays: rules.noticePeriodDays ?? null,
    noticePeriodMaxDays: rules.noticePeriodMaxDays ?? null,
    extraordinaryNoticeDays: rules.extraordinaryNoticeDays ?? null,
    protocolDeadlineDays: rules.protocolDeadlineDays ?? null,
    minutesObjectionPeriodDays: rules.minutesObjectionPeriodDays ?? null,
    decisionRule: rules.decisionRule,
  });
}

function officersColumns(rules: OrganRulesInput) {
  return {
    officersElectedByOrganId: rules.officersElectedByOrganId
      ? parseId(rules.officersElectedByOrganId, 'rules.officersElectedByOrganId')
      : null,
    chairRotationYears: rules.chairRotationYears ?? null,
  };
}

/** The organ that elects the officers is another organ of the same community. */
async function assertOfficersElector(repositories: Repositories, organ: OrganEntity): Promise<void> {
  if (!organ.officersElectedByOrganId) return;
  const elector = await repositories.organs.findById(organ.officersElectedByOrganId);
  if (!elector || elector.communityId !== organ.communityId || elector.id === organ.id) {
    throw badUserInput('rules.officersElectedByOrganId', 'ELECTING_ORGAN_INVALID', {}, 'must be another organ of the same community');
  }
}
