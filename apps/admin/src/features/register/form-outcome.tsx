import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';

import { useErrorText } from '../../shared/error-messages';
import { QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import type { Checked } from './register-input';
import { useProblemTexts } from './use-problem-texts';

/** A form's state: field errors from the API by field, other refusals, a success message. */
export function useFormOutcome() {
  const errorText = useErrorText();
  const problemTexts = useProblemTexts();
  const [fields, setFields] = useState<Partial<Record<string, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const run = async (work: () => Promise<unknown>, message: string) => {
    setFields({});
    setOther([]);
    setFailure(undefined);
    setDone(undefined);
    try {
      await work();
      setDone(message);
    } catch (caught) {
      const input = errorText.inputErrors(caught);
      if (input) {
        setFields(input.fields);
        setOther(input.other);
      } else {
        const refusals = errorText.refusals(caught);
        if (refusals.length > 0) setOther(refusals);
        else setFailure(caught);
      }
    }
  };
  /** Problems found before asking the API, by field. */
  const refuse = (problems: Partial<Record<string, string>>) => {
    setFields(problems);
    setOther([]);
    setDone(undefined);
  };
  /** Sends a checked input through `work`, or shows the problems found before asking the API at their fields. */
  const send = <Input,>(checked: Checked<Input>, work: (input: Input) => Promise<unknown>, message: string) => {
    if (checked.ok) void run(() => work(checked.input), message);
    else refuse(problemTexts(checked.problems));
  };
  return { run, refuse, send, fields, other, failure, done };
}

export function FormOutcome({
  other,
  failure,
  done,
  children,
}: {
  other: string[];
  failure: unknown;
  done?: string;
  children?: ReactNode;
}) {
  return (
    <>
      {other.length > 0 && (
        <Alert data-color="danger" role="alert">
          {other.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
      )}
      {failure !== undefined && <QueryError error={failure} />}
      <StatusMessage message={done} />
      {children}
    </>
  );
}
