import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SeatSide = 'HOSPITAL' | 'MUNICIPAL' | 'OBSERVER';
export type AppointingBodyKind = 'REGIONAL_COUNCIL' | 'PARTNER' | 'ORGAN' | 'EXTERNAL';
export type AppointmentRole = 'MEMBER' | 'PERSONAL_DEPUTY' | 'DEPUTY' | 'OBSERVER' | 'CHAIR' | 'VICE_CHAIR' | 'SECRETARY';

/** A person who holds or held a seat; e-mail and phone are personal data. */
@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  employer: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** The partner the person works for (a municipality or the hospital trust): it gives their side. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A position in an organ, and the body that appoints to it. */
@Entity({ name: 'seat' })
export class SeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  side: SeatSide;

  /** Voting right; false means the right to speak only. */
  @Column({ type: 'boolean' })
  voting: boolean;

  @Column({ name: 'appointing_body_kind', type: 'text' })
  appointingBodyKind: AppointingBodyKind;

  @Column({ name: 'appointing_regional_council_id', type: 'uuid', nullable: true })
  appointingRegionalCouncilId: string | null;

  @Column({ name: 'appointing_partner_id', type: 'uuid', nullable: true })
  appointingPartnerId: string | null;

  @Column({ name: 'appointing_organ_id', type: 'uuid', nullable: true })
  appointingOrganId: string | null;

  /** For bodies outside the community, e.g. "KS" or "Statsforvalteren i Nordland". */
  @Column({ name: 'appointing_body_name', type: 'text', nullable: true })
  appointingBodyName: string | null;

  /** The seat's last day: it keeps its history and takes no appointments after it. */
  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'appointment' })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'seat_id', type: 'uuid' })
  seatId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  role: AppointmentRole;

  /** The member appointment a personal deputy belongs to. */
  @Column({ name: 'deputy_for_appointment_id', type: 'uuid', nullable: true })
  deputyForAppointmentId: string | null;

  /** Place on the hospital's ordered deputy list. */
  @Column({ name: 'deputy_rank', type: 'integer', nullable: true })
  deputyRank: number | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** Null while the appointment runs without an end date. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** The appointing body's name at the time of the decision. */
  @Column({ name: 'appointed_by', type: 'text' })
  appointedBy: string;

  /** The reference of the body's decision, e.g. "IHR sak 12/2025". */
  @Column({ name: 'decision_reference', type: 'text' })
  decisionReference: string;

  /** Set when the appointment was registered in error (or replaced before it started): it never counted. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  /** The appointment that replaced this one before it started. */
  @Column({ name: 'replaced_by_appointment_id', type: 'uuid', nullable: true })
  replacedByAppointmentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
