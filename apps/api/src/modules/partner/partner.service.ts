import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { Repositories } from '../../database/repositories.js';
import { PartnerEntity } from './partner.entity.js';
import type { CreatePartnerInput, SetPopulationInput, UpdatePartnerInput } from './partner.inputs.js';
import { assertPartnerConsistent } from './partner.rules.js';

export class PartnerService {
  constructor(private readonly repositories: Repositories) {}

  async get(partnerId: string): Promise<PartnerEntity> {
    const partner = await this.repositories.partners.findById(partnerId);
    if (!partner) throw notFound('partner', partnerId);
    return partner;
  }

  async create(communityId: string, input: CreatePartnerInput): Promise<PartnerEntity> {
    if (!(await this.repositories.communities.findById(communityId))) throw notFound('community', communityId);
    const partner = Object.assign(new PartnerEntity(), {
      communityId,
      name: input.name.trim(),
      kind: input.kind,
      municipalityNumber: input.municipalityNumber ?? null,
      joinedOn: input.joinedOn ?? null,
      leftOn: input.leftOn ?? null,
    });
    assertPartnerConsistent(partner);
    await this.assertMunicipalityNumberFree(partner);
    return this.repositories.partners.save(partner);
  }

  async update(partnerId: string, input: UpdatePartnerInput): Promise<PartnerEntity> {
    const partner = await this.get(partnerId);
    if (input.name !== undefined) partner.name = input.name.trim();
    if (input.municipalityNumber !== undefined) partner.municipalityNumber = input.municipalityNumber;
    if (input.joinedOn !== undefined) partner.joinedOn = input.joinedOn;
    if (input.leftOn !== undefined) partner.leftOn = input.leftOn;
    assertPartnerConsistent(partner);
    await this.assertMunicipalityNumberFree(partner);
    return this.repositories.partners.save(partner);
  }

  async setPopulation(partnerId: string, input: SetPopulationInput): Promise<PartnerEntity> {
    const partner = await this.get(partnerId);
    if (partner.kind !== 'MUNICIPALITY') throw badUserInput('partnerId', 'only a municipality has a population figure');
    await this.repositories.partners.savePopulation(partner.id, input.year, input.population);
    return partner;
  }

  private async assertMunicipalityNumberFree(partner: PartnerEntity): Promise<void> {
    if (!partner.municipalityNumber) return;
    const holder = await this.repositories.partners.findByMunicipalityNumber(partner.communityId, partner.municipalityNumber);
    if (holder && holder.id !== partner.id) {
      throw conflict(
        `municipalityNumber: ${partner.municipalityNumber} already belongs to ${holder.name} in this community.`,
        'municipalityNumber',
      );
    }
  }
}
