/** The public calendar's texts; registered as `publicCalendar` in app/locales. */
export const publicCalendarNb = {
  title: 'Møtekalender – {{name}}',
  intro:
    'Åpne møter i organene, med sakslister. Saker som er unntatt offentlighet, vises bare med saksnummer og hjemmel. Alle kan lese kalenderen uten å logge inn.',
  link: 'Møtekalender (åpne møter)',
  year: 'År',
  unavailable: 'Fant ikke helsefellesskapet',
  noMeetings: 'Ingen åpne møter i {{year}}.',
  subscribe: 'Abonner på kalenderen for {{name}} (iCalendar)',
  subscribeHelp: 'Legg adressen til i kalenderprogrammet ditt, så oppdateres møtene når de flyttes eller avlyses.',
  extraordinary: 'Ekstraordinært møte',
  cancelled: 'Avlyst',
  noticeSent: 'Innkalling sendt',
  place: 'Sted',
  video: 'Video',
  agenda: 'Saksliste',
  noAgenda: 'Sakslisten er ikke klar ennå.',
  exempt: 'Unntatt offentlighet ({{basis}})',
};

export const publicCalendarEn: typeof publicCalendarNb = {
  title: 'Meeting calendar – {{name}}',
  intro:
    "The organs' open meetings with their agendas. Cases exempt from public access are shown by their number and legal basis only. Anyone can read the calendar without signing in.",
  link: 'Meeting calendar (open meetings)',
  year: 'Year',
  unavailable: 'Health community not found',
  noMeetings: 'No open meetings in {{year}}.',
  subscribe: 'Subscribe to the calendar of {{name}} (iCalendar)',
  subscribeHelp: 'Add the address to your calendar app, and the meetings update when they are moved or cancelled.',
  extraordinary: 'Extraordinary meeting',
  cancelled: 'Cancelled',
  noticeSent: 'Notice sent',
  place: 'Place',
  video: 'Video',
  agenda: 'Agenda',
  noAgenda: 'The agenda is not ready yet.',
  exempt: 'Exempt from public access ({{basis}})',
};
