import { yearOf } from '@helsefellesskap/calendar';
import type { OrganEntity } from '../../modules/organ/organ.entity.js';
import type { PartnerEntity } from '../../modules/partner/partner.entity.js';
import type { RegionalCouncilEntity } from '../../modules/regional-council/regional-council.entity.js';
import { noRules, partnershipMeeting, secretariat, strategicCommittee, type DemoOrgan } from '../demo-data.js';
import type { CommunitySeeding } from './national-scale.js';
import { municipalityCounts, populationSeries } from './populations.js';
import { municipalityName, municipalityNumber } from './synthetic-names.js';
import { topicsOf } from './topics.js';

export interface Register {
  hospital: PartnerEntity;
  municipalities: PartnerEntity[];
  councils: { council: RegionalCouncilEntity; members: PartnerEntity[] }[];
  partnership: OrganEntity;
  ssu: OrganEntity;
  /** The professional committees, by name. */
  committees: Map<string, OrganEntity>;
}

/** How many focus areas (3–5) the community's plan has; its professional committees follow from them. */
export function focusAreaCount(communityIndex: number): number {
  return 3 + (communityIndex % 3);
}

/**
 * The community's register through the services: its hospital trust, its municipalities with a
 * population for each year, the regional councils they form, and the organs of the cooperation
 * agreement (partnership meeting, SSU electing no officers itself, professional committees, secretariat).
 */
export async function seedRegister(seeding: CommunitySeeding, municipalityOffset: number): Promise<Register> {
  const { services, caller, communityId, index, names, scale, today } = seeding;
  const hospital = await services.partners.create(caller, communityId, { communityId, name: names.hospitalTrust, kind: 'HOSPITAL_TRUST' });

  const count = municipalityCounts(scale.communities, scale.municipalitiesPerCommunity)[index] ?? scale.municipalitiesPerCommunity;
  const thisYear = yearOf(today);
  const years = Array.from({ length: scale.populationYears }, (_, offset) => thisYear - scale.populationYears + 1 + offset);
  const municipalities: PartnerEntity[] = [];
  for (let position = 0; position < count; position += 1) {
    const globalIndex = municipalityOffset + position;
    const municipality = await services.partners.create(caller, communityId, {
      communityId,
      name: municipalityName(globalIndex),
      kind: 'MUNICIPALITY',
      municipalityNumber: municipalityNumber(index, position),
    });
    for (const { year, population } of populationSeries(globalIndex, position === 0, years)) {
      await services.partners.setPopulation(caller, municipality.id, { partnerId: municipality.id, year, population });
    }
    municipalities.push(municipality);
  }

  // Two regional councils, three in larger areas, each named after its first municipality (the first council's is the regional centre).
  const councilCount = Math.min(municipalities.length, municipalities.length > 12 ? 3 : 2);
  const size = Math.ceil(municipalities.length / councilCount);
  const councils: Register['councils'] = [];
  for (let start = 0; start < municipalities.length; start += size) {
    const members = municipalities.slice(start, start + size);
    const council = await services.regionalCouncils.create(
      caller,
      communityId,
      { communityId, name: `${members[0]?.name ?? names.shortName}regionen`, memberPartnerIds: [] },
      members.map((member) => member.id),
    );
    councils.push({ council, members });
  }

  const createOrgan = (organ: DemoOrgan, officers: { electedBy: string; rotationYears: number } | null = null) => {
    const { name, kind, establishedOn, dissolvedOn, ...rules } = organ;
    return services.organs.create(caller, communityId, {
      communityId,
      name,
      kind,
      establishedOn,
      dissolvedOn,
      rules: { ...rules, officersElectedByOrganId: officers?.electedBy ?? null, chairRotationYears: officers?.rotationYears ?? null },
    });
  };
  const partnership = await createOrgan(partnershipMeeting);
  // The partnership meeting elects the SSU's chair and vice-chair, who alternate between the sides every two years.
  const ssu = await createOrgan(strategicCommittee, { electedBy: partnership.id, rotationYears: 2 });
  const committees = new Map<string, OrganEntity>();
  for (const { committee } of topicsOf(index, focusAreaCount(index))) {
    if (committees.has(committee)) continue;
    committees.set(
      committee,
      await createOrgan({
        ...noRules,
        name: committee,
        kind: 'PROFESSIONAL_COMMITTEE',
        establishedOn: null,
        dissolvedOn: null,
        meetingsPerYear: 4,
        decisionRule: 'CONSENSUS',
      }),
    );
  }
  await createOrgan(secretariat);
  return { hospital, municipalities, councils, partnership, ssu, committees };
}
