import { useTranslation } from 'react-i18next';

import { AppLink } from '../../shared/app-link';
import { councilsActedFor } from '../organs/own-councils';
import { councilPath } from '../organs/paths';
import { followUpPath } from '../follow-up/paths';
import { canManageUsers, canReadAuditLog, canReadFollowUp } from '../session/access';
import { useSession } from '../session/use-session';

/** Links to the community's administration, for the roles that can use them (the API checks again). */
export function CommunityAdminLinks({ communityId, path }: { communityId: string; path: string }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const links = [
    canManageUsers(session.me, communityId) && { to: `${path}/users`, label: t('community.admin.users') },
    canReadAuditLog(session.me, communityId) && { to: `${path}/audit`, label: t('community.admin.audit') },
    canReadFollowUp(session.me, communityId) && { to: followUpPath(communityId), label: t('followUp.link') },
    // A regional council user's own seats ("Våre seter"), named by council when the user acts for several.
    ...councilsActedFor(session.me, communityId).map((councilId, _index, councils) => {
      const name = session.communities.flatMap((community) => community.regionalCouncils).find((council) => council.id === councilId)?.name;
      const label = councils.length > 1 && name ? t('organs.ourSeatsFor', { council: name }) : t('organs.ourSeats');
      return { to: councilPath(communityId, councilId), label };
    }),
  ].filter((link) => link !== false);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('community.admin.label')}>
      <ul className="inline-list admin-links">
        {links.map((link) => (
          <li key={link.to}>
            <AppLink to={link.to}>{link.label}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
