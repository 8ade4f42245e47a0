import type { SeatEntity } from './appointment.entity.js';

type Named = { name: string } | null;

/** Where to find a body's name: repositories in a service, DataLoaders in a resolver. */
export interface BodyLookup {
  regionalCouncil(id: string): Promise<Named>;
  partner(id: string): Promise<Named>;
  organ(id: string): Promise<Named>;
}

/** The name of the body that appoints to a seat. */
export async function appointingBodyName(seat: SeatEntity, lookup: BodyLookup): Promise<string> {
  switch (seat.appointingBodyKind) {
    case 'REGIONAL_COUNCIL':
      return (await lookup.regionalCouncil(seat.appointingRegionalCouncilId ?? ''))?.name ?? 'a regional council';
    case 'PARTNER':
      return (await lookup.partner(seat.appointingPartnerId ?? ''))?.name ?? 'a partner';
    case 'ORGAN':
      return (await lookup.organ(seat.appointingOrganId ?? ''))?.name ?? 'an organ';
    case 'EXTERNAL':
      return seat.appointingBodyName ?? 'an outside body';
  }
}
