import { Card, Heading, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { useFormatters } from '../../shared/use-formatters';
import { organPath } from '../organs/paths';
import { meetingPlanPath } from '../meetings/paths';
import { organCasesPath } from '../cases/paths';
import { organEditPath, organRulesPath } from '../register/paths';
import { organRuleFacts } from './organ-rules';

export const OrganCardFragment = graphql(`
  fragment OrganCard_Organ on Organ {
    id
    name
    kind
    establishedOn
    dissolvedOn
    rules {
      meetingsPerYear
      caseSubmissionDeadlineDays
      noticePeriodDays
      noticePeriodMaxDays
      extraordinaryNoticeDays
      protocolDeadlineDays
      minutesObjectionPeriodDays
      decisionRule
    }
  }
`);

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function OrganCard(props: { organ: FragmentType<typeof OrganCardFragment>; canEdit?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const organ = getFragmentData(OrganCardFragment, props.organ);
  const { communityId } = useParams();

  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        {communityId ? <AppLink to={organPath(communityId, organ.id)}>{organ.name}</AppLink> : organ.name}
      </Heading>
      <div className="tag-row">
        <Tag data-color="accent" data-size="sm">
          {t(`community.organKind.${organ.kind}`)}
        </Tag>
        {organ.dissolvedOn && (
          <Tag data-color="warning" data-size="sm">
            {t('community.organs.dissolved')}
          </Tag>
        )}
      </div>
      <dl className="facts">
        {organ.establishedOn && <Fact term={t('community.organs.established')}>{format.date(organ.establishedOn)}</Fact>}
        {organ.dissolvedOn && <Fact term={t('community.organs.dissolvedOn')}>{format.date(organ.dissolvedOn)}</Fact>}
        {organRuleFacts(organ.rules, t, format).map((fact) => (
          <Fact key={fact.term} term={fact.term}>
            {fact.description}
          </Fact>
        ))}
      </dl>
      {communityId && <AppLink to={organCasesPath(communityId, organ.id)}>{t('cases.organLink', { name: organ.name })}</AppLink>}
      {props.canEdit && communityId && (
        <ul className="link-list">
          <li>
            <AppLink to={organEditPath(communityId, organ.id)}>{t('register.organ.editLink', { name: organ.name })}</AppLink>
          </li>
          <li>
            <AppLink to={organRulesPath(communityId, organ.id)}>{t('register.rules.editLink', { name: organ.name })}</AppLink>
          </li>
        </ul>
      )}
      {communityId && <AppLink to={meetingPlanPath(communityId, organ.id)}>{t('meetings.planLink', { name: organ.name })}</AppLink>}
    </Card>
  );
}
