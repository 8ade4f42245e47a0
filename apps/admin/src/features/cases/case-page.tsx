import { Button, Heading, Link, List, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { CaseKind, CaseStatus, RecordAccess, CasePageQuery as CasePageData } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { SelectField } from '../../shared/select-field';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { FormOutcome, useFormOutcome } from '../register/form-outcome';
import { AttachmentAccessForm } from './attachment-access-form';
import { CaseTextView } from './case-text-view';
import { meetingPath } from '../meetings/paths';
import { casePath, organCasesPath } from './paths';

const CasePageQuery = graphql(`
  query CasePage($communityId: ID!, $caseId: ID!) {
    community(id: $communityId) {
      id
      shortName
      canEditRegister
    }
    case(id: $caseId) {
      id
      reference
      title
      kind
      status
      access
      exemptionBasis
      publicTitle
      archiveReference
      caseworkers
      documentDate
      submittedOn
      contentVisible
      version
      organ {
        id
        name
      }
      content {
        recommendation
        background
        municipalAssessment
        hospitalAssessment
        attachments {
          id
          fileName
          contentType
          sizeBytes
          access
          exemptionBasis
          downloadPath
        }
        linkedCases {
          id
          reference
          title
        }
      }
      decisions {
        id
        meetingId
        kind
        decidedOn
        text
        postponedToMeetingId
        postponedToDate
        correctionReason
        recordPdfUrl
        counts {
          yes
          no
          abstain
        }
      }
    }
  }
`);

const UpdateCase = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      id
      version
    }
  }
`);

const ChangeCaseStatus = graphql(`
  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      status
      version
    }
  }
`);

const RemoveCaseAttachment = graphql(`
  mutation RemoveCaseAttachment($id: ID!) {
    removeCaseAttachment(id: $id) {
      id
    }
  }
`);

type CaseData = NonNullable<CasePageData['case']>;
const KINDS: readonly CaseKind[] = ['DECISION', 'ORIENTATION', 'DISCUSSION'];

/** A case: its facts, recommendation, texts, attachments and the cases it refers to; the secretariat edits it here. */
export function CasePage() {
  const { t } = useTranslation();
  const { communityId = '', caseId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(CasePageQuery, { variables: { communityId, caseId } });
  const community = data?.community;
  const found = data?.case;
  const title = found ? `${found.reference}${found.title ? ` ${found.title}` : ''}` : undefined;
  useDocumentTitle(title);
  if (!community || !found || !title) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('cases.page.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const editable = community.canEditRegister && found.status !== 'DECIDED' && found.status !== 'WITHDRAWN';
  const reload = () => void refetch();
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: `/communities/${encodeURIComponent(community.id)}` },
          { label: t('cases.list.title', { name: found.organ.name }), to: organCasesPath(community.id, found.organ.id) },
          { label: found.reference, to: casePath(community.id, found.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        <span className="case-reference">{found.reference}</span>{' '}
        {found.title ?? t('cases.list.exemptTitle', { basis: found.exemptionBasis ?? '' })}
      </Heading>
      <div className="tag-row">
        <Tag data-color="accent" data-size="sm">
          {t(`cases.statuses.${found.status}`)}
        </Tag>
        {found.access === 'EXEMPT' && (
          <Tag data-color="warning" data-size="sm">
            {t('cases.access.EXEMPT')} ({found.exemptionBasis})
          </Tag>
        )}
      </div>
      <CaseFacts found={found} />
      <CaseContentView
        found={found}
        communityId={community.id}
        canRemove={editable}
        canChangeAccess={community.canEditRegister}
        onChanged={reload}
      />
      <CaseHandling found={found} communityId={community.id} />
      {community.canEditRegister && <StatusButtons found={found} onChanged={reload} />}
      {editable && <UploadForm caseId={found.id} onUploaded={reload} />}
      {editable && <CaseEditor found={found} onSaved={reload} />}
      {community.canEditRegister && !editable && <Paragraph>{t('cases.edit.notEditable')}</Paragraph>}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function CaseFacts({ found }: { found: CaseData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <dl className="facts" aria-label={t('cases.page.facts')}>
      <Fact term={t('cases.page.organ')}>{found.organ.name}</Fact>
      <Fact term={t('cases.page.kind')}>{t(`cases.kinds.${found.kind}`)}</Fact>
      <Fact term={t('cases.page.access')}>{t(`cases.access.${found.access}`)}</Fact>
      {found.exemptionBasis && <Fact term={t('cases.page.exemptionBasis')}>{found.exemptionBasis}</Fact>}
      {found.archiveReference && <Fact term={t('cases.page.archiveReference')}>{found.archiveReference}</Fact>}
      {found.caseworkers.length > 0 && <Fact term={t('cases.page.caseworkers')}>{found.caseworkers.join(', ')}</Fact>}
      {found.documentDate && <Fact term={t('cases.page.documentDate')}>{format.date(found.documentDate)}</Fact>}
      {found.submittedOn && <Fact term={t('cases.page.submittedOn')}>{format.date(found.submittedOn)}</Fact>}
    </dl>
  );
}

function CaseContentView({
  found,
  communityId,
  canRemove,
  canChangeAccess,
  onChanged,
}: {
  found: CaseData;
  communityId: string;
  canRemove: boolean;
  /** The secretariat changes a file's public access at any stage of the case. */
  canChangeAccess: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveCaseAttachment);
  const outcome = useFormOutcome();
  const content = found.content;
  if (!content) return <Paragraph>{t('cases.page.contentHidden')}</Paragraph>;
  const section = (heading: string, text: string) =>
    text ? (
      <section key={heading}>
        <Heading level={2} data-size="sm">
          {heading}
        </Heading>
        <CaseTextView text={text} />
      </section>
    ) : null;
  return (
    <>
      <section>
        <Heading level={2} data-size="sm">
          {t(`cases.page.recommendation.${found.kind}`)}
        </Heading>
        {content.recommendation.length === 0 ? (
          <Paragraph>{t('cases.page.noRecommendation')}</Paragraph>
        ) : (
          <List.Ordered>
            {content.recommendation.map((point, index) => (
              <List.Item key={index}>{point}</List.Item>
            ))}
          </List.Ordered>
        )}
      </section>
      {section(t('cases.page.background'), content.background)}
      {section(t('cases.page.municipalAssessment'), content.municipalAssessment)}
      {section(t('cases.page.hospitalAssessment'), content.hospitalAssessment)}
      <section>
        <Heading level={2} data-size="sm">
          {t('cases.page.attachments')}
        </Heading>
        {content.attachments.length === 0 && content.linkedCases.length === 0 ? (
          <Paragraph>{t('cases.page.noAttachments')}</Paragraph>
        ) : (
          <List.Unordered>
            {content.attachments.map((attachment) => (
              <List.Item key={attachment.id}>
                {attachment.downloadPath && attachment.fileName ? (
                  <Link href={attachment.downloadPath} aria-label={t('cases.page.download', { name: attachment.fileName })}>
                    {attachment.fileName}
                  </Link>
                ) : (
                  t('cases.page.exemptAttachment', { basis: attachment.exemptionBasis ?? '' })
                )}
                {attachment.access === 'EXEMPT' &&
                  attachment.fileName &&
                  ` (${t('cases.access.EXEMPT')}, ${attachment.exemptionBasis ?? ''})`}
                {canChangeAccess && attachment.fileName && (
                  <AttachmentAccessForm attachment={{ ...attachment, fileName: attachment.fileName }} onChanged={onChanged} />
                )}
                {canRemove && attachment.fileName && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() =>
                      void outcome.run(async () => {
                        await remove({ variables: { id: attachment.id } });
                        onChanged();
                      }, t('cases.page.removed'))
                    }
                  >
                    {t('cases.page.remove', { name: attachment.fileName })}
                  </Button>
                )}
              </List.Item>
            ))}
            {content.linkedCases.map((linked) => (
              <List.Item key={linked.id}>
                <AppLink to={casePath(communityId, linked.id)}>
                  {linked.reference} {linked.title ?? ''}
                </AppLink>
              </List.Item>
            ))}
          </List.Unordered>
        )}
        <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      </section>
    </>
  );
}

/** The meetings that handled the case and what each decided, in meeting order (a postponed case is decided later). */
function CaseHandling({ found, communityId }: { found: CaseData; communityId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const pathTo = (meetingId: string, date: string) => meetingPath(communityId, found.organ.id, meetingId, Number(date.slice(0, 4)));
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('cases.page.handling')}
      </Heading>
      {found.decisions.length === 0 ? (
        <Paragraph>{t('cases.page.notHandled')}</Paragraph>
      ) : (
        <List.Unordered>
          {found.decisions.map((decision) => (
            <List.Item key={decision.id}>
              <AppLink to={pathTo(decision.meetingId, decision.decidedOn)}>
                {t('cases.page.handledAt', { date: format.date(decision.decidedOn) })}
              </AppLink>
              : <strong>{t(`decisions.decisions.kind.${decision.kind}`)}</strong>
              {decision.counts && ` (${t('decisions.decisions.counts', decision.counts)})`}
              {decision.postponedToMeetingId && decision.postponedToDate && (
                <>
                  {'. '}
                  {t('cases.page.postponedTo')}{' '}
                  <AppLink to={pathTo(decision.postponedToMeetingId, decision.postponedToDate)}>
                    {format.date(decision.postponedToDate)}
                  </AppLink>
                </>
              )}
              <Paragraph className="preformatted">{decision.text ?? t('cases.page.decisionHidden')}</Paragraph>
              {decision.correctionReason && (
                <Paragraph data-size="sm">{t('cases.page.corrected', { reason: decision.correctionReason })}</Paragraph>
              )}
              <Paragraph data-size="sm">
                <Link href={decision.recordPdfUrl} type="application/pdf">
                  {t('cases.page.recordPdf', { date: format.date(decision.decidedOn) })}
                </Link>
              </Paragraph>
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}

function StatusButtons({ found, onChanged }: { found: CaseData; onChanged: () => void }) {
  const { t } = useTranslation();
  const [change, changing] = useMutation(ChangeCaseStatus);
  const outcome = useFormOutcome();
  const move = (status: CaseStatus, message: string) =>
    void outcome.run(async () => {
      await change({ variables: { input: { caseId: found.id, expectedVersion: found.version, status } } });
      onChanged();
    }, message);
  const busy = changing.loading || undefined;
  return (
    <div>
      <div className="button-row">
        {found.status === 'DRAFT' && (
          <Button aria-disabled={busy} onClick={() => move('SUBMITTED', t('cases.edit.submitted'))}>
            {t('cases.edit.submitCase')}
          </Button>
        )}
        {(found.status === 'SUBMITTED' || found.status === 'WITHDRAWN') && (
          <Button variant="secondary" aria-disabled={busy} onClick={() => move('DRAFT', t('cases.edit.drafted'))}>
            {t('cases.edit.toDraft')}
          </Button>
        )}
        {(found.status === 'DRAFT' || found.status === 'SUBMITTED' || found.status === 'POSTPONED') && (
          <Button variant="secondary" data-color="danger" aria-disabled={busy} onClick={() => move('WITHDRAWN', t('cases.edit.withdrawn'))}>
            {t('cases.edit.withdraw')}
          </Button>
        )}
      </div>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
    </div>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function CaseEditor({ found, onSaved }: { found: CaseData; onSaved: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [update, updating] = useMutation(UpdateCase);
  const outcome = useFormOutcome();
  const [title, setTitle] = useState(found.title ?? '');
  const [kind, setKind] = useState<CaseKind>(found.kind);
  const [access, setAccess] = useState<RecordAccess>(found.access);
  const [exemptionBasis, setExemptionBasis] = useState(found.exemptionBasis ?? '');
  const [publicTitle, setPublicTitle] = useState(found.publicTitle ?? '');
  const [archiveReference, setArchiveReference] = useState(found.archiveReference ?? '');
  const [caseworkers, setCaseworkers] = useState(found.caseworkers.join('\n'));
  const [documentDate, setDocumentDate] = useState(found.documentDate ?? '');
  const [recommendation, setRecommendation] = useState(found.content?.recommendation.join('\n') ?? '');
  const [background, setBackground] = useState(found.content?.background ?? '');
  const [municipalAssessment, setMunicipalAssessment] = useState(found.content?.municipalAssessment ?? '');
  const [hospitalAssessment, setHospitalAssessment] = useState(found.content?.hospitalAssessment ?? '');
  const exempt = access === 'EXEMPT';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await outcome.run(async () => {
      await update({
        variables: {
          input: {
            caseId: found.id,
            expectedVersion: found.version,
            title: title.trim(),
            kind,
            access,
            exemptionBasis: exempt ? exemptionBasis.trim() || null : null,
            publicTitle: exempt ? publicTitle.trim() || null : null,
            archiveReference: archiveReference.trim() || null,
            caseworkers: lines(caseworkers),
            documentDate: documentDate || null,
            recommendation: lines(recommendation),
            background,
            municipalAssessment,
            hospitalAssessment,
          },
        },
      });
      onSaved();
    }, t('cases.edit.saved'));
  };
  const text = (label: string, value: string, set: (value: string) => void, field: string) => (
    <Textfield
      multiline
      rows={6}
      label={label}
      description={t('cases.edit.textDescription')}
      value={value}
      onChange={(event) => set(event.target.value)}
      error={outcome.fields[field]}
    />
  );
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('cases.edit.heading')}
      </Heading>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="case-editor">
        <Textfield
          label={t('cases.edit.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={outcome.fields.title}
          required
        />
        <SelectField
          id={`${headingId}-kind`}
          label={t('cases.edit.kind')}
          value={kind}
          onChange={(value) => setKind(KINDS.find((option) => option === value) ?? kind)}
        >
          {KINDS.map((option) => (
            <Select.Option key={option} value={option}>
              {t(`cases.kinds.${option}`)}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          id={`${headingId}-access`}
          label={t('cases.edit.access')}
          value={access}
          onChange={(value) => setAccess(value === 'EXEMPT' ? 'EXEMPT' : 'PUBLIC')}
        >
          <Select.Option value={'PUBLIC'}>{t('cases.access.PUBLIC')}</Select.Option>
          <Select.Option value={'EXEMPT'}>{t('cases.access.EXEMPT')}</Select.Option>
        </SelectField>
        {exempt && (
          <>
            <Textfield
              label={t('cases.edit.exemptionBasis')}
              description={t('cases.edit.exemptionBasisDescription')}
              value={exemptionBasis}
              onChange={(event) => setExemptionBasis(event.target.value)}
              error={outcome.fields.exemptionBasis}
              required
            />
            <Textfield
              label={t('cases.edit.publicTitle')}
              description={t('cases.edit.publicTitleDescription')}
              value={publicTitle}
              onChange={(event) => setPublicTitle(event.target.value)}
              error={outcome.fields.publicTitle}
            />
          </>
        )}
        <Textfield
          label={t('cases.edit.archiveReference')}
          value={archiveReference}
          onChange={(event) => setArchiveReference(event.target.value)}
          error={outcome.fields.archiveReference}
        />
        <Textfield
          multiline
          rows={2}
          label={t('cases.edit.caseworkers')}
          description={t('cases.edit.caseworkersDescription')}
          value={caseworkers}
          onChange={(event) => setCaseworkers(event.target.value)}
          error={outcome.fields.caseworkers}
        />
        <Textfield
          type="date"
          label={t('cases.edit.documentDate')}
          value={documentDate}
          onChange={(event) => setDocumentDate(event.target.value)}
          error={outcome.fields.documentDate}
        />
        <Textfield
          multiline
          rows={4}
          label={t('cases.edit.recommendation')}
          description={t('cases.edit.recommendationDescription')}
          value={recommendation}
          onChange={(event) => setRecommendation(event.target.value)}
          error={outcome.fields.recommendation}
        />
        {text(t('cases.edit.background'), background, setBackground, 'background')}
        {text(t('cases.edit.municipalAssessment'), municipalAssessment, setMunicipalAssessment, 'municipalAssessment')}
        {text(t('cases.edit.hospitalAssessment'), hospitalAssessment, setHospitalAssessment, 'hospitalAssessment')}
        <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
        <div className="button-row">
          <Button type="submit" aria-disabled={updating.loading || undefined}>
            {t('cases.edit.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The errors of the upload route's JSON answer (GraphQL's shape), checked before use. */
function refusalsOf(body: unknown, fallback: string): { message: string; extensions?: Record<string, unknown> }[] {
  if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
    return body.errors.flatMap((error: unknown) =>
      typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
        ? [
            {
              message: error.message,
              extensions:
                'extensions' in error && typeof error.extensions === 'object' && error.extensions !== null
                  ? { ...error.extensions }
                  : undefined,
            },
          ]
        : [],
    );
  }
  return [{ message: fallback }];
}

function UploadForm({ caseId, onUploaded }: { caseId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const outcome = useFormOutcome();
  const [file, setFile] = useState<File | null>(null);
  const [access, setAccess] = useState<RecordAccess>('PUBLIC');
  const [exemptionBasis, setExemptionBasis] = useState('');
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      outcome.refuse({ file: t('cases.upload.chooseFile') });
      return;
    }
    setBusy(true);
    await outcome.run(
      async () => {
        const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/attachments`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': 'application/octet-stream',
            'x-file-name': encodeURIComponent(file.name),
            'x-access': access,
            ...(access === 'EXEMPT' ? { 'x-exemption-basis': encodeURIComponent(exemptionBasis.trim()) } : {}),
          },
          body: file,
        });
        if (!response.ok) {
          throw new CombinedGraphQLErrors({ errors: refusalsOf(await response.json(), response.statusText) });
        }
        setFile(null);
        setFormKey((key) => key + 1);
        onUploaded();
      },
      t('cases.upload.uploaded', { name: file.name }),
    );
    setBusy(false);
  };
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('cases.upload.heading')}
      </Heading>
      <form key={formKey} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Textfield
          type="file"
          label={t('cases.upload.file')}
          description={t('cases.upload.fileDescription')}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          error={outcome.fields.file}
        />
        <SelectField
          id={`${headingId}-access`}
          label={t('cases.upload.access')}
          value={access}
          onChange={(value) => setAccess(value === 'EXEMPT' ? 'EXEMPT' : 'PUBLIC')}
        >
          <Select.Option value={'PUBLIC'}>{t('cases.access.PUBLIC')}</Select.Option>
          <Select.Option value={'EXEMPT'}>{t('cases.access.EXEMPT')}</Select.Option>
        </SelectField>
        {access === 'EXEMPT' && (
          <Textfield
            label={t('cases.upload.exemptionBasis')}
            value={exemptionBasis}
            onChange={(event) => setExemptionBasis(event.target.value)}
            error={outcome.fields.exemptionBasis}
            required
          />
        )}
        <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {t('cases.upload.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
