import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every view gets its own <title> so screen readers announce where a navigation landed. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page }) : t('app.productName');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
