import { fraction } from './variation.js';

/**
 * Invented populations per 1 January with the spread of Norway's: each area has one regional centre
 * (20 000–60 000 inhabitants) and otherwise small municipalities (about 700–17 000), each growing or
 * shrinking steadily by up to a percent a year.
 */
export function populationSeries(globalIndex: number, isCentre: boolean, years: readonly number[]): { year: number; population: number }[] {
  const latestYear = Math.max(...years);
  const latest = isCentre ? 20_000 + fraction(globalIndex, 11) * 40_000 : 700 * Math.exp(fraction(globalIndex, 12) * 3.2);
  const yearlyChange = (fraction(globalIndex, 13) - 0.55) * 0.02;
  return years.map((year) => ({ year, population: Math.round(latest * (1 + yearlyChange) ** (year - latestYear)) }));
}

/**
 * How many municipalities each community has: on average `perCommunity`, spread by a quarter either
 * way as real areas differ (19 communities of 19 on average give Norway's 357).
 */
export function municipalityCounts(communities: number, perCommunity: number): number[] {
  const spread = Math.floor(perCommunity / 4);
  return Array.from({ length: communities }, (_, index) => perCommunity + ((index * 5) % (2 * spread + 1)) - spread);
}
