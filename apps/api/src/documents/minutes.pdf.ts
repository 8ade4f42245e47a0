import { formatIsoDate, osloDate } from '@helsefellesskap/calendar';
import { ArchivalPdf } from './archival-pdf.js';
import { writeDecision, type DecisionPdfView } from './decision-content.js';
import { meetingWhen } from './meeting-when.js';
import { writePlainText } from './plain-text.js';

/** Who attended: members present (a deputy says whom they stood in for), those absent, and observers. */
export interface MinutesAttendanceView {
  present: { name: string; role: string; standingInFor: string | null }[];
  absent: { name: string; role: string }[];
  observers: { name: string; role: string }[];
}

/**
 * An agenda item in the minutes. The caller's view is decided before the renderer: for an exempt case
 * `title` is the public title or null, and the decision's text null when the caller may not read it.
 */
export interface MinutesItemView {
  reference: string;
  title: string | null;
  /** The legal basis when the case is exempt (ADR 0025), e.g. "Offl. § 13". */
  exemptionBasis: string | null;
  /** Null when nothing was recorded for the item. */
  decision: DecisionPdfView | null;
}

/** A correction of approved minutes: a new, audited record with its reason. */
export interface MinutesCorrectionView {
  /** The day the correction was made (ISO date). */
  correctedOn: string;
  /** The agenda item it concerns, if any. */
  reference: string | null;
  text: string;
  reason: string;
}

/** What the minutes (protokoll) say, as plain data: no database, no caller. */
export interface MinutesPdfView {
  communityName: string;
  organName: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  /** The minutes text as the secretariat wrote it and sent it for approval (published minutes are public). */
  text: string;
  attendance: MinutesAttendanceView;
  items: MinutesItemView[];
  approval: {
    /** The day the minutes were sent to the participants (ISO date), if sent. */
    sentOn: string | null;
    /** The day they were approved (ISO date), if approved. */
    approvedOn: string | null;
    /** Whether objections were recorded (and resolved) before approval. */
    hadObjections: boolean;
  };
  corrections: MinutesCorrectionView[];
}

const date = (isoDate: string) => formatIsoDate(isoDate, 'nb-NO', 'short');

/** "Godkjent uten merknader 12.03.2026", or where the minutes are on their way to approval. */
export function approvalLine(approval: MinutesPdfView['approval']): string {
  if (approval.approvedOn) {
    return approval.hadObjections
      ? `Godkjent etter behandling av merknader ${date(approval.approvedOn)}`
      : `Godkjent uten merknader ${date(approval.approvedOn)}`;
  }
  return approval.sentOn ? `Sendt til deltakerne ${date(approval.sentOn)}, ikke godkjent ennå` : 'Utkast – ikke godkjent';
}

/** The item's heading: its reference and title, or that the case is exempt. */
export function itemHeading(item: { reference: string; title: string | null }): string {
  return `${item.reference}: ${item.title ?? 'Unntatt offentlighet'}`;
}

/**
 * The minutes as an archival PDF (PDF/A-2a, tagged, fonts embedded) in Norwegian: the meeting and its
 * approval line, the minutes text as written and approved, then what the meeting's records hold: who
 * attended (and who stood in for whom), each agenda item with its decision and, when a vote was not
 * unanimous, each member's vote; and any corrections.
 */
export function renderMinutesPdf(view: MinutesPdfView): Promise<Buffer> {
  const pdf = new ArchivalPdf({
    title: `Protokoll – ${view.organName}, ${date(osloDate(view.startsAt))}`,
    author: view.communityName,
    subject: 'Protokoll fra møte',
  });
  pdf.title('Protokoll');
  pdf.paragraph(view.organName, { size: 13 });
  pdf.paragraph(view.communityName);
  pdf.space();
  pdf.labelled('Tid', meetingWhen(view.startsAt, view.endsAt));
  if (view.place) pdf.labelled('Sted', view.place);
  pdf.note(approvalLine(view.approval));
  pdf.space();

  // The text is what the participants were sent and approved; an edit (a point an objection settled) is in it.
  pdf.heading('Protokolltekst', { bookmark: true });
  writePlainText(pdf, view.text);
  pdf.space();
  pdf.note('Oppmøte, vedtak og stemmer slik de er registrert fra møtet:');

  pdf.heading('Til stede', { bookmark: true });
  pdf.list(
    view.attendance.present.map((person) =>
      person.standingInFor ? `${person.name} – ${person.role}, møtte for ${person.standingInFor}` : `${person.name} – ${person.role}`,
    ),
  );
  if (view.attendance.absent.length > 0) {
    pdf.subheading('Forfall');
    pdf.list(view.attendance.absent.map((person) => `${person.name} – ${person.role}`));
  }
  if (view.attendance.observers.length > 0) {
    pdf.subheading('Observatører');
    pdf.list(view.attendance.observers.map((person) => `${person.name} – ${person.role}`));
  }
  pdf.space();

  pdf.heading('Saker', { bookmark: true });
  if (view.items.length === 0) pdf.paragraph('Ingen saker ble behandlet.');
  for (const item of view.items) {
    pdf.subheading(itemHeading(item));
    if (item.exemptionBasis) pdf.note(`Unntatt offentlighet (${item.exemptionBasis})`);
    if (item.decision) writeDecision(pdf, item.decision);
    else pdf.paragraph('Ingen vedtak er ført.');
    pdf.space(0.5);
  }

  if (view.corrections.length > 0) {
    pdf.heading('Rettelser', { bookmark: true });
    pdf.list(
      view.corrections.map((correction) => ({
        text: `${date(correction.correctedOn)}${correction.reference ? `, ${correction.reference}` : ''}: ${correction.text}`,
        details: [`Begrunnelse: ${correction.reason}`],
      })),
    );
  }
  return pdf.end();
}
