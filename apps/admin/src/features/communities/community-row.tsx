import { Table } from '@digdir/designsystemet-react';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { useFormatters } from '../../shared/use-formatters';
import { countPartners } from './partner-counts';

export const CommunityRowFragment = graphql(`
  fragment CommunityRow_Community on Community {
    id
    name
    shortName
    partners {
      id
      kind
    }
    regionalCouncils {
      id
    }
    organs {
      id
    }
  }
`);

interface CommunityRowProps {
  community: FragmentType<typeof CommunityRowFragment>;
}

export function CommunityRow(props: CommunityRowProps) {
  const community = getFragmentData(CommunityRowFragment, props.community);
  const format = useFormatters();
  const counts = countPartners(community.partners);
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <AppLink to={`/communities/${encodeURIComponent(community.id)}`}>{community.name}</AppLink>
      </Table.HeaderCell>
      <Table.Cell>{community.shortName}</Table.Cell>
      <Table.Cell className="numeric">{format.integer(counts.municipalities)}</Table.Cell>
      <Table.Cell className="numeric">{format.integer(counts.hospitalTrusts)}</Table.Cell>
      <Table.Cell className="numeric">{format.integer(community.regionalCouncils.length)}</Table.Cell>
      <Table.Cell className="numeric">{format.integer(community.organs.length)}</Table.Cell>
    </Table.Row>
  );
}
