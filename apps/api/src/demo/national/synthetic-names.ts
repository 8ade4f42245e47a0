import { FIRST_NAMES as DEMO_FIRST_NAMES, LAST_NAMES as DEMO_LAST_NAMES } from '../load-demo-composition.js';

/**
 * Invented but Norwegian-sounding names for the national data set: regions, municipalities with
 * four-digit numbers, and people. None is meant to be real; every community name starts with
 * "Helsefellesskapet" and a region no real community uses, so the set lives beside the demo's two.
 */
const REGIONS = [
  'Nordfjella',
  'Vestkysten',
  'Innlandsdalene',
  'Fjordriket',
  'Sørheia',
  'Midtfjorden',
  'Havbrynet',
  'Skogbygdene',
  'Kystsletta',
  'Elvedalen',
  'Øyrekka',
  'Fjellregionen',
  'Viddeland',
  'Bredalen',
  'Sundbygdene',
  'Nesset',
  'Lyngheia',
  'Breidfjorden',
  'Sjøbygdene',
];

const STEMS = [
  'Berg',
  'Bjørk',
  'Brei',
  'Eik',
  'Elv',
  'Fager',
  'Fjell',
  'Fløy',
  'Foss',
  'Gran',
  'Hav',
  'Hol',
  'Hov',
  'Kvit',
  'Lang',
  'Li',
  'Lyng',
  'Mo',
  'Myr',
  'Nord',
  'Os',
  'Rau',
  'Rogn',
  'Sand',
  'Sel',
  'Skog',
  'Sol',
  'Stein',
  'Stor',
  'Strand',
  'Sul',
  'Sør',
  'Tind',
  'Vang',
  'Vest',
  'Øst',
  'Ål',
  'Ås',
  'Ask',
  'Hegg',
  'Lund',
  'Rust',
];
const SUFFIXES = ['vik', 'dal', 'nes', 'øy', 'fjord', 'berg', 'heim', 'stad', 'land', 'sund', 'våg', 'bø', 'rud', 'set', 'haug'];
/** Coprime with STEMS.length × SUFFIXES.length, so stepping by it visits every combination once before repeating. */
const NAME_STEP = 13;

export interface RegionNames {
  communityName: string;
  shortName: string;
  hospitalTrust: string;
  /** For invented e-mail addresses. */
  domain: string;
}

export function regionNames(communityIndex: number): RegionNames {
  const base = REGIONS[communityIndex % REGIONS.length] ?? 'Region';
  const round = Math.floor(communityIndex / REGIONS.length);
  const region = round === 0 ? base : `${base} ${round + 1}`;
  return {
    communityName: `Helsefellesskapet ${region}`,
    shortName: region,
    hospitalTrust: `Sykehuset ${region} HF`,
    domain: `${asciiSlug(region)}.example`,
  };
}

/** A municipality's name, unique across the whole set (for the first 630 municipalities). */
export function municipalityName(globalIndex: number): string {
  const combinations = STEMS.length * SUFFIXES.length;
  const combination = (globalIndex * NAME_STEP) % combinations;
  const stem = STEMS[Math.floor(combination / SUFFIXES.length)] ?? 'Nord';
  const suffix = SUFFIXES[combination % SUFFIXES.length] ?? 'vik';
  const round = Math.floor(globalIndex / combinations);
  return round === 0 ? `${stem}${suffix}` : `${stem}${suffix} ${round + 1}`;
}

/**
 * Four digits, as Norway's are: two for the county (here one invented "county" per community, 20–99)
 * and two for the municipality within it, so every number in the set is unique.
 */
export function municipalityNumber(communityIndex: number, indexInCommunity: number): string {
  if (communityIndex > 79 || indexInCommunity > 98)
    throw new Error('the national data set numbers at most 80 communities of 99 municipalities');
  return `${20 + communityIndex}${String(indexInCommunity + 1).padStart(2, '0')}`;
}

const FIRST_NAMES = [
  ...DEMO_FIRST_NAMES,
  'Sigrid',
  'Torbjørn',
  'Hilde',
  'Magnus',
  'Siri',
  'Eirik',
  'Liv',
  'Arne',
  'Mona',
  'Kjetil',
  'Berit',
  'Trond',
];
const LAST_NAMES = [...DEMO_LAST_NAMES, 'Haugen', 'Bakke', 'Solberg', 'Aas', 'Myhre', 'Lie', 'Holm', 'Nygård', 'Kristiansen', 'Brekke'];

export interface SyntheticPerson {
  name: string;
  email: string;
  phone: string;
}

/**
 * The `serial`-th person of a community. First and last names step through their lists by factors
 * coprime with the lists' lengths (36 and 26, the demo's names and more), so no two of a community's first 468 people share a name;
 * names repeat across communities, e-mail addresses do not.
 */
export function syntheticPerson(communityIndex: number, serial: number, domain: string): SyntheticPerson {
  const first = FIRST_NAMES[(serial * 5 + communityIndex * 7) % FIRST_NAMES.length] ?? 'Kari';
  const last = LAST_NAMES[(serial * 7 + communityIndex * 3) % LAST_NAMES.length] ?? 'Nordmann';
  return {
    name: `${first} ${last}`,
    email: `${asciiSlug(first)}.${asciiSlug(last)}.${serial + 1}@${domain}`,
    phone: `+47 4${String(communityIndex).padStart(2, '0')} ${String(serial)
      .padStart(5, '0')
      .replace(/^(\d{2})(\d{3})$/, '$1 $2')}`,
  };
}

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => ({ æ: 'ae', ø: 'o', å: 'a' })[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-');
}
