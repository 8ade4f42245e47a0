import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { CaseRow } from './case.repository.js';
import type { CaseKind as CaseKindValue, CaseStatus as CaseStatusValue, RecordAccess as RecordAccessValue } from './case.entity.js';

export const CaseKind = {
  DECISION: 'DECISION',
  ORIENTATION: 'ORIENTATION',
  DISCUSSION: 'DISCUSSION',
} as const satisfies Record<CaseKindValue, CaseKindValue>;

registerEnumType(CaseKind, {
  name: 'CaseKind',
  description: 'How the organ handles a case.',
  valuesConfig: {
    DECISION: { description: 'Vedtakssak / til konsensus: the organ decides.' },
    ORIENTATION: { description: 'Orienteringssak: the organ is informed and takes it to notice.' },
    DISCUSSION: { description: 'Drøftingssak: the organ discusses it without a decision.' },
  },
});

export const CaseStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  ON_AGENDA: 'ON_AGENDA',
  DECIDED: 'DECIDED',
  POSTPONED: 'POSTPONED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies Record<CaseStatusValue, CaseStatusValue>;

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; known only inside the community.' },
    SUBMITTED: { description: 'Submitted to the organ (the day counts against the submission deadline).' },
    ON_AGENDA: { description: "On a meeting's agenda." },
    DECIDED: { description: 'Decided (or taken to notice) at a meeting.' },
    POSTPONED: { description: 'Postponed at a meeting to a later one.' },
    WITHDRAWN: { description: 'Withdrawn by the secretariat.' },
  },
});

export const RecordAccess = { PUBLIC: 'PUBLIC', EXEMPT: 'EXEMPT' } as const satisfies Record<RecordAccessValue, RecordAccessValue>;

registerEnumType(RecordAccess, {
  name: 'RecordAccess',
  description: 'Public access to a record (Noark 5 tilgangsrestriksjon).',
  valuesConfig: {
    PUBLIC: { description: 'Public.' },
    EXEMPT: { description: 'Exempt from public access with a legal basis (skjermingshjemmel), e.g. "Offl. § 14".' },
  },
});

@ObjectType({
  description:
    'A case (sak) of an organ, numbered per organ and year at registration: "SSU sak 26/2024". Its content is read as the case policy allows: an exempt case shows only its reference, legal basis and public title to those who may not read it.',
})
export class Case {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => ID, { description: 'The organ the case is registered to.' })
  organId: string;

  @Field(() => Int, { description: 'The sequence number within the organ and year (Noark 5 sekvensnummer), given at registration.' })
  number: number;

  @Field(() => Int, { description: 'The year of the case (Noark 5 saksår).' })
  year: number;

  @Field(() => String, {
    description:
      'The reference as the organ writes it, e.g. "SSU sak 26/2024", "Partnerskapsmøte sak 10-2021"; an external body\'s own reference when recorded, e.g. "Styresak 052/2021".',
  })
  reference: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Not public when exempt: the title, for those who may read the content; the public title of an exempt case for others (null when it has none).',
  })
  title: string | null;

  @Field(() => CaseKind, { description: 'How the organ handles the case.' })
  kind: CaseKindValue;

  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  status: CaseStatusValue;

  @Field(() => RecordAccess, { description: 'Public, or exempt from public access with a legal basis.' })
  access: RecordAccessValue;

  @Field(() => String, { nullable: true, description: 'The legal basis of the exemption, e.g. "Offl. § 14"; null for a public case.' })
  exemptionBasis: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The title the public sees of an exempt case; null when it shows only the reference.',
  })
  publicTitle: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the case was submitted to the organ.' })
  submittedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The archive reference ("Vår ref"), e.g. "2021/3288".' })
  archiveReference: string | null;

  @Field(() => [String], { description: 'Who prepares the case (saksbehandler), by name.' })
  caseworkers: string[];

  @Field(() => LocalDate, { nullable: true, description: 'The date of the case document ("Dato dok").' })
  documentDate: string | null;

  @Field(() => Boolean, { description: 'Whether the caller reads the content (title, texts, attachments) of the case.' })
  contentVisible: boolean;

  @Field(() => Int, { description: 'Raised on each change; a change names the version it read.' })
  version: number;

  /** The stored row, kept only when the caller reads the content: what `content` answers from. */
  row: CaseRow | null;
}

@ObjectType({ description: 'A file attached to a case, kept in the database; public or exempt on its own.' })
export class CaseAttachment {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  caseId: string;

  @Field(() => Int, { description: 'Its place among the case’s attachments, from 1.' })
  position: number;

  @Field(() => String, { nullable: true, description: 'Not public when exempt: the file name, null for those who may not read the file.' })
  fileName: string | null;

  @Field(() => String, { description: 'The type found from the file’s content, e.g. "application/pdf".' })
  contentType: string;

  @Field(() => Int, { description: 'The size in bytes.' })
  sizeBytes: number;

  @Field(() => RecordAccess, { description: 'Public, or exempt from public access with a legal basis.' })
  access: RecordAccessValue;

  @Field(() => String, { nullable: true, description: 'The legal basis of the exemption; null for a public file.' })
  exemptionBasis: string | null;

  @Field(() => String, { nullable: true, description: 'Where to download the file (GET), or null when the caller may not read it.' })
  downloadPath: string | null;
}

@ObjectType({
  description: "A case's content: what only those who may read the case's content see (an exempt case's only with cases:read-exempt).",
})
export class CaseContent {
  caseId: string;

  @Field(() => [String], { description: 'The recommendation (innstilling, anbefaling) as numbered points, in order.' })
  recommendation: string[];

  @Field(() => String, { description: 'The background, as formatted text (paragraphs, "- " and "1. " lists, **bold**).' })
  background: string;

  @Field(() => String, { description: "The municipalities' assessment, as formatted text." })
  municipalAssessment: string;

  @Field(() => String, { description: "The hospital's assessment, as formatted text." })
  hospitalAssessment: string;
}
