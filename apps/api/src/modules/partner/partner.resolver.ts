import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { RegionalCouncil } from '../regional-council/regional-council.type.js';
import { CreatePartnerInput, SetPopulationInput, UpdatePartnerInput } from './partner.inputs.js';
import { toPartner } from './partner.mapper.js';
import { Partner, PopulationFigure } from './partner.type.js';

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Partner, { description: 'Adds a municipality or the hospital trust to a community (secretariat).' })
  async createPartner(
    @Arg('input', () => CreatePartnerInput, { description: 'The values; each field is described on the input type.' })
    input: CreatePartnerInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Partner> {
    return toPartner(await services.partners.create(caller, parseId(input.communityId, 'communityId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Partner, { description: 'Changes a partner (secretariat).' })
  async updatePartner(
    @Arg('id', () => ID, { description: "The partner's id." }) id: string,
    @Arg('input', () => UpdatePartnerInput, { description: 'The values; each field is described on the input type.' })
    input: UpdatePartnerInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Partner> {
    return toPartner(await services.partners.update(caller, parseId(id, 'id'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Partner, { description: "Records a municipality's population per 1 January of a year (replaces an earlier figure)." })
  async setPartnerPopulation(
    @Arg('input', () => SetPopulationInput, { description: 'The values; each field is described on the input type.' })
    input: SetPopulationInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Partner> {
    return toPartner(await services.partners.setPopulation(caller, parseId(input.partnerId, 'partnerId'), input));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Population per 1 January of the year; null when not recorded.' })
  async population(
    @Root() partner: Partner,
    @Arg('year', () => Int, { description: 'The year the population applies to (per 1 January).' }) year: number,
    @Ctx() { loaders }: Context,
  ): Promise<number | null> {
    return loaders.populationByPartnerInYear.load({ id: partner.id, argument: year });
  }

  @FieldResolver(() => [PopulationFigure], { description: 'Every recorded population figure, oldest year first.' })
  async populations(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<PopulationFigure[]> {
    return loaders.populationsByPartner.load(partner.id);
  }

  @FieldResolver(() => RegionalCouncil, { nullable: true, description: 'The regional council the municipality belongs to, if any.' })
  async regionalCouncil(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<RegionalCouncil | null> {
    return loaders.regionalCouncilByPartner.load(partner.id);
  }
}
