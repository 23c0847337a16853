// Builds the dashboard into store-service's resources (run `npm ci && npm run build` here after a change; the
// Maven build only copies the result). Writes:
//   app.js        the page's code and the d3/topojson modules it uses, one minified file
//   world.json    Natural Earth country shapes (world-atlas, 1:110m) keyed by ISO 3166-1 alpha-2 code, plus a
//                 label point for every country of the 1:50m set, so small states have a place for their arcs
//   THIRD-PARTY.txt  the licence of every package that ends up in those files
// index.html and app.css are written by hand in the same folder.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../resources/io/newswire/store/dashboard/site');
const read = (path) => JSON.parse(readFileSync(join(here, 'node_modules', path), 'utf8'));

// ISO 3166-1 numeric -> alpha-2 (world-atlas ids are numeric); Natural Earth's few unassigned ones by name
const alpha2 = new Map(read('i18n-iso-countries/codes.json').map(([a2, , num]) => [num, a2]));
const byName = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };
const codeOf = (geometry) => alpha2.get(geometry.id) ?? byName[geometry.properties?.name] ?? null;

const world = read('world-atlas/countries-110m.json');
for (const g of world.objects.countries.geometries) {
  g.id = codeOf(g);
  g.properties = {};
}

// a label point per country: the centroid of its largest polygon (France's, not the mean of France and Guiana)
function labelPoint(f) {
  if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f);
  let best = null;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return geoCentroid(best);
}
const points = {};
const detailed = read('world-atlas/countries-50m.json');
for (const f of feature(detailed, detailed.objects.countries).features) {
  const code = codeOf(f);
  if (code && !points[code]) points[code] = labelPoint(f).map((x) => Math.round(x * 100) / 100);
}
world.labelPoints = points;
writeFileSync(join(out, 'world.json'), JSON.stringify(world));

const result = await esbuild.build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  metafile: true,
  outfile: join(out, 'app.js'),
});

// licences: every package with a module in the bundle, plus the data packages used above
const packages = new Set(['world-atlas', 'i18n-iso-countries']);
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) packages.add(m[1]);
}
const sections = [...packages].sort().map((name) => {
  const pkg = read(`${name}/package.json`);
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(here, 'node_modules', name, f))
    .find(existsSync);
  const text = file ? readFileSync(file, 'utf8').trim() : `License: ${pkg.license}`;
  return `${name} ${pkg.version} (${pkg.license})\n${pkg.homepage ?? ''}\n\n${text}\n`;
});
writeFileSync(join(out, 'THIRD-PARTY.txt'),
  'Third-party code and data in the Newswire dashboard (app.js, world.json).\n'
  + 'Country shapes: Natural Earth (public domain, https://www.naturalearthdata.com), via world-atlas.\n'
  + 'Country codes: i18n-iso-countries (used at build time to key the shapes by ISO 3166-1 alpha-2).\n\n'
  + sections.join('\n' + '='.repeat(78) + '\n\n'));
console.log(`built ${out}: app.js ${(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes / 1024).toFixed(0)} kB from ${packages.size} packages`);
