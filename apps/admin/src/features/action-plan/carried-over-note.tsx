import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Says that a commentary is last year's text, carried over as the template and not edited this year:
 * in words (the tag and the sentence), not by colour alone. Saving the commentary clears it.
 */
export function CarriedOverNote({ fromYear }: { fromYear: number | null }) {
  const { t } = useTranslation();
  return (
    <p className="carried-over">
      <Tag data-size="sm" data-color="warning">
        {t('actionPlan.reports.carriedOver.tag')}
      </Tag>{' '}
      {fromYear === null ? t('actionPlan.reports.carriedOver.textNoYear') : t('actionPlan.reports.carriedOver.text', { year: fromYear })}
    </p>
  );
}
