import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultLanguage, isLanguage } from '../../app/i18n';
import { auditValueText, diffRecords } from './audit-diff';
import { auditFieldLabel } from './audit-field-labels';

interface AuditChangesProps {
  caption: string;
  /** The record type, whose field labels name the rows. */
  entityType: string;
  before: Record<string, unknown> | null | undefined;
  after: Record<string, unknown> | null | undefined;
}

/** The record before and after a change, field by field, with the changed fields marked. */
export function AuditChanges({ caption, entityType, before, after }: AuditChangesProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const captionId = useId();
  const changes = diffRecords(before, after);
  if (changes.length === 0) return <p>{t('audit.noFields')}</p>;

  const value = (content: unknown) => {
    const text = auditValueText(content);
    return text === undefined ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{t('audit.emptyValue')}</span>
      </>
    ) : (
      <span className="audit-value">{text}</span>
    );
  };

  return (
    <Table data-size="sm" className="audit-changes">
      <caption id={captionId}>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('audit.field')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('audit.before')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('audit.after')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {changes.map((change) => (
          <Table.Row key={change.field} className={change.changed ? 'audit-changes__changed' : undefined}>
            <Table.HeaderCell scope="row">
              {auditFieldLabel(entityType, change.field, language) ?? <code>{change.field}</code>}
              {change.changed && (
                <>
                  {' '}
                  <Tag data-size="sm" data-color="warning">
                    {t('audit.changed')}
                  </Tag>
                </>
              )}
            </Table.HeaderCell>
            <Table.Cell>{value(change.before)}</Table.Cell>
            <Table.Cell>{value(change.after)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
