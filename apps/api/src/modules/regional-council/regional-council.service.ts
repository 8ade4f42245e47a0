import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { RegionalCouncilEntity } from './regional-council.entity.js';
import type { CreateRegionalCouncilInput, UpdateRegionalCouncilInput } from './regional-council.inputs.js';

export class RegionalCouncilService {
  constructor(private readonly inTransaction: InTransaction) {}

  create(
    caller: Caller,
    communityId: string,
    input: CreateRegionalCouncilInput,
    memberPartnerIds: string[],
  ): Promise<RegionalCouncilEntity> {
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      authorize(caller, 'community:administer', communityId);
      const name = input.name.trim();
      await assertNameFree(repositories, communityId, name);
      const council = await repositories.regionalCouncils.save(Object.assign(new RegionalCouncilEntity(), { communityId, name }));
      await replaceMembers(repositories, council, memberPartnerIds);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'RegionalCouncil',
        entityId: council.id,
        communityId,
        after: { ...council, memberPartnerIds },
      });
      return council;
    });
  }

  update(
    caller: Caller,
    regionalCouncilId: string,
    input: UpdateRegionalCouncilInput,
    memberPartnerIds: string[] | undefined,
  ): Promise<RegionalCouncilEntity> {
    return this.inTransaction(async (repositories) => {
      const council = await repositories.regionalCouncils.findById(regionalCouncilId);
      if (!council) throw notFound('regionalCouncil', regionalCouncilId);
      authorize(caller, 'community:administer', council.communityId);
      const memberIdsBefore = (await repositories.regionalCouncils.findMembersOfCouncils([council.id])).map((member) => member.partnerId);
      const before = { ...council, memberPartnerIds: memberIdsBefore };
      if (input.name !== undefined && input.name.trim() !== council.name) {
        await assertNameFree(repositories, council.communityId, input.name.trim());
        council.name = input.name.trim();
      }
      const saved = await repositories.regionalCouncils.save(council);
      if (memberPartnerIds) await replaceMembers(repositories, saved, memberPartnerIds);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'RegionalCouncil',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: { ...saved, memberPartnerIds: memberPartnerIds ?? memberIdsBefore },
      });
      return saved;
    });
  }
}

async function assertNameFree(repositories: Repositories, communityId: string, name: string): Promise<void> {
  if (await repositories.regionalCouncils.findByName(communityId, name)) {
    throw conflict(
      'REGIONAL_COUNCIL_NAME_TAKEN',
      { name },
      `name: a regional council named "${name}" already exists in this community.`,
      'name',
    );
  }
}

/** Members must be municipalities of the same community, each in no other council. */
async function replaceMembers(repositories: Repositories, council: RegionalCouncilEntity, partnerIds: string[]): Promise<void> {
  const partners = await repositories.partners.findByIds(council.communityId, partnerIds);
  const found = new Map(partners.map((partner) => [partner.id, partner]));
  partnerIds.forEach((partnerId, index) => {
    const partner = found.get(partnerId);
    const field = `memberPartnerIds[${index}]`;
    if (!partner) throw badUserInput(field, 'PARTNER_NOT_IN_COMMUNITY', { partnerId }, `no partner with id ${partnerId} in this community`);
    if (partner.kind !== 'MUNICIPALITY') {
      throw badUserInput(field, 'NOT_A_MUNICIPALITY', { name: partner.name }, `${partner.name} is not a municipality`);
    }
  });
  const memberships = await repositories.regionalCouncils.findMembershipsOfPartners(partnerIds);
  const elsewhere = memberships.find((membership) => membership.regionalCouncilId !== council.id);
  if (elsewhere) {
    const municipality = found.get(elsewhere.partnerId)?.name ?? elsewhere.partnerId;
    throw conflict(
      'MUNICIPALITY_IN_ANOTHER_COUNCIL',
      { municipality },
      `memberPartnerIds: ${municipality} already belongs to another regional council.`,
      'memberPartnerIds',
    );
  }
  await repositories.regionalCouncils.replaceMembers(council.id, partnerIds);
}
