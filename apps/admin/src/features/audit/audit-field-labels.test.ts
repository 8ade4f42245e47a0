import { describe, expect, it } from 'vitest';

import auditSource from '../../../../api/src/modules/audit/audit.ts?raw';
import { supportedLanguages } from '../../app/i18n';
import { auditEntityTypes } from './audit-entity-types';
import { auditFieldLabel } from './audit-field-labels';

/** The API's entity sources, read as text: the audited columns come from them, not from a copy. */
const entitySources = Object.values(
  import.meta.glob<string>('../../../../api/src/modules/*/*.entity.ts', { query: '?raw', import: 'default', eager: true }),
);

/** The properties of `class <name>Entity` that carry a column decorator (@Column, @PrimaryColumn, …). */
function columnsOf(entityType: string): string[] | undefined {
  for (const source of entitySources) {
    const start = source.indexOf(`export class ${entityType}Entity {`);
    if (start < 0) continue;
    const body = source.slice(start, source.indexOf('\n}', start));
    return [...body.matchAll(/@\w*Column\((?:[^()]|\([^()]*\))*\)\s+(\w+)[!?]?:/g)].map((match) => match[1] ?? '');
  }
  return undefined;
}

/** Fields the API never writes to the log (`LEFT_OUT` in modules/audit/audit.ts). */
const leftOut = new Set(
  [...(/const LEFT_OUT = new Set\(\[([^\]]*)\]\)/.exec(auditSource)?.[1] ?? '').matchAll(/'(\w+)'/g)].map((match) => match[1]),
);

/** Record types whose events a service writes without an entity behind them (an import of many figures). */
const EVENT_ONLY_TYPES = new Set(['PopulationImport']);

describe('audit field labels', () => {
  it('finds the API entity of every audited record type', () => {
    expect(leftOut).toContain('passwordHash');
    for (const type of auditEntityTypes.filter((type) => !EVENT_ONLY_TYPES.has(type))) {
      expect(columnsOf(type), `${type}Entity`).toBeDefined();
    }
    expect(columnsOf('Partner')).toEqual(expect.arrayContaining(['name', 'municipalityNumber', 'leftOn']));
  });

  it('labels every audited column in bokmål and English', () => {
    const missing = auditEntityTypes.flatMap((type) =>
      (columnsOf(type) ?? [])
        .filter((column) => !leftOut.has(column))
        .flatMap((column) =>
          supportedLanguages
            .filter((language) => !auditFieldLabel(type, column, language))
            .map((language) => `${type}.${column} (${language})`),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('labels the fields of the events written without an entity', () => {
    expect(auditFieldLabel('PopulationImport', 'figures', 'nb')).toBe('Innbyggertall');
    expect(auditFieldLabel('PopulationImport', 'figures', 'en')).toBe('Population figures');
  });

  it('names fields in the chosen language and leaves an unknown one to the caller', () => {
    expect(auditFieldLabel('Partner', 'municipalityNumber', 'nb')).toBe('Kommunenummer');
    expect(auditFieldLabel('Partner', 'municipalityNumber', 'en')).toBe('Municipality number');
    expect(auditFieldLabel('Partner', 'toString', 'nb')).toBeUndefined();
    expect(auditFieldLabel('Meeting', 'name', 'nb')).toBeUndefined();
  });
});
