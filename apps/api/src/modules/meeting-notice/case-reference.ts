import type { OrganKind } from '../organ/organ.entity.js';

/**
 * A case's reference as the seeds write it, per organ kind: "SSU sak 26/2024", "Partnerskapsmøte sak
 * 10-2021", else "<organ> sak 3/2026".
 */
export function caseReferenceOf(organKind: OrganKind, organName: string, number: number, year: number): string {
  if (organKind === 'STRATEGIC_COMMITTEE') return `SSU sak ${number}/${year}`;
  if (organKind === 'PARTNERSHIP_MEETING') return `Partnerskapsmøte sak ${String(number).padStart(2, '0')}-${year}`;
  return `${organName} sak ${number}/${year}`;
}
