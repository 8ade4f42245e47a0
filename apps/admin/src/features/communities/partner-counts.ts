import type { PartnerKind } from '../../gql/graphql';

export interface PartnerCounts {
  municipalities: number;
  hospitalTrusts: number;
}

export function countPartners(partners: readonly { kind: PartnerKind }[]): PartnerCounts {
  let municipalities = 0;
  let hospitalTrusts = 0;
  for (const partner of partners) {
    if (partner.kind === 'MUNICIPALITY') municipalities += 1;
    else hospitalTrusts += 1;
  }
  return { municipalities, hospitalTrusts };
}
