import { useTranslation } from 'react-i18next';

/** A dash for sighted users, words for screen readers. */
export function NotRecorded() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="ds-sr-only">{t('common.notRecorded')}</span>
    </>
  );
}
