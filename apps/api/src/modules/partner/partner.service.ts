import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { PartnerEntity } from './partner.entity.js';
import type { CreatePartnerInput, SetPopulationInput, UpdatePartnerInput } from './partner.inputs.js';
import { assertPartnerConsistent } from './partner.rules.js';

export class PartnerService {
  constructor(private readonly inTransaction: InTransaction) {}

  create(caller: Caller, communityId: string, input: CreatePartnerInput): Promise<PartnerEntity> {
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      authorize(caller, 'community:administer', communityId);
      const partner = Object.assign(new PartnerEntity(), {
        communityId,
        name: input.name.trim(),
        kind: input.kind,
        municipalityNumber: input.municipalityNumber ?? null,
        joinedOn: input.joinedOn ?? null,
        leftOn: input.leftOn ?? null,
      });
      assertPartnerConsistent(partner);
      await assertMunicipalityNumberFree(repositories, partner);
      const saved = await repositories.partners.save(partner);
      await repositories.audit.record(caller, { action: 'CREATE', entityType: 'Partner', entityId: saved.id, communityId, after: saved });
      return saved;
    });
  }

  update(caller: Caller, partnerId: string, input: UpdatePartnerInput): Promise<PartnerEntity> {
    return this.inTransaction(async (repositories) => {
      const partner = await findPartner(repositories, partnerId);
      authorize(caller, 'community:administer', partner.communityId);
      const before = { ...partner };
      if (input.name !== undefined) partner.name = input.name.trim();
      if (input.municipalityNumber !== undefined) partner.municipalityNumber = input.municipalityNumber;
      if (input.joinedOn !== undefined) partner.joinedOn = input.joinedOn;
      if (input.leftOn !== undefined) partner.leftOn = input.leftOn;
      assertPartnerConsistent(partner);
      await assertMunicipalityNumberFree(repositories, partner);
      const saved = await repositories.partners.save(partner);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Partner',
        entityId: saved.id,
        communityId: saved.communityId,
        before,
        after: saved,
      });
      return saved;
    });
  }

  setPopulation(caller: Caller, partnerId: string, input: SetPopulationInput): Promise<PartnerEntity> {
    return this.inTransaction(async (repositories) => {
      const partner = await findPartner(repositories, partnerId);
      authorize(caller, 'community:administer', partner.communityId);
      if (partner.kind !== 'MUNICIPALITY')
        throw badUserInput('partnerId', 'POPULATION_ONLY_FOR_MUNICIPALITY', {}, 'only a municipality has a population figure');
      const before = (await repositories.partners.readPopulationsOfYear([partner.id], input.year))[0] ?? null;
      await repositories.partners.savePopulation(partner.id, input.year, input.population);
      await repositories.audit.record(caller, {
        action: before ? 'UPDATE' : 'CREATE',
        entityType: 'PartnerPopulation',
        entityId: `${partner.id}/${input.year}`,
        communityId: partner.communityId,
        before,
        after: { partnerId: partner.id, year: input.year, population: input.population },
      });
      return partner;
    });
  }
}

async function findPartner(repositories: Repositories, partnerId: string): Promise<PartnerEntity> {
  const partner = await repositories.partners.findById(partnerId);
  if (!partner) throw notFound('partner', partnerId);
  return partner;
}

async function assertMunicipalityNumberFree(repositories: Repositories, partner: PartnerEntity): Promise<void> {
  if (!partner.municipalityNumber) return;
  const holder = await repositories.partners.findByMunicipalityNumber(partner.communityId, partner.municipalityNumber);
  if (holder && holder.id !== partner.id) {
    throw conflict(
      'MUNICIPALITY_NUMBER_TAKEN',
      { municipalityNumber: partner.municipalityNumber, holder: holder.name },
      `municipalityNumber: ${partner.municipalityNumber} already belongs to ${holder.name} in this community.`,
      'municipalityNumber',
    );
  }
}
