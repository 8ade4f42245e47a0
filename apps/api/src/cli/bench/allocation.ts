import { allocateCosts } from '../../modules/cost-sharing/allocation.js';

/** The cost allocation for all of Norway's municipalities (357): mean microseconds per allocation. */
export function benchAllocation(iterations = 2_000): { iterations: number; meanMicroseconds: number } {
  const municipalities = Array.from({ length: 357 }, (_, index) => ({
    municipalityNumber: String(1000 + index),
    name: null,
    population: 500 + ((index * 7919) % 60_000),
  }));
  const started = performance.now();
  for (let index = 0; index < iterations; index += 1)
    allocateCosts({ municipalShare: 740_539 + index, fixedSharePpm: 200_000, municipalities });
  return { iterations, meanMicroseconds: Math.round(((performance.now() - started) / iterations) * 1000) };
}
