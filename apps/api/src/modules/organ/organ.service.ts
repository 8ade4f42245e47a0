import { badUserInput, conflict, notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { OrganEntity } from './organ.entity.js';
import type { CreateOrganInput, OrganRulesInput, UpdateOrganInput } from './organ.inputs.js';
import { assertOrganConsistent } from './organ.rules.js';

export class OrganService {
  constructor(private readonly inTransaction: InTransaction) {}

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
        ...rulesColumns(input.rules),
      });
      assertOrganConsistent(organ);
      await assertNameFree(repositories, organ);
      await assertOfficersElector(repositories, organ);
      const saved = await repositories.organs.save(organ);
      await repositories.audit.record(caller, { action: 'CREATE', entityType: 'Organ', entityId: saved.id, communityId, after: saved });
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
      if (input.rules !== undefined) Object.assign(organ, rulesColumns(input.rules));
      assertOrganConsistent(organ);
      await assertNameFree(repositories, organ);
      await assertOfficersElector(repositories, organ);
      const saved = await repositories.organs.save(organ);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Organ',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: saved,
      });
      return saved;
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

function rulesColumns(rules: OrganRulesInput) {
  return {
    meetingsPerYear: rules.meetingsPerYear ?? null,
    caseSubmissionDeadlineDays: rules.caseSubmissionDeadlineDays ?? null,
    noticePeriodDays: rules.noticePeriodDays ?? null,
    noticePeriodMaxDays: rules.noticePeriodMaxDays ?? null,
    extraordinaryNoticeDays: rules.extraordinaryNoticeDays ?? null,
    protocolDeadlineDays: rules.protocolDeadlineDays ?? null,
    minutesObjectionPeriodDays: rules.minutesObjectionPeriodDays ?? null,
    decisionRule: rules.decisionRule,
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
