import { conflict, notFound } from '../../common/errors.js';
import type { Repositories } from '../../database/repositories.js';
import { OrganEntity } from './organ.entity.js';
import type { CreateOrganInput, OrganRulesInput, UpdateOrganInput } from './organ.inputs.js';
import { assertOrganConsistent } from './organ.rules.js';

export class OrganService {
  constructor(private readonly repositories: Repositories) {}

  async get(organId: string): Promise<OrganEntity> {
    const organ = await this.repositories.organs.findById(organId);
    if (!organ) throw notFound('organ', organId);
    return organ;
  }

  async create(communityId: string, input: CreateOrganInput): Promise<OrganEntity> {
    if (!(await this.repositories.communities.findById(communityId))) throw notFound('community', communityId);
    const organ = Object.assign(new OrganEntity(), {
      communityId,
      name: input.name.trim(),
      kind: input.kind,
      establishedOn: input.establishedOn ?? null,
      dissolvedOn: input.dissolvedOn ?? null,
      ...rulesColumns(input.rules),
    });
    assertOrganConsistent(organ);
    await this.assertNameFree(organ);
    return this.repositories.organs.save(organ);
  }

  async update(organId: string, input: UpdateOrganInput): Promise<OrganEntity> {
    const organ = await this.get(organId);
    if (input.name !== undefined) organ.name = input.name.trim();
    if (input.kind !== undefined) organ.kind = input.kind;
    if (input.establishedOn !== undefined) organ.establishedOn = input.establishedOn;
    if (input.dissolvedOn !== undefined) organ.dissolvedOn = input.dissolvedOn;
    if (input.rules !== undefined) Object.assign(organ, rulesColumns(input.rules));
    assertOrganConsistent(organ);
    await this.assertNameFree(organ);
    return this.repositories.organs.save(organ);
  }

  private async assertNameFree(organ: OrganEntity): Promise<void> {
    const holder = await this.repositories.organs.findByName(organ.communityId, organ.name);
    if (holder && holder.id !== organ.id) throw conflict(`name: an organ named "${organ.name}" already exists in this community.`, 'name');
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
  };
}
