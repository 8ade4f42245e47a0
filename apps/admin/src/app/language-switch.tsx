import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { isLanguage } from './i18n';

/** Offers the other language, named in that language (like "English" on a Norwegian page). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('app.switchLanguageCode');
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={target}
      onClick={() => {
        if (isLanguage(target)) void i18n.changeLanguage(target);
      }}
    >
      {t('app.switchLanguage')}
    </Button>
  );
}
