import DataLoader from 'dataloader';
import { argumentLoader } from '../../common/argument-loader.js';
import { groupByKeys } from '../../common/group.js';
import type { Repositories } from '../../database/repositories.js';
import { toOrgan } from './organ.mapper.js';
import type { RuleVersionRow } from './organ.repository.js';
import type { Organ } from './organ.type.js';

export function createOrganLoaders(repositories: Repositories) {
  return {
    organsByCommunity: new DataLoader<string, Organ[]>(async (communityIds) =>
      groupByKeys(communityIds, (await repositories.organs.readByCommunityIds(communityIds)).map(toOrgan), (organ) => organ.communityId),
    ),
    /** An organ by id, e.g. a case's or a meeting's (organs are public). */
    organById: new DataLoader<string, Organ | null>(async (organIds) => {
      const found = new Map((await repositories.organs.readByIds(organIds)).map((row) => [row.id, toOrgan(row)]));
      return organIds.map((id) => found.get(id) ?? null);
    }),
    /** For `rules(at:)`: one statement per date asked, for every organ of the request. */
    rulesByOrganAt: argumentLoader<string, RuleVersionRow | null>(async (organIds, at) => {
      const found = new Map((await repositories.organs.readRulesAt(organIds, at)).map((row) => [row.organId, row]));
      return organIds.map((organId) => found.get(organId) ?? null);
    }),
    ruleVersionsByOrgan: new DataLoader<string, RuleVersionRow[]>(async (organIds) =>
      groupByKeys(organIds, await repositories.organs.readRuleVersions(organIds), (row) => row.organId),
    ),
  };
}
