import { TIME_ZONE, formatIsoDate } from '@helsefellesskap/calendar';
import PDFDocument from 'pdfkit';

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

const dateTime = new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, dateStyle: 'full', timeStyle: 'short' });
const time = new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, timeStyle: 'short' });

/** When and where, as the notice and its e-mail say it: "tirsdag 3. mars 2026 kl. 10:00–15:00". */
export function meetingWhen(startsAt: Date, endsAt: Date | null): string {
  return `${dateTime.format(startsAt)}${endsAt ? `–${time.format(endsAt)}` : ''}`;
}

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
  const title = `Innkalling – ${notice.organName}, ${formatIsoDate(notice.issuedOn, 'nb-NO')}`;
  const document = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Author: notice.communityName, Subject: 'Innkalling, saksliste og sakspapirer' },
    lang: 'nb-NO',
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });

  document
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(`Innkalling til ${notice.kind === 'EXTRAORDINARY' ? 'ekstraordinært ' : ''}møte`);
  document.font('Helvetica').fontSize(13).text(notice.organName);
  document.fontSize(11).text(notice.communityName);
  document.moveDown();
  document.fontSize(11);
  document.font('Helvetica-Bold').text('Tid: ', { continued: true }).font('Helvetica').text(meetingWhen(notice.startsAt, notice.endsAt));
  if (notice.place) document.font('Helvetica-Bold').text('Sted: ', { continued: true }).font('Helvetica').text(notice.place);
  if (notice.videoUrl) document.font('Helvetica-Bold').text('Video: ', { continued: true }).font('Helvetica').text(notice.videoUrl);
  document.text(notice.isOpen ? 'Møtet er åpent for publikum.' : 'Møtet er lukket.');
  document
    .fontSize(9)
    .fillColor('#444444')
    .text(`Sendt ${formatIsoDate(notice.issuedOn, 'nb-NO')}. Forfall meldes sekretariatet så raskt som mulig.`);
  document.fillColor('black').moveDown();

  document.outline.addItem('Saksliste');
  document.font('Helvetica-Bold').fontSize(14).text('Saksliste');
  document.font('Helvetica').fontSize(11);
  if (notice.agenda.length === 0) document.text('Ingen saker er satt opp ennå.');
  for (const item of notice.agenda) {
    document.text(`${item.reference}  ${item.title ?? `Unntatt offentlighet (${item.exemptionBasis ?? ''})`}`, { indent: 0 });
  }
  document.moveDown();

  document.outline.addItem('Innkalt');
  document.font('Helvetica-Bold').fontSize(14).text('Innkalt');
  document.font('Helvetica').fontSize(10);
  for (const recipient of notice.recipients) {
    document.text(`• ${recipient.name} – ${recipient.roleLabels.join(', ')} (${recipient.seatLabels.join(', ')})`);
  }

  for (const item of notice.agenda) {
    document.addPage();
    const heading = `${item.reference}: ${item.title ?? 'Unntatt offentlighet'}`;
    document.outline.addItem(heading);
    document.font('Helvetica-Bold').fontSize(14).text(heading);
    document.font('Helvetica').fontSize(10).fillColor('#444444').text(KIND_LABELS[item.kind]).fillColor('black');
    document.moveDown(0.5);
    if (item.exemptionBasis) {
      document
        .fontSize(11)
        .text(
          `Saken er unntatt offentlighet (${item.exemptionBasis}). Sakspapirene sendes ikke med innkallingen; de kan leses i løsningen av dem som har tilgang.`,
        );
      continue;
    }
    for (const section of item.sections) {
      document.font('Helvetica-Bold').fontSize(11).text(section.heading);
      document.font('Helvetica').fontSize(11).text(section.text);
      document.moveDown(0.5);
    }
    if (item.sections.length === 0) document.fontSize(11).text('Saken har ingen saksframstilling ennå.');
    if (item.attachments.length > 0) {
      document.font('Helvetica-Bold').fontSize(11).text('Vedlegg (lagt ved e-posten)');
      document.font('Helvetica');
      for (const attachment of item.attachments) document.text(`• ${attachment.filename}`);
    }
  }
  document.end();
  return done;
}
