import { badUserInput } from '../../common/errors.js';
import type { PartnerKind } from './partner.entity.js';

/**
 * The most inhabitants one municipality can have: far above Norway's largest (Oslo, about 720 000), and low
 * enough that the population of a thousand municipalities together still fits a GraphQL Int.
 */
export const MAX_POPULATION = 2_000_000;

interface Membership {
  joinedOn: string | null;
  leftOn: string | null;
}

/** A partner takes part in a budget year when its membership overlaps that year. */
export function isPartnerInYear(partner: Membership, year: number): boolean {
  const joinedBeforeYearEnds = partner.joinedOn === null || partner.joinedOn <= `${year}-12-31`;
  const leftAfterYearBegins = partner.leftOn === null || partner.leftOn >= `${year}-01-01`;
  return joinedBeforeYearEnds && leftAfterYearBegins;
}

/** A municipality has a municipality number, the hospital trust has none; nobody leaves before joining. */
export function assertPartnerConsistent(partner: { kind: PartnerKind; municipalityNumber: string | null } & Membership): void {
  if (partner.kind === 'MUNICIPALITY' && !partner.municipalityNumber) {
    throw badUserInput('municipalityNumber', 'MUNICIPALITY_NUMBER_REQUIRED', {}, 'is required for a municipality');
  }
  if (partner.kind === 'HOSPITAL_TRUST' && partner.municipalityNumber) {
    throw badUserInput(
      'municipalityNumber',
      'HOSPITAL_TRUST_HAS_NO_MUNICIPALITY_NUMBER',
      {},
      'a hospital trust has no municipality number',
    );
  }
  if (partner.joinedOn && partner.leftOn && partner.leftOn < partner.joinedOn) {
    throw badUserInput('leftOn', 'LEFT_BEFORE_JOINED', { joinedOn: partner.joinedOn }, `must not be before joinedOn (${partner.joinedOn})`);
  }
}
