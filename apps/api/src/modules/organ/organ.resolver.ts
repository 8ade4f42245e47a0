import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Access } from '../auth/access.js';
import { parseId } from '../../common/ids.js';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import { ChangeOrganRulesInput, CreateOrganInput, UpdateOrganInput } from './organ.inputs.js';
import { toOrgan, toOrganRules, toRuleVersion } from './organ.mapper.js';
import { Organ, OrganRules, OrganRuleVersion } from './organ.type.js';

@Resolver(() => Organ)
export class OrganResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Organ, { description: 'Registers an organ with its rules of procedure (in force from its establishment, else today).' })
  async createOrgan(
    @Arg('input', () => CreateOrganInput, { description: 'The values; each field is described on the input type.' })
    input: CreateOrganInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Organ> {
    return toOrgan(await services.organs.create(caller, parseId(input.communityId, 'communityId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Organ, { description: 'Changes an organ, e.g. records that it was dissolved; rules given change from today.' })
  async updateOrgan(
    @Arg('id', () => ID, { description: "The organ's id." }) id: string,
    @Arg('input', () => UpdateOrganInput, { description: 'The values; each field is described on the input type.' })
    input: UpdateOrganInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Organ> {
    return toOrgan(await services.organs.update(caller, parseId(id, 'id'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Organ, {
    description:
      "Changes an organ's rules of procedure from a date, today or later; earlier meetings and deadlines keep their rules (secretariat).",
  })
  async changeOrganRules(
    @Arg('input', () => ChangeOrganRulesInput, { description: 'The organ, the date and the complete rules from then.' })
    input: ChangeOrganRulesInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Organ> {
    return toOrgan(await services.organs.changeRules(caller, parseId(input.organId, 'organId'), input));
  }

  @FieldResolver(() => OrganRules, { description: 'The rules of procedure in force on a date (the first version for a date before it).' })
  async rules(
    @Root() organ: Organ,
    @Arg('at', () => LocalDate, { nullable: true, description: 'The date; today when left out.' }) at: string | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<OrganRules> {
    const version = await loaders.rulesByOrganAt.load({ id: organ.id, argument: at ?? services.clock.today() });
    if (!version) throw new Error(`Organ ${organ.id} has no rules of procedure.`);
    return toOrganRules(organ, version);
  }

  @FieldResolver(() => [OrganRuleVersion], { description: 'Every version of the rules of procedure, oldest first.' })
  async ruleVersions(@Root() organ: Organ, @Ctx() { loaders }: Context): Promise<OrganRuleVersion[]> {
    return (await loaders.ruleVersionsByOrgan.load(organ.id)).map(toRuleVersion);
  }
}
