import { useParams } from 'react-router';

import { AppLink } from '../../shared/app-link';
import { casePath } from './paths';

/**
 * A free-text reference to a decision ("SSU sak 26/2024", "K-sak 61/2022"): a link to the case page when the
 * reference is a case of the register, the text as written otherwise. The case is the current community's
 * (a plan's or a seat's cases are registered in its own community), so the link takes the route's community.
 */
export function CaseReference({ reference, linked }: { reference: string; linked: { id: string } | null | undefined }) {
  const { communityId } = useParams();
  if (!linked || !communityId) return <>{reference}</>;
  return <AppLink to={casePath(communityId, linked.id)}>{reference}</AppLink>;
}
