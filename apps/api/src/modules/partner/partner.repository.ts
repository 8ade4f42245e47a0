import { In, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { PartnerEntity, PartnerPopulationEntity } from './partner.entity.js';
import type { Partner } from './partner.type.js';

/** The columns of a `Partner` row, from the table aliased `p`: what the GraphQL type shows, no timestamps. */
export const PARTNER_COLUMNS = `p.id, p.community_id AS "communityId", p.name, p.kind,
  p.municipality_number AS "municipalityNumber", p.joined_on AS "joinedOn", p.left_on AS "leftOn"`;

export interface PopulationRow {
  partnerId: string;
  year: number;
  population: number;
}

export class PartnerRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.manager.find(PartnerEntity, {
      where: { communityId: In([...communityIds]) },
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  /** The partners of the communities as plain rows: the hospital trust first, then the municipalities by name. */
  readByCommunityIds(communityIds: readonly string[]): Promise<Partner[]> {
    return selectRows<Partner>(
      this.manager,
      `SELECT ${PARTNER_COLUMNS} FROM partner p WHERE p.community_id = ANY($1::uuid[]) ORDER BY p.kind, p.name`,
      [communityIds],
    );
  }

  findById(partnerId: string): Promise<PartnerEntity | null> {
    return this.manager.findOneBy(PartnerEntity, { id: partnerId });
  }

  findByIds(communityId: string, partnerIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.manager.findBy(PartnerEntity, { communityId, id: In([...partnerIds]) });
  }

  /** Partners by id whatever their community, as entities for a service's rules. */
  findByIdsInAnyCommunity(partnerIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.manager.findBy(PartnerEntity, { id: In([...partnerIds]) });
  }

  findByMunicipalityNumber(communityId: string, municipalityNumber: string): Promise<PartnerEntity | null> {
    return this.manager.findOneBy(PartnerEntity, { communityId, municipalityNumber });
  }

  save(entity: PartnerEntity): Promise<PartnerEntity> {
    return this.manager.save(PartnerEntity, entity);
  }

  /** Every recorded figure of the partners, oldest year first. */
  readPopulations(partnerIds: readonly string[]): Promise<PopulationRow[]> {
    return selectRows<PopulationRow>(
      this.manager,
      `SELECT partner_id AS "partnerId", year, population FROM partner_population WHERE partner_id = ANY($1::uuid[]) ORDER BY year`,
      [partnerIds],
    );
  }

  /** The figures of one year only (the primary key (partner_id, year) finds each). */
  readPopulationsOfYear(partnerIds: readonly string[], year: number): Promise<PopulationRow[]> {
    return selectRows<PopulationRow>(
      this.manager,
      `SELECT partner_id AS "partnerId", year, population FROM partner_population WHERE partner_id = ANY($1::uuid[]) AND year = $2`,
      [partnerIds, year],
    );
  }

  async savePopulation(partnerId: string, year: number, population: number): Promise<void> {
    await this.manager.upsert(PartnerPopulationEntity, { partnerId, year, population }, ['partnerId', 'year']);
  }
}
