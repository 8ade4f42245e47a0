import type { OutgoingMail } from '../mail/outbox.js';

/**
 * The e-mails about accounts. The recipient's language is not known, so each is in bokmål first and
 * English after. Links carry their token after `#`, which browsers never send to a server or in a
 * Referer header.
 */
export function passwordLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/set-password#token=${token}`;
}

function hoursText(ttlMs: number): { nb: string; en: string } {
  const minutes = Math.round(ttlMs / 60_000);
  if (minutes < 120) return { nb: `${minutes} minutter`, en: `${minutes} minutes` };
  const hours = Math.round(minutes / 60);
  return { nb: `${hours} timer`, en: `${hours} hours` };
}

export function invitationMail(options: {
  to: string;
  name: string;
  link: string;
  ttlMs: number;
  inviter: string;
  communityName: string | null;
}): OutgoingMail {
  const valid = hoursText(options.ttlMs);
  const whereNb = options.communityName ? ` i ${options.communityName}` : '';
  const whereEn = options.communityName ? ` in ${options.communityName}` : '';
  return {
    to: options.to,
    subject: 'Invitasjon til Helsefellesskap / Invitation to Helsefellesskap',
    text: [
      `Hei, ${options.name}.`,
      `${options.inviter} har gitt deg tilgang${whereNb}. Velg ditt eget passord her for å ta i bruk kontoen:`,
      options.link,
      `Lenken virker én gang og gjelder i ${valid.nb}. Når den er utløpt, kan du be om en ny med «Glemt passord?» på innloggingssiden.`,
      '---',
      `Hello, ${options.name}.`,
      `${options.inviter} has given you access${whereEn}. Choose your own password here to start using your account:`,
      options.link,
      `The link works once and is valid for ${valid.en}. Once it has expired, ask for a new one with "Forgot your password?" on the sign-in page.`,
    ].join('\n\n'),
  };
}

export function passwordResetMail(options: { to: string; name: string; link: string; ttlMs: number }): OutgoingMail {
  const valid = hoursText(options.ttlMs);
  return {
    to: options.to,
    subject: 'Nytt passord til Helsefellesskap / New password for Helsefellesskap',
    text: [
      `Hei, ${options.name}.`,
      'Noen ba om å få sette nytt passord for kontoen din. Var det deg, velger du nytt passord her:',
      options.link,
      `Lenken virker én gang og gjelder i ${valid.nb}. Var det ikke deg, kan du se bort fra denne e-posten: passordet ditt er ikke endret.`,
      '---',
      `Hello, ${options.name}.`,
      'Someone asked to set a new password for your account. If it was you, choose a new password here:',
      options.link,
      `The link works once and is valid for ${valid.en}. If it was not you, ignore this e-mail: your password has not changed.`,
    ].join('\n\n'),
  };
}

/** The answer to a reset asked for an address without an account, so the page never has to tell. */
export function noAccountMail(options: { to: string }): OutgoingMail {
  return {
    to: options.to,
    subject: 'Nytt passord til Helsefellesskap / New password for Helsefellesskap',
    text: [
      'Hei.',
      'Noen ba om å få sette nytt passord for denne e-postadressen, men den har ingen konto hos oss. Trenger du tilgang, kan sekretariatet i helsefellesskapet ditt gi deg det. Var det ikke deg, kan du se bort fra denne e-posten.',
      '---',
      'Hello.',
      'Someone asked to set a new password for this e-mail address, but it has no account with us. If you need access, the secretariat of your health community can give it to you. If it was not you, ignore this e-mail.',
    ].join('\n\n'),
  };
}
