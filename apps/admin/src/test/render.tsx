import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '../app/i18n';

/** Renders with a fresh i18n instance (Norwegian unless stored otherwise) and no persistence. */
export function renderWithI18n(ui: ReactElement): RenderResult {
  const i18n = createI18n(undefined);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
