import { formatIsoDate } from '@helsefellesskap/calendar';
import { ArchivalPdf } from '../../documents/archival-pdf.js';
import { meetingWhen } from '../../documents/meeting-when.js';

/** A case as the notice lists it: its reference, title (or the exempt note) and papers. */
export interface NoticeAgendaItem {
  position: number;
  reference: string;
  /** The title; for an exempt case the public title, or null (the notice shows the legal basis instead). */
  title: string | null;
  kind: 'DECISION' | 'ORIENTATION' | 'DISCUSSION';
  /** Set for an exempt case: its content is not in the notice (ADR 0025). */
  exemptionBasis: string | null;
  /** The case's texts (recommendation, background, …), each with its heading. */
  sections: { heading: string; text: string }[];
  /** The case's public attachments by name: the notice's e-mail carries the files (ADR 0025). */
  attachments: { filename: string }[];
}

/** What the notice (innkalling) says: the meeting, who is called, the agenda and the papers. */
export interface NoticeDocument {
  communityName: string;
  organName: string;
  kind: 'ORDINARY' | 'EXTRAORDINARY';
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  videoUrl: string | null;
  isOpen: boolean;
  /** The day the notice is issued. */
  issuedOn: string;
  recipients: { name: string; roleLabels: string[]; seatLabels: string[] }[];
  agenda: NoticeAgendaItem[];
}

const KIND_LABELS: Record<NoticeAgendaItem['kind'], string> = {
  DECISION: 'Beslutningssak',
  ORIENTATION: 'Orienteringssak',
  DISCUSSION: 'Drøftingssak',
};

/** The notice's file name: "innkalling-ssu-2026-03-03.pdf". */
export function noticeFilename(organName: string, meetingDate: string): string {
  const slug = organName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `innkalling-${slug || 'mote'}-${meetingDate}.pdf`;
}

/**
 * The notice, agenda and papers as one PDF in Norwegian: the meeting, who is called, the agenda in
 * order, then each case's papers (its texts, and its public attachments by name: the e-mail carries the
 * files). An exempt case is listed by reference, legal basis and public title only.
 */
export function renderNoticePdf(notice: NoticeDocument): Promise<Buffer> {
  const pdf = new ArchivalPdf({
    title: `Innkalling – ${notice.organName}, ${formatIsoDate(notice.issuedOn, 'nb-NO')}`,
    author: notice.communityName,
    subject: 'Innkalling, saksliste og sakspapirer',
  });

  pdf.title(`Innkalling til ${notice.kind === 'EXTRAORDINARY' ? 'ekstraordinært ' : ''}møte`);
  pdf.paragraph(notice.organName, { size: 13 });
  pdf.paragraph(notice.communityName);
  pdf.space();
  pdf.labelled('Tid', meetingWhen(notice.startsAt, notice.endsAt));
  if (notice.place) pdf.labelled('Sted', notice.place);
  if (notice.videoUrl) pdf.labelled('Video', notice.videoUrl);
  pdf.paragraph(notice.isOpen ? 'Møtet er åpent for publikum.' : 'Møtet er lukket.');
  pdf.note(`Sendt ${formatIsoDate(notice.issuedOn, 'nb-NO')}. Forfall meldes sekretariatet så raskt som mulig.`);
  pdf.space();

  pdf.heading('Saksliste', { bookmark: true });
  if (notice.agenda.length === 0) pdf.paragraph('Ingen saker er satt opp ennå.');
  pdf.list(notice.agenda.map((item) => `${item.reference}  ${item.title ?? `Unntatt offentlighet (${item.exemptionBasis ?? ''})`}`));
  pdf.space();

  pdf.heading('Innkalt', { bookmark: true });
  pdf.list(
    notice.recipients.map((recipient) => `${recipient.name} – ${recipient.roleLabels.join(', ')} (${recipient.seatLabels.join(', ')})`),
    { size: 10 },
  );

  for (const item of notice.agenda) {
    pdf.newPage();
    pdf.heading(`${item.reference}: ${item.title ?? 'Unntatt offentlighet'}`, { bookmark: true });
    pdf.note(KIND_LABELS[item.kind]);
    if (item.exemptionBasis) {
      pdf.paragraph(
        `Saken er unntatt offentlighet (${item.exemptionBasis}). Sakspapirene sendes ikke med innkallingen; de kan leses i løsningen av dem som har tilgang.`,
      );
      continue;
    }
    for (const section of item.sections) {
      pdf.subheading(section.heading);
      pdf.paragraph(section.text);
      pdf.space(0.5);
    }
    if (item.sections.length === 0) pdf.paragraph('Saken har ingen saksframstilling ennå.');
    if (item.attachments.length > 0) {
      pdf.subheading('Vedlegg (lagt ved e-posten)');
      pdf.list(item.attachments.map((attachment) => attachment.filename));
    }
  }
  return pdf.end();
}
