/**
 * Municipalities of the two demo communities, from shared/data/municipalities.csv: Helgeland's with the
 * 2022 populations of seed 002's cost table (Vedlegg 2); the others' populations are approximations.
 */
export interface DemoMunicipality {
  municipalityNumber: string;
  name: string;
  community: string;
  partner: boolean;
  regionalCouncil: string;
  population: number;
  populationYear: number;
}

export const demoMunicipalities: readonly DemoMunicipality[] = [
  { municipalityNumber: "1811", name: "Bindal", community: "Helsefellesskap Helgeland", partner: false, regionalCouncil: "Helgelandsrådet", population: 0, populationYear: 2022 },
  { municipalityNumber: "1812", name: "Sømna", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 1981, populationYear: 2022 },
  { municipalityNumber: "1813", name: "Brønnøy", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 7777, populationYear: 2022 },
  { municipalityNumber: "1815", name: "Vega", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 1175, populationYear: 2022 },
  { municipalityNumber: "1816", name: "Vevelstad", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 462, populationYear: 2022 },
  { municipalityNumber: "1818", name: "Herøy", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 1825, populationYear: 2022 },
  { municipalityNumber: "1820", name: "Alstahaug", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 7333, populationYear: 2022 },
  { municipalityNumber: "1822", name: "Leirfjord", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 2257, populationYear: 2022 },
  { municipalityNumber: "1824", name: "Vefsn", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 13233, populationYear: 2022 },
  { municipalityNumber: "1825", name: "Grane", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 1461, populationYear: 2022 },
  { municipalityNumber: "1826", name: "Hattfjelldal", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 1273, populationYear: 2022 },
  { municipalityNumber: "1827", name: "Dønna", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Helgelandsrådet", population: 1369, populationYear: 2022 },
  { municipalityNumber: "1828", name: "Nesna", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 1698, populationYear: 2022 },
  { municipalityNumber: "1832", name: "Hemnes", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 4420, populationYear: 2022 },
  { municipalityNumber: "1833", name: "Rana", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 26092, populationYear: 2022 },
  { municipalityNumber: "1834", name: "Lurøy", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 1869, populationYear: 2022 },
  { municipalityNumber: "1835", name: "Træna", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 450, populationYear: 2022 },
  { municipalityNumber: "1836", name: "Rødøy", community: "Helsefellesskap Helgeland", partner: true, regionalCouncil: "Indre Helgeland Regionråd", population: 1153, populationYear: 2022 },
  { municipalityNumber: "1804", name: "Bodø", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 52800, populationYear: 2023 },
  { municipalityNumber: "1837", name: "Meløy", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 6200, populationYear: 2023 },
  { municipalityNumber: "1838", name: "Gildeskål", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 1950, populationYear: 2023 },
  { municipalityNumber: "1839", name: "Beiarn", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 1000, populationYear: 2023 },
  { municipalityNumber: "1840", name: "Saltdal", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 4600, populationYear: 2023 },
  { municipalityNumber: "1841", name: "Fauske", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 9800, populationYear: 2023 },
  { municipalityNumber: "1845", name: "Sørfold", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 1900, populationYear: 2023 },
  { municipalityNumber: "1848", name: "Steigen", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 2500, populationYear: 2023 },
  { municipalityNumber: "1875", name: "Hamarøy", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Salten regionråd", population: 2800, populationYear: 2023 },
  { municipalityNumber: "1856", name: "Røst", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Lofotrådet", population: 460, populationYear: 2023 },
  { municipalityNumber: "1857", name: "Værøy", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Lofotrådet", population: 720, populationYear: 2023 },
  { municipalityNumber: "1859", name: "Flakstad", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Lofotrådet", population: 1250, populationYear: 2023 },
  { municipalityNumber: "1860", name: "Vestvågøy", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Lofotrådet", population: 11500, populationYear: 2023 },
  { municipalityNumber: "1865", name: "Vågan", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Lofotrådet", population: 9750, populationYear: 2023 },
  { municipalityNumber: "1874", name: "Moskenes", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Lofotrådet", population: 1000, populationYear: 2023 },
  { municipalityNumber: "1866", name: "Hadsel", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Vesterålen regionråd", population: 8000, populationYear: 2023 },
  { municipalityNumber: "1867", name: "Bø", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Vesterålen regionråd", population: 2500, populationYear: 2023 },
  { municipalityNumber: "1868", name: "Øksnes", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Vesterålen regionråd", population: 4500, populationYear: 2023 },
  { municipalityNumber: "1870", name: "Sortland", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Vesterålen regionråd", population: 10700, populationYear: 2023 },
  { municipalityNumber: "1871", name: "Andøy", community: "Helsefellesskapet Lofoten, Vesterålen, Salten", partner: true, regionalCouncil: "Vesterålen regionråd", population: 4600, populationYear: 2023 },
];
