import type { AppointInput } from '../../gql/graphql';
import { isIsoDate } from '@helsefellesskap/calendar';

/** The roles the forms appoint to (the API says which of them a seat takes and the user may record). */
export type AppointRole = 'MEMBER' | 'PERSONAL_DEPUTY' | 'DEPUTY' | 'OBSERVER' | 'CHAIR' | 'VICE_CHAIR';

export const appointRoles: readonly AppointRole[] = ['MEMBER', 'PERSONAL_DEPUTY', 'DEPUTY', 'OBSERVER', 'CHAIR', 'VICE_CHAIR'];

export function isAppointRole(role: string): role is AppointRole {
  return appointRoles.some((candidate) => candidate === role);
}

export type PersonMode = 'existing' | 'new';

/** The appointment form as the user fills it in; dates are YYYY-MM-DD ('' when empty). */
export interface AppointValues {
  personMode: PersonMode;
  personId: string;
  name: string;
  title: string;
  employer: string;
  email: string;
  phone: string;
  /** The partner a new person works for ('' when neither). */
  partnerId: string;
  /** For the hospital's deputy list: the place on it, as typed. */
  deputyRank: string;
  startsOn: string;
  endsOn: string;
  decisionReference: string;
  /** For a personal deputy: the member appointment they belong to. */
  deputyForAppointmentId: string;
  replaceCurrent: boolean;
}

export const emptyAppointValues: AppointValues = {
  personMode: 'new',
  personId: '',
  name: '',
  title: '',
  employer: '',
  email: '',
  phone: '',
  partnerId: '',
  deputyRank: '',
  startsOn: '',
  endsOn: '',
  decisionReference: '',
  deputyForAppointmentId: '',
  replaceCurrent: false,
};

export type AppointField = Exclude<keyof AppointValues, 'personMode' | 'replaceCurrent' | 'partnerId'>;

/** In the order of the form, so the error summary lists them as they appear. */
export const appointFields: readonly AppointField[] = [
  'deputyForAppointmentId',
  'deputyRank',
  'personId',
  'name',
  'title',
  'employer',
  'email',
  'phone',
  'startsOn',
  'endsOn',
  'decisionReference',
];

export function isAppointField(value: string): value is AppointField {
  return appointFields.some((field) => field === value);
}

export type AppointProblem =
  | 'memberRequired'
  | 'personRequired'
  | 'nameRequired'
  | 'emailInvalid'
  | 'startsOnRequired'
  | 'dateInvalid'
  | 'endsBeforeStart'
  | 'referenceRequired'
  | 'rankRequired';

export type AppointProblems = Partial<Record<AppointField, AppointProblem>>;

export type AppointParseResult = { ok: true; input: AppointInput } | { ok: false; problems: AppointProblems };

/** Something, an @, something, a dot, something: the API checks the address properly. */
const roughEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Checks what can be checked here, in the UI's language, and builds the API's input. */
export function buildAppointInput(values: AppointValues, seatId: string, role: AppointRole): AppointParseResult {
  const problems: AppointProblems = {};
  if (role === 'PERSONAL_DEPUTY' && values.deputyForAppointmentId === '') problems.deputyForAppointmentId = 'memberRequired';
  const rank = Number(values.deputyRank);
  if (role === 'DEPUTY' && !(Number.isInteger(rank) && rank >= 1)) problems.deputyRank = 'rankRequired';
  if (values.personMode === 'existing') {
    if (values.personId === '') problems.personId = 'personRequired';
  } else {
    if (values.name.trim() === '') problems.name = 'nameRequired';
    if (values.email.trim() !== '' && !roughEmail.test(values.email.trim())) problems.email = 'emailInvalid';
  }
  if (values.startsOn === '') problems.startsOn = 'startsOnRequired';
  else if (!isIsoDate(values.startsOn)) problems.startsOn = 'dateInvalid';
  if (values.endsOn !== '') {
    if (!isIsoDate(values.endsOn)) problems.endsOn = 'dateInvalid';
    else if (isIsoDate(values.startsOn) && values.endsOn < values.startsOn) problems.endsOn = 'endsBeforeStart';
  }
  if (values.decisionReference.trim() === '') problems.decisionReference = 'referenceRequired';
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  return {
    ok: true,
    input: {
      seatId,
      role,
      ...(values.personMode === 'existing'
        ? { personId: values.personId }
        : {
            newPerson: {
              name: values.name.trim(),
              title: orNull(values.title),
              employer: orNull(values.employer),
              email: orNull(values.email),
              phone: orNull(values.phone),
              partnerId: values.partnerId === '' ? null : values.partnerId,
            },
          }),
      startsOn: values.startsOn,
      endsOn: values.endsOn === '' ? null : values.endsOn,
      decisionReference: values.decisionReference.trim(),
      deputyForAppointmentId: role === 'PERSONAL_DEPUTY' ? values.deputyForAppointmentId : null,
      deputyRank: role === 'DEPUTY' ? rank : null,
      replaceCurrent: values.replaceCurrent,
    },
  };
}

/**
 * The form field an API error is about. The shared parser names fields by their last part
 * ("newPerson.email" → "email"); an error about the person (`personId`) belongs to the name field
 * when a new person is being registered.
 */
export function appointFieldOf(apiField: string, personMode: PersonMode): AppointField | undefined {
  if (apiField === 'personId' || apiField === 'newPerson') return personMode === 'existing' ? 'personId' : 'name';
  return isAppointField(apiField) ? apiField : undefined;
}
