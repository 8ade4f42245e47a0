import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { MoveDirection } from '../../gql/graphql';
import { useErrorText } from '../../shared/error-messages';
import { ConfirmActionDialog } from '../../shared/confirm-action-dialog';

const refetch = { refetchQueries: ['PlanEditor'], awaitRefetchQueries: true };

const moves = {
  focusArea: graphql(`
    mutation MoveFocusArea($input: MovePlanElementInput!) {
      moveFocusArea(input: $input) {
        id
      }
    }
  `),
  target: graphql(`
    mutation MoveTarget($input: MovePlanElementInput!) {
      moveTarget(input: $input) {
        id
      }
    }
  `),
  measure: graphql(`
    mutation MoveMeasure($input: MovePlanElementInput!) {
      moveMeasure(input: $input) {
        id
      }
    }
  `),
};
const retirements = {
  focusArea: graphql(`
    mutation RetireFocusArea($input: RetirePlanElementInput!) {
      retireFocusArea(input: $input) {
        id
      }
    }
  `),
  target: graphql(`
    mutation RetireTarget($input: RetirePlanElementInput!) {
      retireTarget(input: $input) {
        id
      }
    }
  `),
  measure: graphql(`
    mutation RetireMeasure($input: RetirePlanElementInput!) {
      retireMeasure(input: $input) {
        id
      }
    }
  `),
};

export type ElementKind = keyof typeof moves;

/** The id of an element's move button, so focus can follow the element to its new place. */
export function moveButtonId(id: string, direction: MoveDirection): string {
  return `move-${direction.toLowerCase()}-${id}`;
}

interface ElementActionsProps {
  kind: ElementKind;
  id: string;
  title: string;
  /** Its place among its siblings; focus follows it when it changes after a move. */
  position: number;
  first: boolean;
  last: boolean;
  editing: boolean;
  onEdit: () => void;
}

/**
 * Move up, move down (by keyboard as well as by pointer), edit and retire. After a move, focus stays on
 * the button just used, at the element's new place; a retirement is confirmed first.
 */
export function ElementActions({ kind, id, title, position, first, last, editing, onEdit }: ElementActionsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [move, { loading: moving }] = useMutation(moves[kind], refetch);
  const [retire] = useMutation(retirements[kind], refetch);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const pendingMove = useRef<{ direction: MoveDirection; from: number }>(undefined);

  useEffect(() => {
    // Moving the element re-renders the list, which takes focus away: once it is at its new place,
    // focus goes back to the button used (or, at the top or bottom where that one is disabled, the other).
    const moved = pendingMove.current;
    if (!moved || moved.from === position) return;
    pendingMove.current = undefined;
    const used = document.getElementById(moveButtonId(id, moved.direction));
    const other = document.getElementById(moveButtonId(id, moved.direction === 'UP' ? 'DOWN' : 'UP'));
    (used && !used.hasAttribute('disabled') ? used : other)?.focus();
  }, [position, id]);

  const moveTo = async (direction: MoveDirection) => {
    // Not disabled while moving: a disabled button loses focus, which should stay with the element.
    if (moving) return;
    setFailure(undefined);
    // Noted before the move: the list may re-render with the new order before the mutation's promise settles.
    pendingMove.current = { direction, from: position };
    try {
      await move({ variables: { input: { id, direction } } });
    } catch (error) {
      pendingMove.current = undefined;
      setFailure(error);
    }
  };
  const refusals = errorText.refusals(failure);

  return (
    <>
      <div className="button-row plan-editor__actions">
        <Button
          id={moveButtonId(id, 'UP')}
          variant="tertiary"
          data-size="sm"
          disabled={first}
          aria-label={t('planAuthoring.actions.moveUpLabel', { title })}
          onClick={() => void moveTo('UP')}
        >
          {t('planAuthoring.actions.moveUp')}
        </Button>
        <Button
          id={moveButtonId(id, 'DOWN')}
          variant="tertiary"
          data-size="sm"
          disabled={last}
          aria-label={t('planAuthoring.actions.moveDownLabel', { title })}
          onClick={() => void moveTo('DOWN')}
        >
          {t('planAuthoring.actions.moveDown')}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          aria-expanded={editing}
          aria-label={t('planAuthoring.actions.editLabel', { title })}
          onClick={onEdit}
        >
          {t('planAuthoring.actions.edit')}
        </Button>
        <Button
          variant="secondary"
          data-color="danger"
          data-size="sm"
          aria-label={t('planAuthoring.actions.retireLabel', { title })}
          onClick={() => setConfirming(true)}
        >
          {t('planAuthoring.actions.retire')}
        </Button>
      </div>
      {refusals.length > 0 && (
        <Alert data-color="danger" role="alert">
          {refusals.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      <ConfirmActionDialog
        open={confirming}
        heading={t('planAuthoring.actions.retireHeading', { title })}
        body={t('planAuthoring.actions.retireBody')}
        confirmLabel={t('planAuthoring.actions.retireConfirm')}
        cancelLabel={t('planAuthoring.actions.cancel')}
        closeLabel={t('planAuthoring.actions.close')}
        failedHeading={t('planAuthoring.actions.failed')}
        action={() => retire({ variables: { input: { id } } })}
        onClose={() => setConfirming(false)}
        onDone={() => setConfirming(false)}
      />
    </>
  );
}
