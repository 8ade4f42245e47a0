import type { Formatters } from '../use-formatters';
import type { AreaMessages } from './types';

/** "om 15 minutter" / "in 15 minutes": whole minutes, or seconds under a minute. */
function retryIn(seconds: number, format: Formatters, language: 'nb' | 'en'): string {
  if (!Number.isFinite(seconds)) return language === 'nb' ? 'senere' : 'later';
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    if (language === 'nb') return `om ${format.integer(whole)} ${whole === 1 ? 'sekund' : 'sekunder'}`;
    return `in ${format.integer(whole)} ${whole === 1 ? 'second' : 'seconds'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  if (language === 'nb') return `om ${format.integer(minutes)} ${minutes === 1 ? 'minutt' : 'minutter'}`;
  return `in ${format.integer(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export const authMessages: AreaMessages<'auth'> = {
  nb: {
    WRONG_CREDENTIALS: () => 'Feil e-postadresse eller passord.',
    SIGN_IN_THROTTLED: ({ retryAfterSeconds }, format) =>
      `For mange mislykkede innlogginger. Prøv igjen ${retryIn(retryAfterSeconds, format, 'nb')}.`,
    WRONG_PASSWORD: () => 'Dette er ikke det nåværende passordet ditt.',
    PASSWORD_CHECK_THROTTLED: ({ retryAfterSeconds }, format) =>
      `For mange feil passord. Prøv igjen ${retryIn(retryAfterSeconds, format, 'nb')}.`,
    PASSWORD_LINK_INVALID: () => 'Lenken er utløpt eller allerede brukt. Be om en ny lenke.',
    PASSWORD_RESET_THROTTLED: ({ retryAfterSeconds }, format) =>
      `For mange forespørsler om ny lenke. Prøv igjen ${retryIn(retryAfterSeconds, format, 'nb')}.`,
    NO_ACCOUNT_FOR_IDENTITY: () => 'Du har ingen konto her ennå. Be sekretariatet i helsefellesskapet om tilgang.',
    SELF_GRANT: () => 'Du kan ikke gi roller til deg selv. Be en annen administrator om det.',
    ROLE_ALREADY_HELD: ({ name }) => `${name} har allerede denne rollen.`,
    ROLE_IS_NATIONAL: () => 'Denne rollen gjelder i alle helsefellesskap og gis uten helsefellesskap.',
    ROLE_NEEDS_COMMUNITY: () => 'Denne rollen gis i et bestemt helsefellesskap: velg helsefellesskapet.',
    ROLE_NEEDS_REGIONAL_COUNCIL: () => 'Velg regionrådet brukeren handler for.',
    REGIONAL_COUNCIL_ONLY_FOR_COUNCIL_ROLE: () => 'Regionråd velges bare for rollen Regionråd.',
    REGIONAL_COUNCIL_OF_OTHER_COMMUNITY: () => 'Regionrådet hører ikke til dette helsefellesskapet.',
    ROLE_NEEDS_PARTNER: () => 'Velg kommunen brukeren handler for.',
    PARTNER_ONLY_FOR_MUNICIPALITY_ROLE: () => 'Kommune velges bare for rollen Kommune.',
    PARTNER_NOT_MUNICIPALITY_OF_COMMUNITY: () => 'Kommunen er ikke partner i dette helsefellesskapet.',
    LAST_SECRETARIAT: () => 'Helsefellesskapet må ha minst én bruker i sekretariatet. Gi rollen til en annen først.',
    DEMO_ACCOUNTS_PRESENT: ({ count }, format) => `Databasen har ${format.integer(count)} demokontoer, som ikke er tillatt i drift.`,
  },
  en: {
    WRONG_CREDENTIALS: () => 'Wrong e-mail or password.',
    SIGN_IN_THROTTLED: ({ retryAfterSeconds }, format) =>
      `Too many failed sign-ins. Try again ${retryIn(retryAfterSeconds, format, 'en')}.`,
    WRONG_PASSWORD: () => 'This is not your current password.',
    PASSWORD_CHECK_THROTTLED: ({ retryAfterSeconds }, format) =>
      `Too many wrong passwords. Try again ${retryIn(retryAfterSeconds, format, 'en')}.`,
    PASSWORD_LINK_INVALID: () => 'The link has expired or has already been used. Ask for a new one.',
    PASSWORD_RESET_THROTTLED: ({ retryAfterSeconds }, format) =>
      `Too many requests for a new link. Try again ${retryIn(retryAfterSeconds, format, 'en')}.`,
    NO_ACCOUNT_FOR_IDENTITY: () => 'You have no account here yet. Ask the secretariat of your health community for access.',
    SELF_GRANT: () => 'You cannot give roles to yourself. Ask another administrator.',
    ROLE_ALREADY_HELD: ({ name }) => `${name} already has this role.`,
    ROLE_IS_NATIONAL: () => 'This role holds in every health community and is given without one.',
    ROLE_NEEDS_COMMUNITY: () => 'This role is given in one health community: choose it.',
    ROLE_NEEDS_REGIONAL_COUNCIL: () => 'Choose the regional council the user acts for.',
    REGIONAL_COUNCIL_ONLY_FOR_COUNCIL_ROLE: () => 'A regional council is chosen only for the Regional council role.',
    REGIONAL_COUNCIL_OF_OTHER_COMMUNITY: () => 'The regional council does not belong to this health community.',
    ROLE_NEEDS_PARTNER: () => 'Choose the municipality the user acts for.',
    PARTNER_ONLY_FOR_MUNICIPALITY_ROLE: () => 'A municipality is chosen only for the Municipality role.',
    PARTNER_NOT_MUNICIPALITY_OF_COMMUNITY: () => 'The municipality is not a partner of this health community.',
    LAST_SECRETARIAT: () => 'The health community must keep at least one secretariat user. Give the role to someone else first.',
    DEMO_ACCOUNTS_PRESENT: ({ count }, format) =>
      `The database has ${format.integer(count)} demo accounts, which production does not allow.`,
  },
};
