import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Organ } from '../organ/organ.type.js';
import type { CaseKind as CaseKindValue, CaseStatus as CaseStatusValue } from './case.entity.js';
import { ChangeCaseAttachmentAccessInput, ChangeCaseStatusInput, RegisterCaseInput, UpdateCaseInput } from './case.inputs.js';
import { toCase } from './case.mapper.js';
import { CASES_PAGE_MAX } from './case.service.js';
import { Case, CaseAttachment, CaseContent, CaseKind, CaseStatus } from './case.type.js';

@ObjectType({ description: 'A page of cases, newest first.' })
export class CaseConnection {
  @Field(() => [Case], { description: 'The cases of this page.' })
  nodes: Case[];

  @Field(() => Int, { description: 'How many cases match the filters in all.' })
  totalCount: number;

  @Field(() => String, { nullable: true, description: 'Give as `after` for the next page; null when the page is empty.' })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Whether there are more cases after this page.' })
  hasNextPage: boolean;
}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => Case, {
    description:
      'One case; NOT_FOUND when there is none or the caller may not know of it (a draft outside their community). Its content as the case policy allows.',
  })
  async case(@Arg('id', () => ID, { description: "The case's id." }) id: string, @Ctx() { loaders }: Context): Promise<Case> {
    const caseId = parseId(id, 'id');
    const found = await loaders.caseById.load(caseId);
    if (!found) throw notFound('case', caseId);
    return found;
  }

  @Authorized<Access>('PUBLIC')
  @Query(() => CaseConnection, {
    description:
      "An organ's cases, newest first, filtered and searched (Norwegian full text). Drafts only for the community's own users; the search matches exempt content only for those who may read it.",
  })
  async cases(
    @Arg('organId', () => ID, { description: 'The organ.' }) organId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only cases of this year.' }) year: number | undefined,
    @Arg('statuses', () => [CaseStatus], { nullable: true, description: 'Only cases in these statuses.' })
    statuses: CaseStatusValue[] | undefined,
    @Arg('kinds', () => [CaseKind], { nullable: true, description: 'Only cases of these kinds.' }) kinds: CaseKindValue[] | undefined,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words to find (Norwegian stemming; "quotes" for a phrase, -word to leave out).',
    })
    search: string | undefined,
    @Arg('first', () => Int, { nullable: true, description: `How many (default 50, at most ${CASES_PAGE_MAX}).` })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: "The previous page's endCursor." }) after: string | undefined,
    @Ctx() { services, caller }: Context,
  ): Promise<CaseConnection> {
    const page = await services.cases.list(caller, {
      organId: parseId(organId, 'organId'),
      year: year ?? null,
      statuses: statuses ?? null,
      kinds: kinds ?? null,
      search: search ?? null,
      first: Math.min(Math.max(first ?? 50, 1), CASES_PAGE_MAX),
      after: after ?? null,
    });
    return Object.assign(new CaseConnection(), {
      nodes: page.rows.map((row) => toCase(caller, row)),
      totalCount: page.totalCount,
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    });
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Case, { description: 'Registers a case as a draft with the next number of its organ and year (secretariat).' })
  async registerCase(
    @Arg('input', () => RegisterCaseInput, { description: 'The values; each field is described on the input type.' })
    input: RegisterCaseInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Case> {
    return toCase(caller, await services.cases.register(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Case, { description: "Changes a case's fields and linked cases, on the version read (secretariat)." })
  async updateCase(
    @Arg('input', () => UpdateCaseInput, { description: 'The values; each field is described on the input type.' }) input: UpdateCaseInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Case> {
    return toCase(caller, await services.cases.update(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Case, { description: 'Submits a case to its organ, withdraws it, or takes it back to draft (secretariat).' })
  async changeCaseStatus(
    @Arg('input', () => ChangeCaseStatusInput, { description: 'The case, its version and the new status.' }) input: ChangeCaseStatusInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Case> {
    return toCase(caller, await services.cases.changeStatus(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Case, { description: 'Removes a file from a case that can still change (secretariat).' })
  async removeCaseAttachment(
    @Arg('id', () => ID, { description: "The attachment's id." }) id: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Case> {
    return toCase(caller, await services.cases.removeAttachment(caller, parseId(id, 'id')));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Case, {
    description: "Makes a case's file public or exempts it with a legal basis, at any stage of the case (secretariat).",
  })
  async changeCaseAttachmentAccess(
    @Arg('input', () => ChangeCaseAttachmentAccessInput, { description: 'The attachment and its new access.' })
    input: ChangeCaseAttachmentAccessInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Case> {
    return toCase(
      caller,
      await services.cases.changeAttachmentAccess(caller, { ...input, attachmentId: parseId(input.attachmentId, 'attachmentId') }),
    );
  }

  @FieldResolver(() => CaseContent, {
    nullable: true,
    description:
      "Not public when exempt: the recommendation and texts; null for those who may not read the case's content (an exempt case without cases:read-exempt).",
  })
  content(@Root() found: Case): CaseContent | null {
    const row = found.row;
    if (!row) return null;
    return Object.assign(new CaseContent(), {
      caseId: row.id,
      recommendation: row.recommendation,
      background: row.background,
      municipalAssessment: row.municipalAssessment,
      hospitalAssessment: row.hospitalAssessment,
    });
  }

  @FieldResolver(() => Organ, { description: 'The organ the case is registered to.' })
  async organ(@Root() found: Case, @Ctx() { loaders }: Context): Promise<Organ> {
    const organ = await loaders.organById.load(found.organId);
    if (!organ) throw new Error(`Case ${found.id} has no organ.`);
    return organ;
  }
}

@Resolver(() => CaseContent)
export class CaseContentResolver {
  @FieldResolver(() => [CaseAttachment], {
    description: 'The files, in order; an exempt file without its name for those who may not read it.',
  })
  async attachments(@Root() content: CaseContent, @Ctx() { loaders }: Context): Promise<CaseAttachment[]> {
    return loaders.attachmentsByCase.load(content.caseId);
  }

  @FieldResolver(() => [Case], { description: "Other cases listed among the case's papers, in order (those the caller may know of)." })
  async linkedCases(@Root() content: CaseContent, @Ctx() { loaders }: Context): Promise<Case[]> {
    const ids = await loaders.linkedCaseIdsByCase.load(content.caseId);
    return (await loaders.caseById.loadMany(ids)).filter((linked): linked is Case => linked !== null && !(linked instanceof Error));
  }
}
