/** The texts of editing, starting and downloading a budget; registered as `budgetEditing` in app/locales. */
export const budgetEditingNb = {
  edit: 'Rediger budsjett {{year}}',
  editorHeading: 'Rediger budsjett {{year}}',
  editorIntro:
    'Endre postene og det statlige tilskuddet. Fordelingen mellom kommunene regnes ut på nytt når du lagrer. Fordelingsnøkkelen er uendret.',
  line: 'Post {{number}}',
  label: 'Beskrivelse',
  amount: 'Beløp (kroner)',
  remove: 'Fjern post {{number}}',
  add: 'Legg til post',
  noLines: 'Budsjettet har ingen poster. Legg til en post.',
  stateGrant: 'Statlig tilskudd (kroner)',
  save: 'Lagre budsjett',
  cancel: 'Avbryt',
  saved: 'Budsjettet for {{year}} er lagret, og fordelingen er oppdatert.',
  failed: 'Budsjettet ble ikke lagret',
  errors: {
    summary: 'Rett opp dette før du lagrer:',
    labelRequired: 'Skriv hva posten gjelder.',
    labelTooLong: 'Beskrivelsen kan ha høyst {{max}} tegn.',
    wholeKroner: 'Skriv et helt antall kroner (0 eller mer), uten desimaler.',
    tooManyLines: 'Budsjettet kan ha høyst {{max}} poster.',
  },
  startNext: 'Lag budsjett for {{next}} fra {{year}}',
  started: 'Budsjettet for {{next}} er laget fra {{year}}. Rediger postene og tilskuddet nedenfor.',
  startFailed: 'Budsjettet ble ikke laget',
  downloads: {
    heading: 'Last ned til fakturering',
    intro:
      'Fordelingen {{year}} med kommunenummer, innbyggertall og beløp per kommune. CSV-filen åpnes riktig i Excel med norske innstillinger.',
    csv: 'Last ned CSV',
    xlsx: 'Last ned Excel',
  },
};

export const budgetEditingEn: typeof budgetEditingNb = {
  edit: 'Edit budget {{year}}',
  editorHeading: 'Edit budget {{year}}',
  editorIntro:
    'Change the cost lines and the state grant. The allocation among the municipalities is calculated again when you save. The allocation key is unchanged.',
  line: 'Line {{number}}',
  label: 'Description',
  amount: 'Amount (NOK)',
  remove: 'Remove line {{number}}',
  add: 'Add line',
  noLines: 'The budget has no lines. Add a line.',
  stateGrant: 'State grant (NOK)',
  save: 'Save budget',
  cancel: 'Cancel',
  saved: 'The budget for {{year}} is saved, and the allocation is updated.',
  failed: 'The budget was not saved',
  errors: {
    summary: 'Correct this before you save:',
    labelRequired: 'Write what the line is for.',
    labelTooLong: 'The description can have at most {{max}} characters.',
    wholeKroner: 'Write a whole number of kroner (0 or more), without decimals.',
    tooManyLines: 'The budget can have at most {{max}} lines.',
  },
  startNext: 'Make the budget for {{next}} from {{year}}',
  started: 'The budget for {{next}} is made from {{year}}. Edit the lines and the grant below.',
  startFailed: 'The budget was not made',
  downloads: {
    heading: 'Download for invoicing',
    intro:
      'The allocation {{year}} with municipality number, population and amount per municipality. The CSV file opens correctly in Excel with Norwegian settings.',
    csv: 'Download CSV',
    xlsx: 'Download Excel',
  },
};
