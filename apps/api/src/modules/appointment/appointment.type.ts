import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type {
  AppointingBodyKind as AppointingBodyKindValue,
  AppointmentRole as AppointmentRoleValue,
  SeatSide as SeatSideValue,
} from './appointment.entity.js';
import type { ParityProblemKind as ParityProblemKindValue } from './appointment.rules.js';

export const SeatSide = { HOSPITAL: 'HOSPITAL', MUNICIPAL: 'MUNICIPAL', OBSERVER: 'OBSERVER' } as const satisfies Record<
  SeatSideValue,
  SeatSideValue
>;
registerEnumType(SeatSide, {
  name: 'SeatSide',
  description: 'Which side a seat belongs to.',
  valuesConfig: {
    HOSPITAL: { description: "The hospital trust's side." },
    MUNICIPAL: { description: "The municipalities' side, appointed by the regional councils." },
    OBSERVER: { description: 'An observer with the right to speak, not to vote.' },
  },
});

export const AppointingBodyKind = {
  REGIONAL_COUNCIL: 'REGIONAL_COUNCIL',
  PARTNER: 'PARTNER',
  ORGAN: 'ORGAN',
  EXTERNAL: 'EXTERNAL',
} as const satisfies Record<AppointingBodyKindValue, AppointingBodyKindValue>;
registerEnumType(AppointingBodyKind, {
  name: 'AppointingBodyKind',
  description: 'What kind of body appoints to a seat.',
  valuesConfig: {
    REGIONAL_COUNCIL: { description: 'A regional council (the municipal representatives).' },
    PARTNER: { description: 'A partner, e.g. the hospital trust.' },
    ORGAN: { description: 'An organ of the community, e.g. SSU or the partnership meeting.' },
    EXTERNAL: { description: 'A body outside the community, e.g. KS or Statsforvalteren.' },
  },
});

export const AppointmentRole = {
  MEMBER: 'MEMBER',
  PERSONAL_DEPUTY: 'PERSONAL_DEPUTY',
  DEPUTY: 'DEPUTY',
  OBSERVER: 'OBSERVER',
  CHAIR: 'CHAIR',
  VICE_CHAIR: 'VICE_CHAIR',
  SECRETARY: 'SECRETARY',
} as const satisfies Record<AppointmentRoleValue, AppointmentRoleValue>;
registerEnumType(AppointmentRole, {
  name: 'AppointmentRole',
  description: 'What a person does on a seat.',
  valuesConfig: {
    MEMBER: { description: 'Holds the seat.' },
    PERSONAL_DEPUTY: { description: "A municipal member's personal deputy, for that member's period." },
    DEPUTY: { description: "On the hospital's ordered deputy list." },
    OBSERVER: { description: 'Observer with the right to speak.' },
    CHAIR: { description: 'Chair, elected among the members.' },
    VICE_CHAIR: { description: 'Vice-chair, elected among the members.' },
    SECRETARY: { description: 'Keeps the minutes.' },
  },
});

@ObjectType({ description: 'The body that appoints to a seat.' })
export class AppointingBody {
  @Field(() => AppointingBodyKind, { description: 'What kind of body.' })
  kind: AppointingBodyKindValue;

  @Field(() => String, { description: 'Its name, e.g. "Indre Helgeland Regionråd".' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'The regional council, when one appoints.' })
  regionalCouncilId: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner, when one appoints.' })
  partnerId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organ, when one appoints.' })
  organId: string | null;
}

@ObjectType({ description: 'A person on a seat: public name and work, personal contact data.' })
export class Person {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Title, e.g. "kommunalsjef helse".' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Employer, e.g. "Rana kommune".' })
  employer: string | null;

  @Field(() => String, {
    nullable: true,
    description: "E-mail. Not public: personal data, null unless the caller is the secretariat of the person's community.",
  })
  email: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner the person works for (a municipality or the hospital trust), which gives their side; null when neither.',
  })
  partnerId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Phone. Not public: personal data, null unless the caller is the secretariat of the person's community.",
  })
  phone: string | null;
}

@ObjectType({ description: 'A position in an organ.' })
export class Seat {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => Int, { description: 'Order within the organ.' })
  position: number;

  @Field(() => String, { description: 'Name of the seat, e.g. "Kommunal representant 5".' })
  label: string;

  @Field(() => SeatSide, { description: 'Hospital, municipal or observer.' })
  side: SeatSideValue;

  @Field(() => Boolean, { description: 'Voting right; false means the right to speak only.' })
  voting: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'The last day of a retired seat; null while it is in use. Its history stays.' })
  retiredOn: string | null;

  /** Whether the organ has an organ that elects its chair and vice-chair (the seat then takes those roles). */
  officersElected: boolean;

  /** The body that appoints to the seat, read with it: shown as `appointingBody`. */
  appointingBodyKind: AppointingBodyKindValue;

  appointingRegionalCouncilId: string | null;

  appointingPartnerId: string | null;

  appointingOrganId: string | null;

  /** The appointing body's name: its council's, partner's or organ's, or the outside body's. */
  appointingBodyName: string;
}

@ObjectType({ description: 'A person holding a seat in a role for a period, by decision of a body.' })
export class Appointment {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  seatId: string;

  personId: string;

  @Field(() => AppointmentRole, { description: 'The role on the seat.' })
  role: AppointmentRoleValue;

  @Field(() => ID, { nullable: true, description: 'For a personal deputy: the member appointment it belongs to.' })
  deputyForAppointmentId: string | null;

  @Field(() => Int, { nullable: true, description: "For the hospital's deputy list: the place on it." })
  deputyRank: number | null;

  @Field(() => LocalDate, { description: 'First day.' })
  startsOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day; null while open-ended.' })
  endsOn: string | null;

  @Field(() => String, { description: 'The appointing body at the time of the decision.' })
  appointedBy: string;

  @Field(() => String, { description: 'The reference of the body\'s decision, e.g. "IHR sak 12/2025".' })
  decisionReference: string;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      'When it was cancelled as registered in error (or replaced before it started); it then counts nowhere, and shows only in history.',
  })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, as the person who cancelled it wrote it.' })
  cancellationReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The appointment that replaced this one before it started.' })
  replacedByAppointmentId: string | null;

  /** The person, when read with the appointment and already filtered for the caller (`visibleHolder`); else `person` loads it. */
  heldBy?: Person;
}

export const AppointmentWarningKind = { SIDE_MISMATCH: 'SIDE_MISMATCH' } as const;
export type AppointmentWarningKindValue = keyof typeof AppointmentWarningKind;
registerEnumType(AppointmentWarningKind, {
  name: 'AppointmentWarningKind',
  description: 'Something about an appointment the appointing body may want to check; never a refusal.',
  valuesConfig: {
    SIDE_MISMATCH: { description: "The person works for the other side than the seat's (the hospital's director on a municipal seat)." },
  },
});

@ObjectType({ description: 'A warning about an appointment (the UI words it).' })
export class AppointmentWarning {
  @Field(() => AppointmentWarningKind, { description: 'What is wrong.' })
  kind: AppointmentWarningKindValue;

  @Field(() => SeatSide, { description: "The seat's side." })
  seatSide: SeatSideValue;

  @Field(() => SeatSide, { nullable: true, description: "The person's side, from the partner they work for." })
  personSide: SeatSideValue | null;
}

export const ParityProblemKind = {
  SEATS_UNEQUAL: 'SEATS_UNEQUAL',
  MEMBERS_UNEQUAL: 'MEMBERS_UNEQUAL',
  SEATS_VACANT: 'SEATS_VACANT',
} as const satisfies Record<ParityProblemKindValue, ParityProblemKindValue>;
registerEnumType(ParityProblemKind, {
  name: 'ParityProblemKind',
  description: 'What breaks parity; every kind is a count per side.',
  valuesConfig: {
    SEATS_UNEQUAL: { description: 'The sides have different numbers of voting seats.' },
    MEMBERS_UNEQUAL: { description: 'The sides have different numbers of voting members holding their seats.' },
    SEATS_VACANT: { description: 'Voting seats without a member.' },
  },
});

@ObjectType({ description: 'One thing that breaks parity, as a count per side (the UI words it).' })
export class ParityProblem {
  @Field(() => ParityProblemKind, { description: 'What is counted.' })
  kind: ParityProblemKindValue;

  @Field(() => Int, { description: 'The count on the hospital side.' })
  hospital: number;

  @Field(() => Int, { description: 'The count on the municipal side.' })
  municipal: number;
}

@ObjectType({ description: 'Whether hospital and municipal voting members are as many (SSU: 7 and 7).' })
export class ParityReport {
  @Field(() => Int, { description: 'Voting seats on the hospital side.' })
  hospitalVotingSeats: number;

  @Field(() => Int, { description: 'Voting seats on the municipal side.' })
  municipalVotingSeats: number;

  @Field(() => Int, { description: 'Hospital voting seats held on the date.' })
  hospitalVotingMembers: number;

  @Field(() => Int, { description: 'Municipal voting seats held on the date.' })
  municipalVotingMembers: number;

  @Field(() => Boolean, { description: 'True when seats and members are as many on both sides.' })
  balanced: boolean;

  @Field(() => [ParityProblem], { description: 'What breaks the parity; empty when balanced.' })
  problems: ParityProblem[];
}
