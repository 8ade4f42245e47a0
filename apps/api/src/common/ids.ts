import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is refused before it reaches PostgreSQL. */
export function parseId(value: string, field: string): string {
  if (!UUID.test(value)) throw badUserInput(field, 'INVALID_ID', {}, `"${truncate(value)}" is not a valid id`);
  return value.toLowerCase();
}

function truncate(value: string): string {
  const printable = value.replace(/[\u0000-\u001f]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
