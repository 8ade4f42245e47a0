import { Button, Heading, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { type FormErrorItem, FormErrorSummary } from '../../shared/form-error-summary';
import { SelectField } from '../../shared/select-field';
import { auditEntityTypes, entityTypeLabel } from './audit-entity-types';
import { type AuditFilterValues, checkAuditFilter, emptyAuditFilter } from './audit-filter';

export const AuditFiltersFragment = graphql(`
  fragment AuditFilters_User on User {
    id
    name
  }
`);

interface AuditFiltersProps {
  /** The filter in force (from the URL); the form starts from it. */
  values: AuditFilterValues;
  users: readonly FragmentType<typeof AuditFiltersFragment>[];
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values: applied, onApply, ...props }: AuditFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const fieldIds = { entityType: `${id}-type`, userId: `${id}-user`, from: `${id}-from`, to: `${id}-to` };
  const users = getFragmentData(AuditFiltersFragment, props.users);
  const [values, setValues] = useState(applied);
  const [problems, setProblems] = useState<ReturnType<typeof checkAuditFilter>>({});
  const [attempts, setAttempts] = useState(0);

  const change = (key: keyof AuditFilterValues, value: string) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkAuditFilter(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    onApply(values);
  };
  const reset = () => {
    setValues(emptyAuditFilter);
    setProblems({});
    onApply(emptyAuditFilter);
  };

  const message = (problem: 'date' | 'order' | undefined) => (problem ? t(`audit.filters.errors.${problem}`) : undefined);
  const summaryItems: FormErrorItem[] = [];
  if (problems.from) summaryItems.push({ fieldId: fieldIds.from, message: `${t('audit.filters.from')}: ${message(problems.from)}` });
  if (problems.to) summaryItems.push({ fieldId: fieldIds.to, message: `${t('audit.filters.to')}: ${message(problems.to)}` });
  // A user who is no longer in the community (the filter came from a link) still shows as chosen.
  const knownUser = values.userId === '' || users.some((user) => user.id === values.userId);

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('audit.filters.heading')}
      </Heading>
      <FormErrorSummary key={attempts} heading={t('audit.filters.errors.summary')} items={summaryItems} />
      <form className="filter-form" noValidate onSubmit={submit}>
        <SelectField
          id={fieldIds.entityType}
          label={t('audit.filters.entityType')}
          value={values.entityType}
          onChange={(value) => change('entityType', value)}
        >
          <Select.Option value="">{t('audit.filters.allEntityTypes')}</Select.Option>
          {auditEntityTypes.map((type) => (
            <Select.Option key={type} value={type}>
              {entityTypeLabel(type, t)}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          id={fieldIds.userId}
          label={t('audit.filters.user')}
          value={values.userId}
          onChange={(value) => change('userId', value)}
        >
          <Select.Option value="">{t('audit.filters.allUsers')}</Select.Option>
          {users.map((user) => (
            <Select.Option key={user.id} value={user.id}>
              {user.name}
            </Select.Option>
          ))}
          {!knownUser && <Select.Option value={values.userId}>{values.userId}</Select.Option>}
        </SelectField>
        <Textfield
          id={fieldIds.from}
          className="date-field"
          label={t('audit.filters.from')}
          type="date"
          value={values.from}
          error={message(problems.from)}
          onChange={(event) => change('from', event.target.value)}
        />
        <Textfield
          id={fieldIds.to}
          className="date-field"
          label={t('audit.filters.to')}
          type="date"
          value={values.to}
          error={message(problems.to)}
          onChange={(event) => change('to', event.target.value)}
        />
        <div className="button-row">
          <Button type="submit">{t('audit.filters.apply')}</Button>
          <Button type="button" variant="secondary" onClick={reset}>
            {t('audit.filters.reset')}
          </Button>
        </div>
      </form>
    </section>
  );
}
