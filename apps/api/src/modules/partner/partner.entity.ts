import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type PartnerKind = 'MUNICIPALITY' | 'HOSPITAL_TRUST';

@Entity({ name: 'partner' })
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PartnerKind;

  @Column({ name: 'municipality_number', type: 'char', length: 4, nullable: true })
  municipalityNumber: string | null;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  /** The date the partner gave written notice of leaving; null when it has not. */
  @Column({ name: 'notice_given_on', type: 'date', nullable: true })
  noticeGivenOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A municipality's population per 1 January of `year`. */
@Entity({ name: 'partner_population' })
export class PartnerPopulationEntity {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  population: number;
}
