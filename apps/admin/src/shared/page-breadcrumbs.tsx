import { Breadcrumbs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

/** The last crumb is the current page; Designsystemet marks it with aria-current. */
export function PageBreadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t('common.breadcrumbs')}>
      <Breadcrumbs.List>
        {crumbs.map((crumb) => (
          <Breadcrumbs.Item key={crumb.to}>
            <Breadcrumbs.Link asChild>
              <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
