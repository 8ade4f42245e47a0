import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { ApplyPopulationImportInput, PreviewPopulationImportInput } from './population-import.inputs.js';
import { PopulationImportPreview, PopulationImportResult } from './population-import.type.js';

@Resolver()
export class PopulationImportResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => PopulationImportPreview, {
    description: 'Compares a population CSV file from Statistics Norway with the register, writing nothing (secretariat).',
  })
  async previewPopulationImport(
    @Arg('input', () => PreviewPopulationImportInput, { description: 'The community and the file.' })
    input: PreviewPopulationImportInput,
    @Ctx() { services, caller }: Context,
  ): Promise<PopulationImportPreview> {
    return services.populationImport.preview(caller, parseId(input.communityId, 'communityId'), input.csv);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => PopulationImportResult, {
    description:
      "Writes a previewed population file's figures in one step; CONFLICT when the file or the figures changed since (secretariat).",
  })
  async applyPopulationImport(
    @Arg('input', () => ApplyPopulationImportInput, { description: "The community, the file and the preview's hash." })
    input: ApplyPopulationImportInput,
    @Ctx() { services, caller }: Context,
  ): Promise<PopulationImportResult> {
    return services.populationImport.apply(caller, parseId(input.communityId, 'communityId'), input.csv, input.hash);
  }
}
