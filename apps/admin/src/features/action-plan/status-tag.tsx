import type { StatusLevel } from '@helsefellesskap/status-schema';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { statusLabel, statusTagColour, toLocale } from './status-presentation';

/** A traffic light: the package's colour and, always, its label. */
export function StatusTag({ status }: { status: StatusLevel }) {
  const { i18n } = useTranslation();
  return (
    <Tag data-color={statusTagColour(status)} data-size="sm" className="status-tag">
      <span className="status-tag__light" aria-hidden="true" />
      {statusLabel(status, toLocale(i18n.language))}
    </Tag>
  );
}
