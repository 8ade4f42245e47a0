import { Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import type { CaseKind, CaseStatus } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { FormOutcome, useFormOutcome } from '../register/form-outcome';
import { casePath, organCasesPath } from './paths';

const CaseListPageQuery = graphql(`
  query CaseListPage(
    $communityId: ID!
    $organId: ID!
    $year: Int
    $statuses: [CaseStatus!]
    $kinds: [CaseKind!]
    $search: String
    $after: String
  ) {
    community(id: $communityId) {
      id
      shortName
      canEditRegister
      organs {
        id
        name
      }
    }
    cases(organId: $organId, year: $year, statuses: $statuses, kinds: $kinds, search: $search, first: 50, after: $after) {
      totalCount
      endCursor
      hasNextPage
      nodes {
        id
        reference
        title
        kind
        status
        access
        exemptionBasis
        submittedOn
      }
    }
  }
`);

const RegisterCase = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      id
      reference
    }
  }
`);

const KINDS: readonly CaseKind[] = ['DECISION', 'ORIENTATION', 'DISCUSSION'];
const STATUSES: readonly CaseStatus[] = ['DRAFT', 'SUBMITTED', 'ON_AGENDA', 'DECIDED', 'POSTPONED', 'WITHDRAWN'];

/** An organ's cases per year, filtered by status and kind and searched in Norwegian; the secretariat registers new ones here. */
export function CaseListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = useToday();
  const { communityId = '', organId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const status = STATUSES.find((candidate) => candidate === params.get('status'));
  const kind = KINDS.find((candidate) => candidate === params.get('kind'));
  const search = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(search);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(CaseListPageQuery, {
    variables: {
      communityId,
      organId,
      year,
      statuses: status ? [status] : undefined,
      kinds: kind ? [kind] : undefined,
      search: search || undefined,
    },
  });
  const shown = data ?? previousData;
  const community = shown?.community;
  const organ = community?.organs.find((candidate) => candidate.id === organId);
  const title = organ ? t('cases.list.title', { name: organ.name }) : undefined;
  useDocumentTitle(title);
  const captionId = useId();
  if (!community || !organ || !title || !shown) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('cases.list.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const currentYear = today ? Number(today.slice(0, 4)) : undefined;
  const years = currentYear ? Array.from({ length: 12 }, (_, index) => currentYear - index) : [];
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParam('q', searchText.trim());
  };
  const cases = shown.cases;
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: `/communities/${encodeURIComponent(community.id)}` },
          { label: title, to: organCasesPath(community.id, organ.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <section aria-labelledby={`${captionId}-filters`} className="case-filters">
        <Heading level={2} data-size="xs" id={`${captionId}-filters`}>
          {t('cases.list.filters')}
        </Heading>
        <div className="button-row">
          <SelectField
            id={`${captionId}-year`}
            label={t('cases.list.year')}
            value={year ? String(year) : ''}
            onChange={(value) => setParam('year', value)}
          >
            <Select.Option value="">{t('cases.list.allYears')}</Select.Option>
            {years.map((option) => (
              <Select.Option key={option} value={String(option)}>
                {option}
              </Select.Option>
            ))}
          </SelectField>
          <SelectField
            id={`${captionId}-status`}
            label={t('cases.list.status')}
            value={status ?? ''}
            onChange={(value) => setParam('status', value)}
          >
            <Select.Option value="">{t('cases.list.allStatuses')}</Select.Option>
            {STATUSES.map((option) => (
              <Select.Option key={option} value={option}>
                {t(`cases.statuses.${option}`)}
              </Select.Option>
            ))}
          </SelectField>
          <SelectField
            id={`${captionId}-kind`}
            label={t('cases.list.kind')}
            value={kind ?? ''}
            onChange={(value) => setParam('kind', value)}
          >
            <Select.Option value="">{t('cases.list.allKinds')}</Select.Option>
            {KINDS.map((option) => (
              <Select.Option key={option} value={option}>
                {t(`cases.kinds.${option}`)}
              </Select.Option>
            ))}
          </SelectField>
        </div>
        <form role="search" onSubmit={onSearch} className="button-row">
          <Textfield
            label={t('cases.list.search')}
            description={t('cases.list.searchDescription')}
            type="search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('cases.list.searchButton')}
          </Button>
        </form>
      </section>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {cases.nodes.length === 0 ? (
        <Paragraph>{t('cases.list.empty')}</Paragraph>
      ) : (
        <ScrollableTable captionId={captionId}>
          <Table zebra>
            <caption id={captionId}>{t('cases.list.caption', { count: cases.totalCount })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.list.columns.reference')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.list.columns.title')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.list.columns.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.list.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.list.columns.submittedOn')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {cases.nodes.map((found) => (
                <Table.Row key={found.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={casePath(community.id, found.id)}>{found.reference}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{found.title ?? t('cases.list.exemptTitle', { basis: found.exemptionBasis ?? '' })}</Table.Cell>
                  <Table.Cell>{t(`cases.kinds.${found.kind}`)}</Table.Cell>
                  <Table.Cell>{t(`cases.statuses.${found.status}`)}</Table.Cell>
                  <Table.Cell>{found.submittedOn ? format.date(found.submittedOn) : ''}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
      {cases.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: cases.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                cases: { ...fetchMoreResult.cases, nodes: [...previous.cases.nodes, ...fetchMoreResult.cases.nodes] },
              }),
            })
          }
        >
          {t('cases.list.more')}
        </Button>
      )}
      {community.canEditRegister && <RegisterCaseForm communityId={community.id} organId={organ.id} />}
    </>
  );
}

function RegisterCaseForm({ communityId, organId }: { communityId: string; organId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<CaseKind>('DECISION');
  const [register, registering] = useMutation(RegisterCase);
  const outcome = useFormOutcome();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      outcome.refuse({ title: t('cases.register.titleRequired') });
      return;
    }
    await outcome.run(async () => {
      const result = await register({ variables: { input: { organId, title: title.trim(), kind } } });
      if (result.data) await navigate(casePath(communityId, result.data.registerCase.id));
    }, '');
  };
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('cases.register.heading')}
      </Heading>
      <Paragraph>{t('cases.register.intro')}</Paragraph>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Textfield
          label={t('cases.register.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={outcome.fields.title}
          required
        />
        <SelectField
          id={`${headingId}-kind`}
          label={t('cases.register.kind')}
          value={kind}
          onChange={(value) => setKind(KINDS.find((option) => option === value) ?? 'DECISION')}
        >
          {KINDS.map((option) => (
            <Select.Option key={option} value={option}>
              {t(`cases.kinds.${option}`)}
            </Select.Option>
          ))}
        </SelectField>
        <FormOutcome other={outcome.other} failure={outcome.failure} />
        <div className="button-row">
          <Button type="submit" aria-disabled={registering.loading || undefined}>
            {t('cases.register.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
