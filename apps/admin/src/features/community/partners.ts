import type { PartnerKind } from '../../gql/graphql';
import { distinctYearsDescending } from '../../shared/year-param';

interface PopulationFigure {
  year: number;
  population: number;
}

/** Every year for which at least one partner has a population figure, newest first. */
export function populationYears(partners: readonly { populations: readonly PopulationFigure[] }[]): number[] {
  return distinctYearsDescending(partners.flatMap((partner) => partner.populations.map((figure) => figure.year)));
}

export function populationIn(populations: readonly PopulationFigure[], year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  return populations.find((figure) => figure.year === year)?.population;
}

interface SortablePartner {
  kind: PartnerKind;
  name: string;
  municipalityNumber?: string | null;
}

/** Hospital trusts first, then municipalities in municipality-number order (as in the seeds). */
export function sortPartners<T extends SortablePartner>(partners: readonly T[]): T[] {
  return [...partners].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'HOSPITAL_TRUST' ? -1 : 1;
    const byNumber = (a.municipalityNumber ?? '').localeCompare(b.municipalityNumber ?? '');
    return byNumber !== 0 ? byNumber : a.name.localeCompare(b.name, 'nb');
  });
}
