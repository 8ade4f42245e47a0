import { formatIsoDate, osloDate } from '@helsefellesskap/calendar';
import PDFDocument from 'pdfkit';
import {
  measureStatusReasonLabels,
  priorityPatientGroupLabels,
  renderGap,
  statusLabels,
  type StatusReport,
} from '@helsefellesskap/status-schema';

const STATUS_COLOURS: Record<string, string> = {
  ON_TRACK: '#1a7f37',
  AT_RISK: '#b58100',
  DELAYED: '#c62828',
  COMPLETED: '#1f5fa8',
  NOT_STARTED: '#666666',
  CANCELLED: '#666666',
};

const CHANGE_LABELS: Record<string, string> = {
  NEW_SECTION: 'Nytt innsatsområde',
  NEW_MEASURE: 'Nytt tiltak',
  REMOVED_MEASURE: 'Tiltak fjernet',
  STATUS_CHANGED: 'Endret status',
  PROGRESS_CHANGED: 'Endret fremdrift',
};

const formatDate = (date: string | null) => (date ? formatIsoDate(date, 'nb-NO') : '–');
const number = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const statusText = (value: string) => (value in statusLabels.nb ? statusLabels.nb[value as keyof typeof statusLabels.nb] : value);

/** The report as a PDF in Norwegian: every focus area with its status, gaps, commentary, targets, measures and changes. */
export function renderStatusReportPdf(
  report: StatusReport,
  frozen: { caseReference: string | null; frozenAt: Date | null } | null,
): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `Statusrapport ${report.year} – ${report.planTitle}`,
      Author: report.communityName,
      Subject: 'Statusrapport for handlingsplanen',
    },
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

  document.font('Helvetica-Bold').fontSize(20).text(`Statusrapport ${report.year}`);
  document.font('Helvetica').fontSize(13).text(`${report.planTitle} (${report.planPeriod.from}–${report.planPeriod.to})`);
  document.fontSize(11).text(report.communityName);
  document.moveDown(0.5);
  document.fontSize(9).fillColor('#444444');
  document.text(
    `Status per ${formatDate(report.cutOffDate)}. ${report.previousReportYear ? `Endringer vises mot statusrapporten for ${report.previousReportYear}.` : ''}`,
  );
  document.text(
    frozen?.frozenAt
      ? `Fastsatt ${formatDate(osloDate(frozen.frozenAt))}, vedlegg til ${frozen.caseReference ?? 'sak'}.`
      : 'Utkast – ikke fastsatt.',
  );
  document.fillColor('black').moveDown();

  for (const section of report.sections) {
    const heading = `Innsatsområde ${section.focusAreaNumber}: ${section.title}`;
    // Bookmarks let a reader jump between focus areas.
    document.outline.addItem(heading);
    document.font('Helvetica-Bold').fontSize(14).text(heading);
    document.font('Helvetica').fontSize(10);
    document
      .fillColor(STATUS_COLOURS[section.status] ?? 'black')
      .text(`Status: ${statusText(section.status)}`)
      .fillColor('black');
    document.text(
      `Ansvarlig: ${section.responsibleOrgan ?? 'ingen'}${section.hasProfessionalCommittee ? '' : ' (uten faglig samarbeidsutvalg)'}`,
    );
    for (const gap of section.gaps)
      document
        .fillColor('#c62828')
        .text(`• ${renderGap(gap, 'nb')}`)
        .fillColor('black');
    document.moveDown(0.3);
    if (section.commentaryCarriedOver)
      document.text(
        `Overført: teksten er hentet fra statusrapporten for ${report.previousReportYear ?? 'året før'} og er ikke redigert i år.`,
      );
    document
      .font('Helvetica-Oblique')
      .text(section.commentary || 'Ingen kommentar.')
      .font('Helvetica');
    document.moveDown(0.3);

    if (section.targets.length > 0) {
      document.font('Helvetica-Bold').text('Mål');
      document.font('Helvetica');
      for (const target of section.targets) {
        const value =
          target.latestValue === null
            ? 'ingen måling'
            : `${number.format(target.latestValue)} ${target.unit} (${formatDate(target.valueDate)})`;
        document.text(
          `• ${target.description}. ${target.indicatorName}: fra ${target.baseline === null ? '–' : number.format(target.baseline)} til ${target.targetValue === null ? '–' : number.format(target.targetValue)} ${target.unit} innen ${formatDate(target.dueDate)}; nå ${value}. Status: ${statusText(target.status)}.`,
        );
      }
    }
    if (section.measures.length > 0) {
      document.font('Helvetica-Bold').text('Tiltak');
      document.font('Helvetica');
      for (const measure of section.measures) {
        const reason = measure.statusReason ? ` (${measureStatusReasonLabels.nb[measure.statusReason]})` : '';
        document.text(`• ${measure.title}${measure.owner ? ` – ${measure.owner}` : ''}`);
        document.text(
          `   ${formatDate(measure.startsOn)} – ${formatDate(measure.endsOn)}. Status: ${statusText(measure.status)}${reason}. Fremdrift: ${measure.progress === null ? '–' : `${number.format(measure.progress)} %`}. Sist oppdatert: ${formatDate(measure.lastUpdateOn)}.`,
        );
        if (measure.patientGroups.length > 0)
          document.text(
            `   Prioriterte grupper: ${measure.patientGroups.map((group) => priorityPatientGroupLabels.nb[group]).join(', ')}.`,
          );
        if (measure.comment) document.text(`   ${measure.comment}`);
      }
    }
    if (section.changes.length > 0) {
      document.font('Helvetica-Bold').text(`Endringer siden ${report.previousReportYear ?? 'forrige rapport'}`);
      document.font('Helvetica');
      for (const change of section.changes) {
        const detail =
          change.from !== null || change.to !== null
            ? `: ${change.from ? statusText(change.from) : '–'} → ${change.to ? statusText(change.to) : '–'}`
            : '';
        document.text(`• ${CHANGE_LABELS[change.kind] ?? change.kind}: ${change.subject}${detail}`);
      }
    }
    document.moveDown();
  }
  document.end();
  return done;
}
