import { Alert, Button, Field, Heading, Input, Label, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { PreviewPopulationImportMutation } from '../../gql/graphql';
import { useErrorText } from '../../shared/error-messages';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { decodeCsv } from './decode-file';
import { readAgain } from './register-cache';

const PopulationImportPageQuery = graphql(`
  query PopulationImportPage($id: ID!) {
    community(id: $id) {
      id
      name
      shortName
      canEditRegister
    }
  }
`);

const PreviewPopulationImport = graphql(`
  mutation PreviewPopulationImport($input: PreviewPopulationImportInput!) {
    previewPopulationImport(input: $input) {
      hash
      changes {
        line
        partnerId
        partnerName
        municipalityNumber
        year
        before
        after
      }
      problems {
        line
        reason
        text
      }
    }
  }
`);

const ApplyPopulationImport = graphql(`
  mutation ApplyPopulationImport($input: ApplyPopulationImportInput!) {
    applyPopulationImport(input: $input) {
      written
      unchanged
      skippedLines
    }
  }
`);

type Preview = PreviewPopulationImportMutation['previewPopulationImport'];

/** Populations from a CSV file as Statistics Norway publishes it: choose the file, see every change, then save all at once. */
export function PopulationImportPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PopulationImportPageQuery, { variables: { id: communityId } });
  const community = data?.community;
  useDocumentTitle(t('register.import.title'));
  if (!community) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('register.import.title')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const path = `/communities/${encodeURIComponent(community.id)}`;
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: path },
          { label: t('register.import.title'), to: `${path}/populations/import` },
        ]}
      />
      <Heading level={1} data-size="lg">
        {t('register.import.title')}
      </Heading>
      {community.canEditRegister ? <ImportForm communityId={community.id} /> : <Paragraph>{t('register.notAllowed')}</Paragraph>}
    </>
  );
}

function ImportForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [fileError, setFileError] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [runPreview, previewState] = useMutation(PreviewPopulationImport);
  const [runApply, applyState] = useMutation(ApplyPopulationImport, {
    // Every page that shows the community's populations reads them again.
    update: readAgain(communityId, ['partners']),
  });

  const choose = async (chosen: File | undefined) => {
    setPreview(undefined);
    setFailure(undefined);
    setDone(undefined);
    setFileError(undefined);
    setFile(chosen ? { name: chosen.name, text: decodeCsv(await chosen.arrayBuffer()) } : undefined);
  };

  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setDone(undefined);
    if (!file) {
      setFileError(t('register.import.chooseFile'));
      return;
    }
    try {
      const result = await runPreview({ variables: { input: { communityId, csv: file.text } } });
      setPreview(result.data?.previewPopulationImport);
    } catch (caught) {
      setFailure(caught);
    }
  };

  const onApply = async () => {
    if (!file || !preview) return;
    setFailure(undefined);
    try {
      const result = await runApply({ variables: { input: { communityId, csv: file.text, hash: preview.hash } } });
      const applied = result.data?.applyPopulationImport;
      setPreview(undefined);
      if (applied)
        setDone(t('register.import.applied', { count: applied.written, unchanged: applied.unchanged, skipped: applied.skippedLines }));
    } catch (caught) {
      setFailure(caught);
    }
  };

  const refusals = errorText.refusals(failure);
  return (
    <>
      <Paragraph>{t('register.import.intro')}</Paragraph>
      <form onSubmit={(event) => void onPreview(event)} noValidate>
        <Field>
          <Label htmlFor={fileId}>{t('register.import.fileLabel')}</Label>
          <Field.Description>{t('register.import.fileDescription')}</Field.Description>
          <Input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
        </Field>
        <Button type="submit" aria-disabled={previewState.loading || undefined}>
          {t('register.import.preview')}
        </Button>
      </form>
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && refusals.length === 0 && <QueryError error={failure} />}
      <StatusMessage message={done} />
      {preview && file && <PreviewTables preview={preview} fileName={file.name} />}
      {preview && (
        <Button onClick={() => void onApply()} aria-disabled={applyState.loading || undefined}>
          {t('register.import.apply', { count: preview.changes.filter((change) => change.before !== change.after).length })}
        </Button>
      )}
    </>
  );
}

function PreviewTables({ preview, fileName }: { preview: Preview; fileName: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const changesId = useId();
  const problemsId = useId();
  return (
    <>
      <Heading level={2} data-size="md">
        {t('register.import.previewHeading', { name: fileName })}
      </Heading>
      {preview.changes.length === 0 ? (
        <Paragraph>{t('register.import.noChanges')}</Paragraph>
      ) : (
        <ScrollableTable captionId={changesId}>
          <Table zebra>
            <caption id={changesId}>{t('register.import.changesCaption', { count: preview.changes.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('register.import.columns.municipality')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('register.import.columns.year')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('register.import.columns.before')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('register.import.columns.after')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('register.import.columns.change')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.changes.map((change) => (
                <Table.Row key={`${change.partnerId}-${change.year}`}>
                  <Table.HeaderCell scope="row">
                    {change.municipalityNumber} {change.partnerName}
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{change.year}</Table.Cell>
                  <Table.Cell className="numeric">{change.before === null ? <NotRecorded /> : format.integer(change.before)}</Table.Cell>
                  <Table.Cell className="numeric">{format.integer(change.after)}</Table.Cell>
                  <Table.Cell>
                    {change.before === null
                      ? t('register.import.kind.new')
                      : change.before === change.after
                        ? t('register.import.kind.same')
                        : t('register.import.kind.changed')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
      {preview.problems.length > 0 && (
        <ScrollableTable captionId={problemsId}>
          <Table zebra>
            <caption id={problemsId}>{t('register.import.problemsCaption', { count: preview.problems.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('register.import.columns.line')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('register.import.columns.reason')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('register.import.columns.text')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.problems.map((problem) => (
                <Table.Row key={`${problem.line}-${problem.reason}-${problem.text}`}>
                  <Table.HeaderCell scope="row" className="numeric">
                    {problem.line}
                  </Table.HeaderCell>
                  <Table.Cell>{t(`register.import.reasons.${problem.reason}`)}</Table.Cell>
                  <Table.Cell>{problem.text}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </>
  );
}
