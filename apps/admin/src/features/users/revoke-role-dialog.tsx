import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { ConfirmDialogActions } from '../../shared/confirm-dialog-actions';
import { useErrorText } from '../../shared/error-messages';
import type { RevokeRequest } from './users-table';

const RevokeRoleMutation = graphql(`
  mutation RevokeRole($roleGrantId: ID!) {
    revokeRole(roleGrantId: $roleGrantId) {
      id
      roles {
        id
      }
    }
  }
`);

interface RevokeRoleDialogProps {
  request: RevokeRequest | undefined;
  communityName: string;
  onClose: () => void;
  onRevoked: (request: RevokeRequest) => void;
}

/** Asks before taking a role away; a refusal (the last secretariat) is shown in the dialog. */
export function RevokeRoleDialog({ request, communityName, onClose, onRevoked }: RevokeRoleDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [failure, setFailure] = useState<unknown>();
  const [revokeRole, { loading }] = useMutation(RevokeRoleMutation, {
    refetchQueries: ['CommunityUsers'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    // The safe choice first: a stray Enter cancels rather than removes.
    if (request) cancelRef.current?.focus();
  }, [request]);

  const close = () => {
    setFailure(undefined);
    onClose();
  };

  const confirm = async () => {
    if (!request || loading) return;
    setFailure(undefined);
    try {
      await revokeRole({ variables: { roleGrantId: request.roleGrantId } });
    } catch (error) {
      setFailure(error);
      return;
    }
    onRevoked(request);
  };

  const conflicts = errorText.refusals(failure, ['CONFLICT']);
  return (
    <Dialog open={request !== undefined} onClose={close} closeButton={t('users.revoke.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('users.revoke.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="dialog-body">
        {request && (
          <Paragraph>{t('users.revoke.body', { name: request.userName, role: request.roleLabel, community: communityName })}</Paragraph>
        )}
        <ConfirmDialogActions
          conflicts={conflicts}
          failedHeading={t('users.revoke.failed')}
          failure={failure}
          confirmLabel={t('users.revoke.confirm')}
          cancelLabel={t('users.revoke.cancel')}
          loading={loading}
          onConfirm={() => void confirm()}
          onCancel={close}
          cancelRef={cancelRef}
        />
      </Dialog.Block>
    </Dialog>
  );
}
