/**
 * Other names readers type for countries, keyed by ISO alpha-3. The dataset's own `aliases`
 * cover the countries it lists; this fills in the rest of the map, so a reader looking for a
 * country without data still finds it. Former names, exonyms and common short forms only —
 * accents are ignored by the search, so "Cote d'Ivoire" need not be listed beside "Côte d'Ivoire".
 */
export const COUNTRY_ALTERNATES: Readonly<Record<string, readonly string[]>> = {
  ARE: ['UAE', 'Emirates'],
  BHS: ['The Bahamas'],
  BIH: ['Bosnia'],
  BLR: ['Byelorussia'],
  BRN: ['Brunei Darussalam'],
  CHE: ['Swiss Confederation'],
  CIV: ['Ivory Coast'],
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Congo', 'Congo-Brazzaville'],
  CPV: ['Cape Verde'],
  CZE: ['Czechia'],
  DEU: ['Deutschland'],
  ESP: ['España'],
  FSM: ['Federated States of Micronesia'],
  GBR: ['UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  GMB: ['Gambia'],
  KOR: ['Republic of Korea', 'Korea'],
  LAO: ['Lao PDR'],
  MDA: ['Moldavia'],
  MKD: ['Macedonia'],
  MMR: ['Burma'],
  NLD: ['Holland'],
  PRK: ['DPRK', "Democratic People's Republic of Korea"],
  PSE: ['Palestinian Territories'],
  RUS: ['Russian Federation'],
  SWZ: ['Swaziland'],
  TLS: ['East Timor'],
  TUR: ['Turkey'],
  TWN: ['Republic of China'],
  USA: ['US', 'USA', 'America'],
  VAT: ['Holy See', 'Vatican'],
  VNM: ['Viet Nam'],
};
