import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

interface AppLinkProps extends Omit<RouterLinkProps, 'children'> {
  children: ReactNode;
}

/** A Designsystemet link that navigates client-side. */
export function AppLink({ children, ...rest }: AppLinkProps) {
  return (
    <Link asChild>
      <RouterLink {...rest}>{children}</RouterLink>
    </Link>
  );
}
