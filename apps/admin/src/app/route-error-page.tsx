import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { AppLink } from '../shared/app-link';
import { useDocumentTitle } from '../shared/use-document-title';
import { NotFoundPage } from './not-found-page';

export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <UnexpectedErrorPage error={error} />;
}

function UnexpectedErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('routeError.title')}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{t('routeError.body')}</Paragraph>
        {error instanceof Error && <Paragraph data-size="sm">{error.message}</Paragraph>}
      </Alert>
      <Paragraph>
        <AppLink to="/">{t('routeError.home')}</AppLink>
      </Paragraph>
    </>
  );
}
