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

/**
 * The earliest last day of a partner that gave written notice on `noticeGivenOn`: one year's notice,
 * tied to the budget year (seed 002), so the partner stays until the end of the first budget year
 * ending at least one year after the notice. Notice during 2025 (after 1 January) ends with
 * 31 December 2026, so the partner is out of the allocation from 2027; notice on 1 January 2025 ends
 * with 31 December 2025.
 */
export function earliestLeftOn(noticeGivenOn: string): string {
  const year = Number(noticeGivenOn.slice(0, 4));
  return `${noticeGivenOn.slice(5) === '01-01' ? year : year + 1}-12-31`;
}

/** With notice given, the last day is the end of a budget year the notice reaches. */
function assertNoticeRespected(partner: Membership & { noticeGivenOn: string | null }): void {
  if (partner.noticeGivenOn === null) return;
  const earliest = earliestLeftOn(partner.noticeGivenOn);
  if (partner.leftOn === null) {
    throw badUserInput(
      'leftOn',
      'LEFT_ON_REQUIRED_WITH_NOTICE',
      { earliestLeftOn: earliest },
      `is required when notice is given (earliest ${earliest})`,
    );
  }
  if (partner.leftOn.slice(5) !== '12-31') {
    throw badUserInput(
      'leftOn',
      'LEFT_ON_NOT_END_OF_BUDGET_YEAR',
      { earliestLeftOn: earliest },
      `must be 31 December: notice is tied to the budget year (earliest ${earliest})`,
    );
  }
  if (partner.leftOn < earliest) {
    throw badUserInput(
      'leftOn',
      'NOTICE_TOO_SHORT',
      { noticeGivenOn: partner.noticeGivenOn, earliestLeftOn: earliest },
      `must be ${earliest} or later: one year's notice from ${partner.noticeGivenOn}, tied to the budget year`,
    );
  }
}

/** A municipality has a municipality number, the hospital trust has none; nobody leaves before joining. */
export function assertPartnerConsistent(
  partner: { kind: PartnerKind; municipalityNumber: string | null; noticeGivenOn: string | null } & Membership,
): void {
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
  assertNoticeRespected(partner);
}
