import { useTranslation } from 'react-i18next';

import type { RegisterProblem } from './register-input';

/** The register's own checks of typed values, in the user's language, by field. */
export function useProblemTexts() {
  const { t } = useTranslation();
  return (problems: Partial<Record<string, RegisterProblem>>): Partial<Record<string, string>> =>
    Object.fromEntries(
      Object.entries(problems).flatMap(([field, problem]) => (problem ? [[field, t(`register.problems.${problem}`)]] : [])),
    );
}
