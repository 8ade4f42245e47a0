import { formatIsoDate, osloDate } from '@helsefellesskap/calendar';
import {
  measureStatusReasonLabels,
  priorityPatientGroupLabels,
  renderGap,
  statusLabels,
  type StatusReport,
} from '@helsefellesskap/status-schema';
import { ArchivalPdf } from '../../documents/archival-pdf.js';

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
  const pdf = new ArchivalPdf({
    title: `Statusrapport ${report.year} – ${report.planTitle}`,
    author: report.communityName,
    subject: 'Statusrapport for handlingsplanen',
  });

  pdf.title(`Statusrapport ${report.year}`);
  pdf.paragraph(`${report.planTitle} (${report.planPeriod.from}–${report.planPeriod.to})`, { size: 13 });
  pdf.paragraph(report.communityName);
  pdf.space(0.5);
  pdf.note(
    `Status per ${formatDate(report.cutOffDate)}. ${report.previousReportYear ? `Endringer vises mot statusrapporten for ${report.previousReportYear}.` : ''}`,
  );
  pdf.note(
    frozen?.frozenAt
      ? `Fastsatt ${formatDate(osloDate(frozen.frozenAt))}, vedlegg til ${frozen.caseReference ?? 'sak'}.`
      : 'Utkast – ikke fastsatt.',
  );
  pdf.space();

  for (const section of report.sections) {
    // Bookmarks let a reader jump between focus areas.
    pdf.heading(`Innsatsområde ${section.focusAreaNumber}: ${section.title}`, { bookmark: true });
    pdf.paragraph(`Status: ${statusText(section.status)}`, { size: 10, colour: STATUS_COLOURS[section.status] ?? 'black' });
    pdf.paragraph(
      `Ansvarlig: ${section.responsibleOrgan ?? 'ingen'}${section.hasProfessionalCommittee ? '' : ' (uten faglig samarbeidsutvalg)'}`,
      { size: 10 },
    );
    pdf.list(
      section.gaps.map((gap) => renderGap(gap, 'nb')),
      { size: 10, colour: '#c62828' },
    );
    pdf.space(0.3);
    if (section.commentaryCarriedOver)
      pdf.paragraph(
        `Overført: teksten er hentet fra statusrapporten for ${report.previousReportYear ?? 'året før'} og er ikke redigert i år.`,
        { size: 10 },
      );
    pdf.paragraph(section.commentary || 'Ingen kommentar.', { size: 10, face: 'italic' });
    pdf.space(0.3);

    if (section.targets.length > 0) {
      pdf.subheading('Mål');
      pdf.list(
        section.targets.map((target) => {
          const value =
            target.latestValue === null
              ? 'ingen måling'
              : `${number.format(target.latestValue)} ${target.unit} (${formatDate(target.valueDate)})`;
          return `${target.description}. ${target.indicatorName}: fra ${target.baseline === null ? '–' : number.format(target.baseline)} til ${target.targetValue === null ? '–' : number.format(target.targetValue)} ${target.unit} innen ${formatDate(target.dueDate)}; nå ${value}. Status: ${statusText(target.status)}.`;
        }),
        { size: 10 },
      );
    }
    if (section.measures.length > 0) {
      pdf.subheading('Tiltak');
      pdf.list(
        section.measures.map((measure) => {
          const reason = measure.statusReason ? ` (${measureStatusReasonLabels.nb[measure.statusReason]})` : '';
          return {
            text: `${measure.title}${measure.owner ? ` – ${measure.owner}` : ''}`,
            details: [
              `${formatDate(measure.startsOn)} – ${formatDate(measure.endsOn)}. Status: ${statusText(measure.status)}${reason}. Fremdrift: ${measure.progress === null ? '–' : `${number.format(measure.progress)} %`}. Sist oppdatert: ${formatDate(measure.lastUpdateOn)}.`,
              ...(measure.patientGroups.length > 0
                ? [`Prioriterte grupper: ${measure.patientGroups.map((group) => priorityPatientGroupLabels.nb[group]).join(', ')}.`]
                : []),
              ...(measure.comment ? [measure.comment] : []),
            ],
          };
        }),
        { size: 10 },
      );
    }
    if (section.changes.length > 0) {
      pdf.subheading(`Endringer siden ${report.previousReportYear ?? 'forrige rapport'}`);
      pdf.list(
        section.changes.map((change) => {
          const detail =
            change.from !== null || change.to !== null
              ? `: ${change.from ? statusText(change.from) : '–'} → ${change.to ? statusText(change.to) : '–'}`
              : '';
          return `${CHANGE_LABELS[change.kind] ?? change.kind}: ${change.subject}${detail}`;
        }),
        { size: 10 },
      );
    }
    pdf.space();
  }
  return pdf.end();
}
