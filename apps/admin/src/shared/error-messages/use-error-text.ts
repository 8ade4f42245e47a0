import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultLanguage, isLanguage } from '../../app/i18n';
import { refusalTexts, translatedInputErrors, type InputErrors } from '../graphql-errors';
import { useFormatters } from '../use-formatters';
import { translateReason } from './index';

export interface ErrorText {
  /** The refusals of a failed operation in the user's language; with `codes`, only those with one of them. */
  refusals(error: unknown, codes?: readonly string[]): string[];
  /** Field errors of a BAD_USER_INPUT answer, translated, keyed by the input field's name. */
  inputErrors(error: unknown): InputErrors | undefined;
}

/** Translates the API's refusals (by `extensions.reason`, never by parsing its English message). */
export function useErrorText(): ErrorText {
  const { i18n } = useTranslation();
  const format = useFormatters();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return useMemo(() => {
    const translate = (reason: unknown, params: unknown) => translateReason(language, reason, params, format);
    return {
      refusals: (error, codes) => refusalTexts(error, translate, codes),
      inputErrors: (error) => translatedInputErrors(error, translate),
    };
  }, [language, format]);
}
