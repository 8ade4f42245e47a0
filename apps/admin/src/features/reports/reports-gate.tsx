import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RequireAccess } from '../session/require-access';
import { useSession } from '../session/use-session';

/** The reports section for those who read reports (the API says who: `Me.canReadReports`); sign in or no access for others. */
export function ReportsGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireAccess allowed={(me) => me.canReadReports} deniedBody={t('reports.notAllowed')}>
      {children}
    </RequireAccess>
  );
}

/**
 * Whether the signed-in user reads reports, and the communities they may choose among: every one for a
 * national role, else those of their roles. (Only to offer choices: the API decides what is read.)
 */
export interface ReportCommunity {
  id: string;
  shortName: string;
}

export function useReportCommunities(): { canRead: boolean; communities: readonly ReportCommunity[] } {
  const session = useSession();
  if (session.status !== 'signed-in' || !session.me.canReadReports) return { canRead: false, communities: [] };
  const national = session.me.roles.some((grant) => grant.communityId === null);
  const own = new Set(session.me.roles.map((grant) => grant.communityId));
  return { canRead: true, communities: session.communities.filter((community) => national || own.has(community.id)) };
}
