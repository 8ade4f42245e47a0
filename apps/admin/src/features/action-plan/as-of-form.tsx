import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { isIsoDate } from '@helsefellesskap/calendar';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useFormatters } from '../../shared/use-formatters';
import type { AsOfParam } from './plan-dates';

interface AsOfFormProps {
  param: AsOfParam;
  today: string;
}

/** Picks the date the plan is judged on; kept in `?asOf=` so the view can be shared and survives reload. */
export function AsOfForm({ param, today }: AsOfFormProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const id = useId();
  const [, setSearchParams] = useSearchParams();
  const shown = param.kind === 'date' ? param.date : today;
  const [value, setValue] = useState(shown);
  const [shownBefore, setShownBefore] = useState(shown);
  if (shownBefore !== shown) {
    // The address changed (a submit, or back and forward): the field follows it.
    setShownBefore(shown);
    setValue(shown);
  }
  const [error, setError] = useState<string>();

  const apply = (next: string | null) => {
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === null) updated.delete('asOf');
      else updated.set('asOf', next);
      return updated;
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isIsoDate(value)) {
      setError(t('actionPlan.asOf.invalid'));
      return;
    }
    setError(undefined);
    apply(value === today ? null : value);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="page-section as-of">
      <h2 id={`${id}-heading`} className="ds-sr-only">
        {t('actionPlan.asOf.heading')}
      </h2>
      {param.kind === 'invalid' && (
        <Alert data-color="warning">
          <Paragraph>{t('actionPlan.asOf.invalidParam')}</Paragraph>
        </Alert>
      )}
      <form className="filter-form" noValidate onSubmit={submit}>
        <Textfield
          id={`${id}-date`}
          className="as-of__field"
          label={t('actionPlan.asOf.label')}
          description={t('actionPlan.asOf.description')}
          type="date"
          value={value}
          error={error}
          onChange={(event) => setValue(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('actionPlan.asOf.submit')}
          </Button>
          {param.kind === 'date' && (
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setValue(today);
                setError(undefined);
                apply(null);
              }}
            >
              {t('actionPlan.asOf.reset')}
            </Button>
          )}
        </div>
      </form>
      <Paragraph role="status">
        {param.kind === 'date'
          ? t('actionPlan.asOf.showingDate', { date: formatters.date(param.date) })
          : t('actionPlan.asOf.showingToday', { date: formatters.date(today) })}
      </Paragraph>
    </section>
  );
}
