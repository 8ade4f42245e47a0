import { formatIsoDate } from '@helsefellesskap/calendar';
import { ArchivalPdf } from './archival-pdf.js';
import { writeDecision, type DecisionPdfView } from './decision-content.js';
import { meetingWhen } from './meeting-when.js';
import { itemHeading } from './minutes.pdf.js';

/**
 * One decision of one case (særutskrift), as plain data. The caller's view is decided before the
 * renderer: for an exempt case `title` is the public title or null, and texts null when withheld.
 */
export interface DecisionRecordPdfView {
  communityName: string;
  organName: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  reference: string;
  title: string | null;
  exemptionBasis: string | null;
  /** The recommendation (innstilling) as it stood when decided; null when there was none or it is withheld. */
  recommendation: string | null;
  decision: DecisionPdfView;
  /** Set when this decision corrects an earlier one: why. */
  correctionReason: string | null;
  /** The day the extract is certified (ISO date), printed with "Rett utskrift". */
  certifiedOn: string;
  /** Who certifies it (the secretariat), if named. */
  certifiedBy: string | null;
}

/**
 * The decision record (særutskrift) as an archival PDF (PDF/A-2a, tagged, fonts embedded): organ,
 * meeting, the case, the recommendation, the decision with the votes, and "Rett utskrift" with the date.
 */
export function renderDecisionRecordPdf(view: DecisionRecordPdfView): Promise<Buffer> {
  const certifiedOn = formatIsoDate(view.certifiedOn, 'nb-NO', 'short');
  const pdf = new ArchivalPdf({
    title: `Særutskrift – ${view.reference}`,
    author: view.communityName,
    subject: `Vedtak i ${view.organName}`,
  });
  pdf.title('Særutskrift');
  pdf.paragraph(itemHeading(view), { size: 13, face: 'bold' });
  if (view.exemptionBasis) pdf.note(`Unntatt offentlighet (${view.exemptionBasis})`);
  pdf.space(0.5);
  pdf.labelled('Organ', `${view.organName}, ${view.communityName}`);
  pdf.labelled('Møte', meetingWhen(view.startsAt, view.endsAt));
  if (view.place) pdf.labelled('Sted', view.place);
  pdf.space();

  if (view.recommendation !== null) {
    pdf.heading('Innstilling');
    pdf.paragraph(view.recommendation);
    pdf.space(0.5);
  }
  pdf.heading('Vedtak');
  if (view.correctionReason) pdf.note(`Vedtaket retter et tidligere vedtak. Begrunnelse: ${view.correctionReason}`);
  writeDecision(pdf, view.decision);
  pdf.space(2);
  pdf.paragraph(`Rett utskrift, ${certifiedOn}`);
  if (view.certifiedBy) pdf.paragraph(view.certifiedBy);
  return pdf.end();
}
