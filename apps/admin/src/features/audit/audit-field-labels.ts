import type { Language } from '../../app/i18n';

type Label = Readonly<Record<Language, string>>;
type FieldLabels = Readonly<Record<string, Label>>;

const id: Label = { nb: 'ID', en: 'ID' };
const communityId: Label = { nb: 'Helsefellesskap', en: 'Health community' };
const name: Label = { nb: 'Navn', en: 'Name' };
const position: Label = { nb: 'Rekkefølge', en: 'Order' };
const startsOn: Label = { nb: 'Fra dato', en: 'Start date' };
const endsOn: Label = { nb: 'Til dato', en: 'End date' };
const retiredOn: Label = { nb: 'Tatt ut av planen', en: 'Retired on' };

/** An organ's rules of procedure: on the organ in events from before rules had versions, on each version since (ADR 0018). */
const organRules: FieldLabels = {
  meetingsPerYear: { nb: 'Møter per år', en: 'Meetings per year' },
  caseSubmissionDeadlineDays: { nb: 'Frist for å melde inn saker (dager)', en: 'Deadline for submitting cases (days)' },
  noticePeriodDays: { nb: 'Innkalling (dager før møtet)', en: 'Notice (days before the meeting)' },
  noticePeriodMaxDays: { nb: 'Innkalling tidligst (dager før møtet)', en: 'Notice at the earliest (days before the meeting)' },
  extraordinaryNoticeDays: { nb: 'Innkalling til ekstraordinære møter (dager)', en: 'Notice of extraordinary meetings (days)' },
  protocolDeadlineDays: { nb: 'Protokoll sendes (dager etter møtet)', en: 'Minutes sent (days after the meeting)' },
  minutesObjectionPeriodDays: { nb: 'Frist for innsigelser mot referatet (dager)', en: 'Objection period for the minutes (days)' },
  decisionRule: { nb: 'Beslutningsform', en: 'Decision rule' },
};

/**
 * The fields of each audited record type in the UI's languages: the entity's columns as the API
 * records them (a unit test reads the API's entities and fails on a column without a label), and
 * the few facts a service adds to an event (e.g. `invitationSent`). A field missing here is shown
 * as the API names it.
 */
export const auditFieldLabels: Readonly<Record<string, FieldLabels>> = {
  Community: { id, name, shortName: { nb: 'Kortnavn', en: 'Short name' } },
  Partner: {
    id,
    communityId,
    name,
    kind: { nb: 'Type', en: 'Kind' },
    municipalityNumber: { nb: 'Kommunenummer', en: 'Municipality number' },
    joinedOn: { nb: 'Tiltrådt', en: 'Joined on' },
    leftOn: { nb: 'Uttrådt', en: 'Left on' },
    noticeGivenOn: { nb: 'Oppsigelse gitt', en: 'Notice given on' },
  },
  PopulationImport: { figures: { nb: 'Innbyggertall', en: 'Population figures' } },
  PartnerPopulation: {
    partnerId: { nb: 'Partner', en: 'Partner' },
    year: { nb: 'År', en: 'Year' },
    population: { nb: 'Innbyggertall', en: 'Population' },
  },
  RegionalCouncil: { id, communityId, name, memberPartnerIds: { nb: 'Medlemskommuner', en: 'Member municipalities' } },
  Organ: {
    id,
    communityId,
    name,
    kind: { nb: 'Type organ', en: 'Kind of organ' },
    establishedOn: { nb: 'Etablert', en: 'Established on' },
    dissolvedOn: { nb: 'Nedlagt', en: 'Dissolved on' },
    ...organRules,
    officersElectedByOrganId: { nb: 'Leder og nestleder velges av', en: 'Chair and vice-chair elected by' },
    chairRotationYears: { nb: 'Ledervervet går på omgang (år)', en: 'Chair rotates every (years)' },
  },
  OrganRuleVersion: { organId: { nb: 'Organ', en: 'Organ' }, effectiveFrom: { nb: 'Gjelder fra', en: 'Effective from' }, ...organRules },
  CoordinatorBudget: {
    id,
    communityId,
    budgetYear: { nb: 'Budsjettår', en: 'Budget year' },
    stateGrant: { nb: 'Statstilskudd', en: 'State grant' },
    fixedSharePpm: { nb: 'Fast andel (milliondeler)', en: 'Fixed share (parts per million)' },
    costLines: { nb: 'Kostnadslinjer', en: 'Cost lines' },
    copiedFromYear: { nb: 'Kopiert fra år', en: 'Copied from year' },
  },
  User: {
    id,
    name,
    email: { nb: 'E-post', en: 'E-mail' },
    oidcIssuer: { nb: 'Innloggingstjeneste', en: 'Identity provider' },
    oidcSubject: { nb: 'ID hos innloggingstjenesten', en: 'ID at the identity provider' },
    isDemo: { nb: 'Demobruker', en: 'Demo user' },
    invitationSent: { nb: 'Invitasjon sendt', en: 'Invitation sent' },
    identityProviderLinked: { nb: 'Koblet til innloggingstjeneste', en: 'Identity provider linked' },
    passwordChanged: { nb: 'Passord endret', en: 'Password changed' },
    passwordLinkSent: { nb: 'Passordlenke sendt', en: 'Password link sent' },
    passwordSet: { nb: 'Passord satt', en: 'Password set' },
  },
  RoleAssignment: {
    id,
    communityId,
    userId: { nb: 'Bruker', en: 'User' },
    role: { nb: 'Rolle', en: 'Role' },
    regionalCouncilId: { nb: 'Regionråd', en: 'Regional council' },
  },
  Person: {
    id,
    communityId,
    name,
    title: { nb: 'Stilling', en: 'Job title' },
    employer: { nb: 'Arbeidsgiver', en: 'Employer' },
    email: { nb: 'E-post', en: 'E-mail' },
    phone: { nb: 'Telefon', en: 'Phone' },
    partnerId: { nb: 'Arbeidssted (partner)', en: 'Works for (partner)' },
  },
  Seat: {
    id,
    communityId,
    position,
    organId: { nb: 'Organ', en: 'Organ' },
    label: { nb: 'Plass', en: 'Seat' },
    side: { nb: 'Side', en: 'Side' },
    voting: { nb: 'Stemmerett', en: 'Voting' },
    appointingBodyKind: { nb: 'Oppnevnes av (type)', en: 'Appointed by (kind)' },
    appointingRegionalCouncilId: { nb: 'Oppnevnes av regionråd', en: 'Appointed by regional council' },
    appointingPartnerId: { nb: 'Oppnevnes av partner', en: 'Appointed by partner' },
    appointingOrganId: { nb: 'Oppnevnes av organ', en: 'Appointed by organ' },
    appointingBodyName: { nb: 'Oppnevnes av', en: 'Appointed by' },
    retiredOn: { nb: 'Siste dag', en: 'Last day' },
  },
  Appointment: {
    id,
    communityId,
    startsOn,
    endsOn,
    seatId: { nb: 'Plass', en: 'Seat' },
    personId: { nb: 'Person', en: 'Person' },
    role: { nb: 'Rolle', en: 'Role' },
    deputyForAppointmentId: { nb: 'Vara for', en: 'Deputy for' },
    deputyRank: { nb: 'Vararekkefølge', en: 'Deputy order' },
    appointedBy: { nb: 'Oppnevnt av', en: 'Appointed by' },
    decisionReference: { nb: 'Vedtak (saksnummer)', en: 'Decision (case number)' },
    cancelledAt: { nb: 'Annullert', en: 'Cancelled at' },
    cancellationReason: { nb: 'Grunn til annullering', en: 'Reason for cancelling' },
    replacedByAppointmentId: { nb: 'Erstattet av', en: 'Replaced by' },
  },
  ActionPlan: {
    id,
    communityId,
    title: { nb: 'Tittel', en: 'Title' },
    periodFrom: { nb: 'Fra år', en: 'From year' },
    periodTo: { nb: 'Til år', en: 'To year' },
    status: { nb: 'Status', en: 'Status' },
    adoptedByCase: { nb: 'Vedtatt i sak', en: 'Adopted by case' },
    prolongedReason: { nb: 'Begrunnelse for forlengelse', en: 'Reason for prolonging' },
    prolongedByCase: { nb: 'Forlenget i sak', en: 'Prolonged by case' },
  },
  FocusArea: {
    id,
    communityId,
    planId: { nb: 'Handlingsplan', en: 'Action plan' },
    number: { nb: 'Nummer', en: 'Number' },
    title: { nb: 'Tittel', en: 'Title' },
    responsibleOrganId: { nb: 'Ansvarlig faglig samarbeidsutvalg', en: 'Responsible professional committee' },
    retiredOn,
  },
  Target: {
    id,
    communityId,
    position,
    startsOn,
    focusAreaId: { nb: 'Innsatsområde', en: 'Focus area' },
    description: { nb: 'Beskrivelse', en: 'Description' },
    indicatorName: { nb: 'Indikator', en: 'Indicator' },
    unit: { nb: 'Enhet', en: 'Unit' },
    baseline: { nb: 'Utgangsverdi', en: 'Baseline' },
    targetValue: { nb: 'Målverdi', en: 'Target value' },
    dueDate: { nb: 'Frist', en: 'Due date' },
    retiredOn,
  },
  Measure: {
    id,
    communityId,
    position,
    startsOn,
    endsOn,
    focusAreaId: { nb: 'Innsatsområde', en: 'Focus area' },
    title: { nb: 'Tittel', en: 'Title' },
    ownerPartnerId: { nb: 'Ansvarlig partner', en: 'Owner (partner)' },
    ownerOrganId: { nb: 'Ansvarlig organ', en: 'Owner (organ)' },
    reporterUserId: { nb: 'Rapportør', en: 'Reporter' },
    patientGroups: { nb: 'Prioriterte pasientgrupper', en: 'Priority patient groups' },
    retiredOn,
  },
  StatusUpdate: {
    id,
    communityId,
    measureId: { nb: 'Tiltak', en: 'Measure' },
    targetId: { nb: 'Mål', en: 'Target' },
    reportedOn: { nb: 'Rapportert', en: 'Reported on' },
    status: { nb: 'Status', en: 'Status' },
    progress: { nb: 'Framdrift (%)', en: 'Progress (%)' },
    indicatorValue: { nb: 'Indikatorverdi', en: 'Indicator value' },
    comment: { nb: 'Kommentar', en: 'Comment' },
    authorUserId: { nb: 'Rapportert av (bruker)', en: 'Reported by (user)' },
    authorName: { nb: 'Rapportert av', en: 'Reported by' },
    supersedesId: { nb: 'Retter oppføringen', en: 'Corrects the entry' },
  },
  StatusReport: {
    id,
    communityId,
    planId: { nb: 'Handlingsplan', en: 'Action plan' },
    year: { nb: 'År', en: 'Year' },
    cutOffDate: { nb: 'Skjæringsdato', en: 'Cut-off date' },
    commentary: { nb: 'Kommentarer', en: 'Commentary' },
    commentaryVersions: { nb: 'Kommentarversjoner', en: 'Commentary versions' },
    snapshot: { nb: 'Fryst innhold', en: 'Frozen content' },
    caseReference: { nb: 'Behandlet i sak', en: 'Case reference' },
    frozenAt: { nb: 'Fryst', en: 'Frozen at' },
    frozenBy: { nb: 'Fryst av', en: 'Frozen by' },
    frozen: { nb: 'Fryst', en: 'Frozen' },
  },
  MeetingNotice: {
    meetingId: { nb: 'Møte', en: 'Meeting' },
    communityId,
    sentAt: { nb: 'Sendt', en: 'Sent at' },
    sentBy: { nb: 'Sendt av', en: 'Sent by' },
    documentId: { nb: 'Innkalling (PDF)', en: 'Notice (PDF)' },
    recipientCount: { nb: 'Antall mottakere', en: 'Number of recipients' },
    recipients: { nb: 'Mottakere', en: 'Recipients' },
    cases: { nb: 'Saker sendt ut', en: 'Cases sent out' },
  },
  MeetingAbsence: {
    id,
    communityId,
    meetingId: { nb: 'Møte', en: 'Meeting' },
    memberAppointmentId: { nb: 'Medlem (oppnevning)', en: 'Member (appointment)' },
    reason: { nb: 'Grunn', en: 'Reason' },
    reportedAt: { nb: 'Meldt', en: 'Reported at' },
    reportedBy: { nb: 'Meldt av', en: 'Reported by' },
    deputyAppointmentId: { nb: 'Innkalt vara (oppnevning)', en: 'Deputy called in (appointment)' },
    deputyCalledAt: { nb: 'Vara innkalt', en: 'Deputy called in at' },
    deputyCalledBy: { nb: 'Vara innkalt av', en: 'Deputy called in by' },
  },
};

/** A field of a record type in the given language; one without a label is shown as the API names it. */
export function auditFieldLabel(entityType: string, field: string, language: Language): string | undefined {
  const labels = auditFieldLabels[entityType];
  return labels && Object.hasOwn(labels, field) ? labels[field]?.[language] : undefined;
}
