import { Button, Checkbox, Fieldset, Heading, Select, Textfield } from '@digdir/designsystemet-react';
import { isIsoDate } from '@helsefellesskap/calendar';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { SelectField } from '../../shared/select-field';
import { type ReportFilterParams, readReportFilter, reportFilterSearch } from './report-filter';

interface ReportFilterFormProps {
  /** The communities the caller may choose among. */
  communities: readonly { id: string; shortName: string }[];
}

/** The report's filter, kept in the address when applied, so a view can be shared and survives a reload. */
export function ReportFilterForm({ communities }: ReportFilterFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = readReportFilter(searchParams);
  const [draft, setDraft] = useState<ReportFilterParams>(applied);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = (value: string | null) => value !== null && value !== '' && !isIsoDate(value);
    const next = {
      from: invalid(draft.from) ? t('reports.filter.invalidDate') : undefined,
      to: invalid(draft.to) ? t('reports.filter.invalidDate') : undefined,
    };
    setErrors(next);
    if (next.from || next.to) return;
    setSearchParams(reportFilterSearch({ ...draft, from: draft.from === '' ? null : draft.from, to: draft.to === '' ? null : draft.to }));
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="page-section">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('reports.filter.heading')}
      </Heading>
      <form className="report-filter" noValidate onSubmit={submit}>
        {communities.length > 1 && (
          <Fieldset>
            <Fieldset.Legend>{t('reports.filter.communities')}</Fieldset.Legend>
            <Fieldset.Description>{t('reports.filter.communitiesDescription')}</Fieldset.Description>
            <div className="report-filter__communities">
              {communities.map((community) => (
                <Checkbox
                  key={community.id}
                  label={community.shortName}
                  value={community.id}
                  checked={draft.communityIds.includes(community.id)}
                  onChange={(event) =>
                    setDraft({
                      ...draft,
                      communityIds: event.target.checked
                        ? [...draft.communityIds, community.id]
                        : draft.communityIds.filter((chosen) => chosen !== community.id),
                    })
                  }
                />
              ))}
            </div>
          </Fieldset>
        )}
        <div className="report-filter__row">
          <Textfield
            id={`${id}-from`}
            label={t('reports.filter.from')}
            description={t('reports.filter.dateDescription')}
            type="date"
            value={draft.from ?? ''}
            error={errors.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
          <Textfield
            id={`${id}-to`}
            label={t('reports.filter.to')}
            description={t('reports.filter.dateDescription')}
            type="date"
            value={draft.to ?? ''}
            error={errors.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
          <SelectField
            id={`${id}-interval`}
            label={t('reports.filter.interval')}
            value={draft.interval}
            onChange={(value) => setDraft({ ...draft, interval: value === 'QUARTER' ? 'QUARTER' : 'YEAR' })}
          >
            <Select.Option value="YEAR">{t('reports.filter.year')}</Select.Option>
            <Select.Option value="QUARTER">{t('reports.filter.quarter')}</Select.Option>
          </SelectField>
        </div>
        <div className="button-row">
          <Button type="submit">{t('reports.filter.apply')}</Button>
        </div>
      </form>
    </section>
  );
}
