import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface AllocationDownloadsProps {
  communityId: string;
  budgetYear: number;
}

/** The allocation as files for invoicing, served by the API (same figures as the table). */
export function AllocationDownloads({ communityId, budgetYear }: AllocationDownloadsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const base = `/api/communities/${encodeURIComponent(communityId)}/cost-allocations/${budgetYear}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('budgetEditing.downloads.heading')}
      </Heading>
      <Paragraph>{t('budgetEditing.downloads.intro', { year: budgetYear })}</Paragraph>
      <div className="button-row">
        <Button asChild variant="secondary">
          <a href={`${base}.csv`} download>
            {t('budgetEditing.downloads.csv')}
          </a>
        </Button>
        <Button asChild variant="secondary">
          <a href={`${base}.xlsx`} download>
            {t('budgetEditing.downloads.xlsx')}
          </a>
        </Button>
      </div>
    </section>
  );
}
