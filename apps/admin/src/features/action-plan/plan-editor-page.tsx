import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { ActionPlanStatus, UpdateActionPlanInput } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { AuthoringForm, type FieldSpec } from './authoring-form';
import { buildInput, type FormValues, requiredText, valueOf, year } from './authoring-input';
import { ElementActions, type ElementKind } from './element-actions';
import { type EditorChoices, FocusAreaForm, MeasureForm, TargetForm } from './plan-element-forms';
import { PlanLifecycle } from './plan-lifecycle';
import { planEditorPath, planPath } from './plan-paths';
import './action-plan.css';

const PlanEditorQuery = graphql(`
  query PlanEditor($communityId: ID!, $planId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
      partners {
        id
        name
      }
      organs {
        id
        name
      }
    }
    actionPlan(id: $planId) {
      id
      communityId
      title
      periodFrom
      periodTo
      status
      canEdit
      nextStatuses
      reporterCandidates {
        id
        name
      }
      focusAreas {
        id
        number
        title
        responsibleOrgan
        responsibleOrganId
        targets {
          id
          description
          indicatorName
          unit
          baseline
          targetValue
          startsOn
          dueDate
        }
        measures {
          id
          title
          owner
          ownerPartnerId
          ownerOrganId
          reporters {
            id
            name
          }
          startsOn
          endsOn
          patientGroups
        }
      }
    }
  }
`);

const UpdateActionPlanMutation = graphql(`
  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {
    updateActionPlan(input: $input) {
      id
      title
      periodFrom
      periodTo
    }
  }
`);

/**
 * The plan editor (secretariat): title and years, the lifecycle, and the focus areas with their
 * targets and measures, each added, changed, moved up or down and retired here.
 */
export function PlanEditorPage() {
  const { t } = useTranslation();
  const { communityId = '', planId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PlanEditorQuery, { variables: { communityId, planId } });
  const headingId = useId();
  const community = data?.community;
  const plan = data?.actionPlan;
  useDocumentTitle(plan ? t('planAuthoring.editor.title', { title: plan.title }) : undefined);

  if (!community || plan?.communityId !== community.id) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('planAuthoring.editor.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;
  const choices: EditorChoices = { organs: community.organs, partners: community.partners, reporters: plan.reporterCandidates };
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: plan.title, to: planPath(community.id, plan.id) },
          { label: t('planAuthoring.editor.link'), to: planEditorPath(community.id, plan.id) },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {t('planAuthoring.editor.title', { title: plan.title })}
        </Heading>
      </div>
      <Paragraph>
        <AppLink to={planPath(community.id, plan.id)}>{t('planAuthoring.editor.backToPlan')}</AppLink>
      </Paragraph>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!plan.canEdit ? (
        <Alert data-color="info">
          <Paragraph>{t('planAuthoring.editor.notEditable')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('planAuthoring.editor.intro')}</Paragraph>
          <PlanDetailsForm plan={plan} />
          <PlanLifecycle planId={plan.id} status={plan.status} nextStatuses={plan.nextStatuses} />
          <section aria-labelledby={headingId} className="page-section">
            <Heading level={2} data-size="md" id={headingId}>
              {t('planAuthoring.focusArea.heading')}
            </Heading>
            {plan.focusAreas.length === 0 ? (
              <Paragraph>{t('planAuthoring.focusArea.none')}</Paragraph>
            ) : (
              <ol className="plan-editor">
                {plan.focusAreas.map((focusArea, index) => (
                  <li key={focusArea.id}>
                    <EditableElement
                      kind="focusArea"
                      level={3}
                      id={focusArea.id}
                      title={t('planAuthoring.focusArea.label', { number: focusArea.number, title: focusArea.title })}
                      actionTitle={focusArea.title}
                      position={index}
                      first={index === 0}
                      last={index === plan.focusAreas.length - 1}
                      details={focusArea.responsibleOrgan ?? undefined}
                      form={<FocusAreaForm planId={plan.id} focusArea={focusArea} choices={choices} />}
                    >
                      <ElementList
                        heading={t('planAuthoring.target.heading')}
                        empty={t('planAuthoring.target.none')}
                        items={focusArea.targets.map((target) => ({
                          id: target.id,
                          title: target.description,
                          details: `${target.indicatorName} (${target.unit})`,
                          form: <TargetForm focusAreaId={focusArea.id} target={target} />,
                        }))}
                        kind="target"
                      />
                      <Details>
                        <Details.Summary>{t('planAuthoring.target.add')}</Details.Summary>
                        <Details.Content>
                          <TargetForm focusAreaId={focusArea.id} />
                        </Details.Content>
                      </Details>
                      <ElementList
                        heading={t('planAuthoring.measure.heading')}
                        empty={t('planAuthoring.measure.none')}
                        items={focusArea.measures.map((measure) => ({
                          id: measure.id,
                          title: measure.title,
                          details: measureDetails(measure.owner ?? null, measure.reporters, t('planAuthoring.measure.reportedBy')),
                          form: <MeasureForm focusAreaId={focusArea.id} measure={measure} choices={choices} />,
                        }))}
                        kind="measure"
                      />
                      <Details>
                        <Details.Summary>{t('planAuthoring.measure.add')}</Details.Summary>
                        <Details.Content>
                          <MeasureForm focusAreaId={focusArea.id} choices={choices} />
                        </Details.Content>
                      </Details>
                    </EditableElement>
                  </li>
                ))}
              </ol>
            )}
            <Details>
              <Details.Summary>{t('planAuthoring.focusArea.add')}</Details.Summary>
              <Details.Content>
                <FocusAreaForm planId={plan.id} choices={choices} />
              </Details.Content>
            </Details>
          </section>
        </>
      )}
    </>
  );
}

interface EditableElementProps {
  kind: ElementKind;
  level: 3 | 4;
  id: string;
  /** The heading shown. */
  title: string;
  /** The element's own title, for the buttons' accessible names. */
  actionTitle: string;
  position: number;
  first: boolean;
  last: boolean;
  details?: string;
  form: ReactNode;
  children?: ReactNode;
}

/** A focus area, target or measure in the editor: its heading, its actions, and its form while editing. */
function EditableElement({ kind, level, id, title, actionTitle, position, first, last, details, form, children }: EditableElementProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  return (
    <article className={`plan-editor__item plan-editor__item--${kind}`} aria-labelledby={headingId}>
      <Heading level={level} data-size={level === 3 ? 'xs' : '2xs'} id={headingId}>
        {title}
      </Heading>
      {details && <Paragraph data-size="sm">{details}</Paragraph>}
      <ElementActions
        kind={kind}
        id={id}
        title={actionTitle}
        position={position}
        first={first}
        last={last}
        editing={editing}
        onEdit={() => setEditing((open) => !open)}
      />
      {editing && form}
      {children}
    </article>
  );
}

interface ElementListProps {
  kind: 'target' | 'measure';
  heading: string;
  empty: string;
  items: { id: string; title: string; details?: string; form: ReactNode }[];
}

function ElementList({ kind, heading, empty, items }: ElementListProps) {
  return (
    <>
      <Heading level={4} data-size="2xs">
        {heading}
      </Heading>
      {items.length === 0 ? (
        <Paragraph data-size="sm">{empty}</Paragraph>
      ) : (
        <ol className="plan-editor plan-editor--nested">
          {items.map((item, index) => (
            <li key={item.id}>
              <EditableElement
                kind={kind}
                level={4}
                id={item.id}
                title={item.title}
                actionTitle={item.title}
                position={index}
                first={index === 0}
                last={index === items.length - 1}
                details={item.details}
                form={item.form}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

type PlanField = 'title' | 'periodFrom' | 'periodTo';

/** Title and years; the years only while the plan is a draft (the API refuses otherwise, and says why). */
function PlanDetailsForm({
  plan,
}: {
  plan: { id: string; title: string; periodFrom: number; periodTo: number; status: ActionPlanStatus };
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [update] = useMutation(UpdateActionPlanMutation, { refetchQueries: ['PlanEditor'], awaitRefetchQueries: true });
  const draft = plan.status === 'DRAFT';
  const fields: FieldSpec<PlanField>[] = [
    { name: 'title', kind: 'text', label: t('planAuthoring.create.title') },
    ...(draft
      ? ([
          { name: 'periodFrom', kind: 'year', label: t('planAuthoring.create.periodFrom') },
          { name: 'periodTo', kind: 'year', label: t('planAuthoring.create.periodTo') },
        ] as const)
      : []),
  ];
  const build = (values: FormValues<PlanField>) => {
    const title = requiredText(values.title);
    const periodFrom = year(values.periodFrom);
    const periodTo = year(values.periodTo);
    return buildInput<PlanField, UpdateActionPlanInput>(
      draft
        ? [
            ['title', title],
            ['periodFrom', periodFrom],
            ['periodTo', periodTo],
          ]
        : [['title', title]],
      () =>
        draft
          ? { planId: plan.id, title: valueOf(title), periodFrom: valueOf(periodFrom), periodTo: valueOf(periodTo) }
          : { planId: plan.id, title: valueOf(title) },
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('planAuthoring.plan.heading')}
      </Heading>
      {!draft && <Paragraph data-size="sm">{t('planAuthoring.plan.periodFixed')}</Paragraph>}
      <AuthoringForm
        key={plan.status}
        fields={fields}
        initial={{ title: plan.title, periodFrom: String(plan.periodFrom), periodTo: String(plan.periodTo) }}
        build={build}
        send={(input) => update({ variables: { input } })}
        submitLabel={t('planAuthoring.plan.submit')}
        failedHeading={t('planAuthoring.plan.failed')}
        savedMessage={t('planAuthoring.plan.saved')}
      />
    </section>
  );
}

/** A measure's owner and who reports on it, on one line under its title. */
function measureDetails(owner: string | null, reporters: readonly { name: string }[], reportedBy: string): string | undefined {
  const parts = [owner, reporters.length > 0 ? `${reportedBy}: ${reporters.map((reporter) => reporter.name).join(', ')}` : null];
  const text = parts.filter((part) => part !== null).join(' · ');
  return text === '' ? undefined : text;
}
