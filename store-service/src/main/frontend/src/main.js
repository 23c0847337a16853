// The Newswire dashboard: one page over the store's JSON API and its live stream (same origin, relative URLs, so it
// also works behind a reverse proxy under a path). Filters live in the URL's fragment, so a view can be bookmarked.
import { select } from 'd3-selection';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { scaleBand, scaleLinear, scaleSequentialSqrt, scaleSqrt, scaleUtc } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { axisBottom, axisLeft } from 'd3-axis';
import { brushX } from 'd3-brush';
import { max, rollups, sum } from 'd3-array';
import { utcDay, utcMonday, utcMonth } from 'd3-time';
import { format } from 'd3-format';

const STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'];
const FILTERS = ['country', 'status', 'from', 'to', 'q'];
const PAGE = 50;
const MAX_ARCS = 300;
const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const count = format(',');
const $ = (id) => document.getElementById(id);

const state = { country: '', status: '', from: '', to: '', q: '', interval: '', topic: '' };
let world = null;
let worldReady = Promise.resolve();
let generation = 0; // answers to an older selection are dropped
let visitRows = [];
let visitCursor = null;
let articleCursor = null;
let sortKey = { key: 'date', dir: -1 };
const flash = new Set(); // ids of visits that just arrived live

function countryName(code) {
  if (!code) return 'unknown';
  try {
    return countryNames.of(code);
  } catch {
    return code;
  }
}

function day(iso) {
  return dayFormat.format(new Date(`${iso}T00:00:00Z`));
}

function period(start, end) {
  if (!start) return 'undated';
  if (!end || end === start) return day(start);
  return `${day(start)} – ${day(end)}`;
}

function plural(n, word) {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

// ---- state <-> URL and form --------------------------------------------------------------------------------------

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const k of Object.keys(state)) state[k] = p.get(k) ?? '';
}

function writeHash() {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v) p.set(k, v);
  const hash = p.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

function syncForm() {
  const form = $('filters');
  for (const k of FILTERS) form.elements[k].value = state[k];
  $('interval').value = state.interval;
}

function visitParams(extra = {}, { withPeriod = true } = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) {
    if (!state[k]) continue;
    if (!withPeriod && (k === 'from' || k === 'to')) continue;
    p.set(k, state[k]);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  return p;
}

// ---- fetching ----------------------------------------------------------------------------------------------------

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // reported below
  }
  if (!response.ok) {
    const message = body?.message ? `${body.message}${body.parameter ? ` (${body.parameter})` : ''}` : response.statusText;
    throw new Error(`${path}: ${message}`);
  }
  return body;
}

function showError(e) {
  const box = $('error');
  if (!e) {
    box.hidden = true;
    return;
  }
  box.textContent = `Could not load the data: ${e.message}`;
  box.hidden = false;
}

// ---- summary -----------------------------------------------------------------------------------------------------

async function loadSummary(gen) {
  const s = await api('api/stats/summary', visitParams());
  if (gen !== generation) return;
  const parts = [];
  if (state.country) parts.push(`made or hosted by ${countryName(state.country)}`);
  if (state.status) parts.push(state.status);
  if (state.q) parts.push(`matching “${state.q}”`);
  const when = s.firstDate ? `, ${period(s.firstDate, s.lastDate)}` : '';
  $('summary').textContent = `${plural(s.visits, 'visit')} from ${plural(s.articles, 'article')}${when}`
    + (parts.length ? ` · ${parts.join(', ')}` : '')
    + (s.undated ? ` (${count(s.undated)} without dates)` : '');
  $('summary').dataset.visits = s.visits;
}

// ---- map ---------------------------------------------------------------------------------------------------------

const W = 960;
const H = 500;
const projection = geoNaturalEarth1();
const path = geoPath(projection);

async function loadWorld() {
  const topo = await api('world.json');
  const countries = feature(topo, topo.objects.countries).features.filter((f) => f.id !== 'AQ');
  projection.fitExtent([[6, 6], [W - 6, H - 6]], { type: 'Sphere' });
  world = { countries, points: topo.labelPoints };
  const svg = select('#map').append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img')
    .attr('aria-labelledby', 'map-h');
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 0 10 10').attr('refX', 9)
    .attr('refY', 5).attr('markerWidth', 5).attr('markerHeight', 5).attr('orient', 'auto-start-reverse')
    .append('path').attr('class', 'arrow').attr('d', 'M0,0L10,5L0,10z');
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('g').attr('class', 'countries').selectAll('path').data(countries).join('path')
    .attr('class', 'country').attr('d', path).attr('data-code', (d) => d.id ?? '');
  svg.append('g').attr('class', 'arcs');
  svg.append('g').attr('class', 'legend').attr('transform', `translate(16, ${H - 40})`);
}

function pointOf(code) {
  const p = world.points[code];
  return p ? projection(p) : null;
}

function arcPath(a, b) {
  // a curve bent to the left of the direction of travel, so A→B and B→A are two arcs
  const [x1, y1] = a;
  const [x2, y2] = b;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const bend = 0.25;
  return `M${x1},${y1}Q${(x1 + x2) / 2 + dy * bend},${(y1 + y2) / 2 - dx * bend} ${x2},${y2}`;
}

async function loadMap(gen) {
  const [pairs, hosts, visitors] = await Promise.all(['pair', 'host', 'visitor'].map((groupBy) =>
    api('api/stats/visits', visitParams({ groupBy, limit: 1000 }))));
  await worldReady;
  if (gen !== generation || !world) return;
  const hosted = new Map(hosts.groups.map((g) => [g.host, g.count]));
  const made = new Map(visitors.groups.map((g) => [g.visitor, g.count]));
  const shade = scaleSequentialSqrt([0, Math.max(1, max(hosted.values()) ?? 1)], (t) => interpolateBlues(0.12 + t * 0.8));
  const svg = select('#map svg');
  const tooltip = $('tooltip');
  const from = new Map();
  for (const g of pairs.groups) {
    if (!from.has(g.host)) from.set(g.host, []);
    from.get(g.host).push(countryName(g.visitor));
  }
  const describe = (code) => {
    const visitors = from.get(code) ?? [];
    const shown = visitors.slice(0, 4).join(', ') + (visitors.length > 4 ? ` and ${visitors.length - 4} more` : '');
    return `${countryName(code)}: ${plural(hosted.get(code) ?? 0, 'visit')} hosted${shown ? ` (from ${shown})` : ''}, `
      + `${count(made.get(code) ?? 0)} made`;
  };

  svg.select('.countries').selectAll('path')
    .style('fill', (d) => (hosted.has(d.id) ? shade(hosted.get(d.id)) : null))
    .classed('has-visits', (d) => hosted.has(d.id) || made.has(d.id))
    .classed('selected', (d) => d.id === state.country)
    .attr('tabindex', (d) => (hosted.has(d.id) || made.has(d.id) ? 0 : null))
    .attr('role', (d) => (hosted.has(d.id) || made.has(d.id) ? 'button' : null))
    .attr('aria-label', (d) => (hosted.has(d.id) || made.has(d.id) ? `${describe(d.id)}. Filter by it.` : null))
    .attr('data-hosted', (d) => hosted.get(d.id) ?? 0)
    .on('mousemove focus', (event, d) => {
      if (!d.id) return;
      const box = $('map-panel').getBoundingClientRect();
      const at = event.type === 'focus' ? event.target.getBoundingClientRect() : { left: event.clientX, top: event.clientY };
      tooltip.textContent = describe(d.id);
      tooltip.hidden = false;
      tooltip.style.left = `${Math.min(at.left - box.left + 12, box.width - tooltip.offsetWidth - 8)}px`;
      tooltip.style.top = `${at.top - box.top + 14}px`;
    })
    .on('mouseleave blur', () => {
      tooltip.hidden = true;
    })
    .on('click', (event, d) => {
      if (d.id && (hosted.has(d.id) || made.has(d.id) || d.id === state.country)) toggleCountry(d.id);
    })
    .on('keydown', (event, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggleCountry(d.id);
      }
    });

  const width = scaleSqrt([1, Math.max(1, max(pairs.groups, (g) => g.count) ?? 1)], [1.5, 7]);
  // the busiest routes (the API sends them largest first): more arcs than this are a tangle, not a map
  const drawn = pairs.groups
    .map((g) => ({ ...g, a: pointOf(g.visitor), b: pointOf(g.host) }))
    .filter((g) => g.a && g.b && g.visitor !== g.host)
    .slice(0, MAX_ARCS);
  $('map-note').textContent = pairs.groups.length > MAX_ARCS
    ? `Showing the ${MAX_ARCS} busiest of ${pairs.groups.length === 1000 ? '1,000 or more' : count(pairs.groups.length)} visitor → host pairs.`
    : '';
  svg.select('.arcs').selectAll('path').data(drawn, (g) => `${g.visitor}>${g.host}`).join('path')
    .attr('class', 'arc')
    .attr('d', (g) => arcPath(g.a, g.b))
    .attr('stroke-width', (g) => width(g.count))
    .attr('marker-end', 'url(#arrow)')
    .attr('data-visitor', (g) => g.visitor)
    .attr('data-host', (g) => g.host)
    .attr('data-count', (g) => g.count)
    .selectAll('title').data((g) => [g]).join('title')
    .text((g) => `${countryName(g.visitor)} → ${countryName(g.host)}: ${plural(g.count, 'visit')}`);

  const legend = svg.select('.legend');
  legend.selectAll('*').remove();
  legend.append('text').attr('y', -6).text('visits hosted');
  const top = Math.max(1, max(hosted.values()) ?? 1);
  const steps = [...new Set([1, Math.ceil(top / 2), top])];
  steps.forEach((n, i) => {
    legend.append('rect').attr('x', i * 44).attr('width', 40).attr('height', 10).attr('fill', shade(n));
    legend.append('text').attr('x', i * 44).attr('y', 24).text(count(n));
  });
  fillCountryOptions(hosted, made);
}

function fillCountryOptions(hosted, made) {
  // only countries in the data; without a country filter that is every country with a visit
  const select_ = $('filters').elements.country;
  const codes = new Set([...hosted.keys(), ...made.keys()]);
  if (state.country) codes.add(state.country);
  const known = new Set([...select_.options].map((o) => o.value));
  for (const code of codes) {
    if (!known.has(code)) select_.add(new Option(countryName(code), code));
  }
  const options = [...select_.options].slice(1).sort((a, b) => a.text.localeCompare(b.text));
  options.forEach((o) => select_.add(o));
  select_.value = state.country;
}

function toggleCountry(code) {
  state.country = state.country === code ? '' : code;
  changed();
}

// ---- timeline ----------------------------------------------------------------------------------------------------

const TW = 640;
const TH = 210;
const margin = { top: 10, right: 12, bottom: 26, left: 34 };
const intervals = { day: utcDay, week: utcMonday, month: utcMonth };

function autoInterval(first, last) {
  const days = (last - first) / 864e5;
  return days > 730 ? 'month' : days > 120 ? 'week' : 'day';
}

async function loadTimeline(gen) {
  // the whole span, whatever the period: the brush shows the period and chooses another
  const probe = state.interval || 'month'; // when automatic: the span first, from the fewest buckets
  let data = await api('api/stats/timeline', visitParams({ interval: probe }, { withPeriod: false }));
  if (gen !== generation) return;
  const dates = data.buckets.map((b) => new Date(`${b.start}T00:00:00Z`));
  const interval = state.interval || (dates.length ? autoInterval(Math.min(...dates), Math.max(...dates)) : 'day');
  if (interval !== probe) {
    data = await api('api/stats/timeline', visitParams({ interval }, { withPeriod: false }));
    if (gen !== generation) return;
  }
  drawTimeline(data.buckets, interval);
}

function drawTimeline(buckets, interval) {
  const unit = intervals[interval];
  const today = utcDay.floor(new Date());
  const byStart = rollups(buckets, (bs) => {
    const start = new Date(`${bs[0].start}T00:00:00Z`);
    const ahead = unit.offset(start, 1) > today
      ? sum(bs.filter((b) => b.status === 'planned'), (b) => b.count) : 0;
    return { start, ahead, past: sum(bs, (b) => b.count) - ahead };
  }, (b) => b.start).map(([, v]) => v);

  const root = select('#timeline');
  root.selectAll('*').remove();
  if (!byStart.length) {
    root.append('p').attr('class', 'empty').text('No dated visits match these filters.');
    return;
  }
  const first = unit.floor(byStart[0].start);
  let last = unit.offset(byStart[byStart.length - 1].start, 1);
  if (state.to) last = new Date(Math.max(last, unit.ceil(new Date(`${state.to}T00:00:00Z`))));
  let start = first;
  if (state.from) start = new Date(Math.min(first, unit.floor(new Date(`${state.from}T00:00:00Z`))));
  const x = scaleUtc([start, last], [margin.left, TW - margin.right]);
  const top = max(byStart, (b) => b.past + b.ahead);
  const y = scaleLinear([0, top], [TH - margin.bottom, margin.top]).nice();
  const band = Math.max(1, x(unit.offset(start, 1)) - x(start) - 1);

  const svg = root.append('svg').attr('viewBox', `0 0 ${TW} ${TH}`).attr('role', 'img')
    .attr('aria-label', `Visits per ${interval}, ${buckets.length ? 'from ' + day(buckets[0].start) : ''}`);
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${TH - margin.bottom})`)
    .call(axisBottom(x).ticks(6));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).ticks(Math.min(4, top)).tickFormat(format('d')));
  const bars = svg.append('g').selectAll('g').data(byStart).join('g')
    .attr('data-start', (b) => b.start.toISOString().slice(0, 10));
  bars.append('rect').attr('class', 'bar past').attr('x', (b) => x(b.start)).attr('width', band)
    .attr('y', (b) => y(b.past)).attr('height', (b) => y(0) - y(b.past));
  bars.append('rect').attr('class', 'bar ahead').attr('x', (b) => x(b.start)).attr('width', band)
    .attr('y', (b) => y(b.past + b.ahead)).attr('height', (b) => y(b.past) - y(b.past + b.ahead));
  bars.append('title').text((b) => `${interval} of ${day(b.start.toISOString().slice(0, 10))}: `
    + `${plural(b.past + b.ahead, 'visit')}${b.ahead ? ` (${count(b.ahead)} planned ahead)` : ''}`);
  if (today >= start && today <= last) {
    const t = svg.append('g').attr('class', 'today').attr('transform', `translate(${x(today)},0)`);
    t.append('line').attr('y1', margin.top).attr('y2', TH - margin.bottom);
    t.append('text').attr('x', 3).attr('y', margin.top + 9).text('today');
  }

  const brush = brushX().extent([[margin.left, margin.top], [TW - margin.right, TH - margin.bottom]])
    .on('end', (event) => {
      if (!event.sourceEvent) return; // moved by us below
      if (!event.selection) {
        if (state.from || state.to) {
          state.from = '';
          state.to = '';
          changed({ keepTimeline: true });
        }
        return;
      }
      const [a, b] = event.selection.map(x.invert);
      state.from = utcDay.round(a).toISOString().slice(0, 10);
      state.to = utcDay.offset(utcDay.round(b), -1).toISOString().slice(0, 10);
      if (state.to < state.from) state.to = state.from;
      changed({ keepTimeline: true });
    });
  const g = svg.append('g').attr('class', 'brush').call(brush);
  if (state.from || state.to) {
    const a = state.from ? new Date(`${state.from}T00:00:00Z`) : start;
    const b = state.to ? utcDay.offset(new Date(`${state.to}T00:00:00Z`), 1) : last;
    g.call(brush.move, [Math.max(x(a), margin.left), Math.min(x(b), TW - margin.right)]);
  }
}

// ---- visits table ------------------------------------------------------------------------------------------------

function names(officials) {
  return (officials ?? []).map((o) => (o.role ? `${o.name} (${o.role})` : o.name)).join('; ');
}

const sorters = {
  date: (v) => v.startDate ?? '',
  route: (v) => `${v.visitorCountries.map(countryName).join(', ')} → ${countryName(v.hostCountry)}`,
  who: (v) => names(v.visitors),
  met: (v) => names(v.hosts),
  status: (v) => STATUSES.indexOf(v.status),
  outlets: (v) => v.outlets ?? 0,
};

async function loadVisits(gen, { append = false, atLeast = PAGE } = {}) {
  const page = await api('api/visits', visitParams({
    limit: Math.min(200, append ? PAGE : Math.max(PAGE, atLeast)),
    cursor: append ? visitCursor : null,
  }));
  if (gen !== generation) return;
  visitRows = append ? visitRows.concat(page.items) : page.items;
  visitCursor = page.nextCursor;
  drawVisits();
}

function drawVisits() {
  const rows = [...visitRows];
  const key = sorters[sortKey.key];
  if (!(sortKey.key === 'date' && sortKey.dir === -1)) {
    rows.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -1 : ka > kb ? 1 : 0) * sortKey.dir;
    });
  }
  const tbody = select('#visits tbody');
  const tr = tbody.selectAll('tr').data(rows, (v) => v.id).join((enter) => {
    const row = enter.append('tr').attr('tabindex', 0);
    for (const label of ['Date', 'Visitor → host', 'Who', 'Met', 'Status', 'Outlets']) {
      row.append('td').attr('data-label', label);
    }
    return row;
  }).order();
  tr.attr('data-id', (v) => v.id)
    .attr('aria-label', (v) => `${v.visitorCountries.map(countryName).join(', ')} to ${countryName(v.hostCountry)}, `
      + `${period(v.startDate, v.endDate)}, ${v.status}. Open the evidence.`)
    .classed('new', (v) => flash.has(v.id))
    .on('click', (event, v) => openDetail(v.id, event.currentTarget))
    .on('keydown', (event, v) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        openDetail(v.id, event.currentTarget);
      }
    });
  tr.select('td:nth-child(1)').text((v) => period(v.startDate, v.endDate));
  tr.select('td:nth-child(2)').text((v) => `${v.visitorCountries.map(countryName).join(', ')} → ${countryName(v.hostCountry)}`);
  tr.select('td:nth-child(3)').text((v) => names(v.visitors));
  tr.select('td:nth-child(4)').text((v) => names(v.hosts));
  tr.select('td:nth-child(5)').selectAll('span').data((v) => [v.status]).join('span')
    .attr('class', (s) => `status ${s}`).text((s) => s);
  tr.select('td:nth-child(6)').attr('class', 'num').text((v) => count(v.outlets ?? 0));
  $('visits-empty').hidden = rows.length > 0;
  $('more').hidden = !visitCursor;
  for (const th of document.querySelectorAll('#visits th')) {
    th.setAttribute('aria-sort', th.dataset.sort === sortKey.key ? (sortKey.dir > 0 ? 'ascending' : 'descending') : 'none');
  }
}

/** A link to an article, opened in a new tab, and a line of what is known about it. */
function articleLink(url, title, facts) {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  link.textContent = title || url;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = facts.filter(Boolean).join(' · ');
  return [link, meta];
}

function utc(instant) {
  return instant ? `${timeFormat.format(new Date(instant))} UTC` : null;
}

// ---- visit detail ------------------------------------------------------------------------------------------------

const TRAVEL = /\b(visit\w*|trip|tour\w*|travel\w*|arriv\w*|land(?:ed|s)?|met|meet\w*|talks|hosts?|hosted|welcom\w*|receiv\w*|heads?|headed|will go|to go)\b/gi;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The evidence sentence as text nodes and <mark>s: the officials, the countries, the words of travel. */
function highlighted(text, visit) {
  const words = new Set();
  for (const o of [...(visit.visitors ?? []), ...(visit.hosts ?? [])]) {
    if (o.name) {
      words.add(o.name);
      for (const part of o.name.split(/\s+/)) if (part.length > 3) words.add(part);
    }
  }
  for (const c of [...visit.visitorCountries, visit.hostCountry]) {
    const name = countryName(c);
    if (name && name !== c) words.add(name);
  }
  // a country's name also marks its adjective: Indonesia, Indonesian
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => `${escapeRegExp(w)}\\w*`);
  const pattern = new RegExp(`${alternatives.length ? `(?:${alternatives.join('|')})|` : ''}${TRAVEL.source}`, 'giu');
  const out = document.createDocumentFragment();
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (!m[0]) continue;
    out.append(text.slice(at, m.index));
    const mark = document.createElement('mark');
    mark.textContent = m[0];
    out.append(mark);
    at = m.index + m[0].length;
  }
  out.append(text.slice(at));
  return out;
}

async function openDetail(id, returnTo) {
  const dialog = $('detail');
  let d;
  try {
    d = await api(`api/visits/${encodeURIComponent(id)}`);
  } catch (e) {
    showError(e);
    return;
  }
  const v = d.visit;
  dialog.dataset.id = v.id;
  $('detail-h').textContent = `${v.visitorCountries.map(countryName).join(', ')} → ${countryName(v.hostCountry)}`;
  const facts = select('#detail-facts');
  facts.selectAll('*').remove();
  for (const [term, value] of [
    ['When', period(v.startDate, v.endDate)],
    ['Status', v.status],
    ['Visitors', names(v.visitors) || '—'],
    ['Met', names(v.hosts) || '—'],
    ['CAMEO', v.cameoCode ?? '—'],
    ['Outlets', count(v.outlets ?? 0)],
  ]) {
    facts.append('dt').text(term);
    facts.append('dd').text(value);
  }
  const evidence = $('evidence');
  evidence.replaceChildren(...(d.evidence ?? []).map((e) => {
    const li = document.createElement('li');
    li.append(highlighted(e.text, v));
    return li;
  }));
  if (!evidence.children.length) evidence.append(Object.assign(document.createElement('li'), { textContent: 'none recorded' }));
  $('sources').replaceChildren(...d.sources.map((s) => {
    const li = document.createElement('li');
    li.className = 'source';
    if (!s.stored) {
      li.textContent = `article ${s.id} (not stored yet)`;
      return li;
    }
    li.append(...articleLink(s.url, s.title, [s.feedTitle, utc(s.publishedAt)]));
    return li;
  }));
  dialog.returnTo = returnTo;
  if (!dialog.open) dialog.showModal();
}

// ---- topics and articles -----------------------------------------------------------------------------------------

function articleParams(extra = {}) {
  const p = new URLSearchParams();
  if (state.country) p.set('country', state.country);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  return p;
}

async function loadTopics(gen) {
  const interval = state.interval || 'week';
  const data = await api('api/stats/topics', articleParams({ interval }));
  if (gen !== generation) return;
  const starts = [...new Set(data.buckets.map((b) => b.start))].sort();
  const topics = rollups(data.buckets, (bs) => new Map(bs.map((b) => [b.start, b.count])), (b) => b.topic)
    .map(([topic, counts]) => ({ topic, counts, total: sum(counts.values()) }))
    .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic));
  const x = scaleBand(starts, [0, 100]).padding(0.15);
  const top = max(topics, (t) => max(t.counts.values())) ?? 1;
  const li = select('#topics').selectAll('li').data(topics, (t) => t.topic).join((enter) => {
    const item = enter.append('li');
    const button = item.append('button').attr('type', 'button');
    button.append('span').attr('class', 'name');
    button.append('span').attr('class', 'count');
    button.append('svg').attr('viewBox', '0 0 100 22').attr('preserveAspectRatio', 'none').attr('aria-hidden', 'true');
    return item;
  }).order();
  li.attr('data-topic', (t) => t.topic);
  const button = li.select('button')
    .attr('aria-pressed', (t) => String(t.topic === state.topic))
    .attr('aria-label', (t) => `${t.topic.replaceAll('_', ' ')}: ${plural(t.total, 'article')}. List them.`)
    .on('click', (event, t) => {
      state.topic = state.topic === t.topic ? '' : t.topic;
      writeHash();
      select('#topics').selectAll('button').attr('aria-pressed', (d) => String(d.topic === state.topic));
      loadArticles(generation).catch(showError);
    });
  button.select('.name').text((t) => t.topic.replaceAll('_', ' '));
  button.select('.count').text((t) => count(t.total));
  button.select('svg').selectAll('rect').data((t) => starts.map((s) => [s, t.counts.get(s) ?? 0])).join('rect')
    .attr('x', ([s]) => x(s)).attr('width', x.bandwidth())
    .attr('y', ([, n]) => 22 - (n / top) * 22).attr('height', ([, n]) => (n / top) * 22);
  if (!topics.length) select('#topics').append('li').attr('class', 'empty').text('No tagged articles in this selection.');
  else select('#topics').selectAll('li.empty').remove();
}

async function loadArticles(gen, { append = false } = {}) {
  const page = await api('api/articles', articleParams({ topic: state.topic, limit: 20, cursor: append ? articleCursor : null }));
  if (gen !== generation) return;
  $('articles-h').textContent = state.topic
    ? `Articles on ${state.topic.replaceAll('_', ' ')}` : 'Latest articles';
  const items = page.items.map((a) => {
    const li = document.createElement('li');
    li.dataset.id = a.id;
    li.append(...articleLink(a.url, a.title, [a.feedTitle, utc(a.listedAt),
      (a.topics ?? []).map((t) => t.replaceAll('_', ' ')).join(', ')]));
    return li;
  });
  if (append) $('articles').append(...items);
  else $('articles').replaceChildren(...items);
  if (!$('articles').children.length) {
    $('articles').append(Object.assign(document.createElement('li'), { className: 'empty', textContent: 'No articles.' }));
  }
  articleCursor = page.nextCursor;
  $('more-articles').hidden = !articleCursor;
}

// ---- orchestration -----------------------------------------------------------------------------------------------

async function refresh({ keepTimeline = false, parts = null } = {}) {
  const gen = ++generation;
  document.body.dataset.loading = 'true';
  const want = (p) => !parts || parts.includes(p);
  const jobs = [];
  if (want('summary')) jobs.push(loadSummary(gen));
  if (want('map')) jobs.push(loadMap(gen));
  if (want('timeline') && !keepTimeline) jobs.push(loadTimeline(gen));
  if (want('visits')) jobs.push(loadVisits(gen, { atLeast: parts ? visitRows.length : PAGE }));
  if (want('topics')) jobs.push(loadTopics(gen));
  if (want('articles')) jobs.push(loadArticles(gen));
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === 'rejected');
  if (gen !== generation) return;
  showError(failed ? failed.reason : null);
  document.body.dataset.loading = 'false'; // what is shown now answers the current selection
}

function changed(options = {}) {
  writeHash();
  syncForm();
  return refresh(options);
}

function bindControls() {
  const form = $('filters');
  form.addEventListener('submit', (e) => e.preventDefault());
  let typing;
  const onInput = (e) => {
    const name = e.target.name;
    if (!FILTERS.includes(name)) return;
    clearTimeout(typing);
    const apply = () => {
      if (state[name] === e.target.value.trim()) return;
      state[name] = e.target.value.trim();
      changed();
    };
    // typing waits for a pause; the other controls apply at once
    if (name === 'q') typing = setTimeout(apply, 300);
    else if (e.target.type !== 'date' || e.target.value === '' || e.target.validity.valid) apply();
  };
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput); // a select changed by script or assistive technology may send only this
  $('clear').addEventListener('click', () => {
    for (const k of FILTERS) state[k] = '';
    state.topic = '';
    changed();
  });
  $('interval').addEventListener('change', (e) => {
    state.interval = e.target.value;
    changed({ parts: ['timeline', 'topics'] });
  });
  $('more').addEventListener('click', () => loadVisits(generation, { append: true }).catch(showError));
  $('more-articles').addEventListener('click', () => loadArticles(generation, { append: true }).catch(showError));
  for (const th of document.querySelectorAll('#visits th')) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.sort;
      sortKey = { key, dir: sortKey.key === key ? -sortKey.dir : key === 'date' || key === 'outlets' ? -1 : 1 };
      drawVisits();
    });
  }
  $('detail').addEventListener('close', () => $('detail').returnTo?.focus());
  window.addEventListener('hashchange', () => {
    readHash();
    syncForm();
    refresh();
  });
}

// ---- live --------------------------------------------------------------------------------------------------------

function setLive(kind, label) {
  const el = $('live');
  el.dataset.state = kind;
  el.querySelector('.label').textContent = label;
}

function connectLive() {
  let retry = 1000;
  let pending = new Set();
  let timer = null;
  let stream = null;
  let wasLive = false;
  const schedule = (parts) => {
    parts.forEach((p) => pending.add(p));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const run = [...pending];
      pending = new Set();
      refresh({ parts: run });
    }, 400);
  };
  const open = () => {
    stream = new EventSource('api/stream');
    stream.onopen = () => {
      retry = 1000;
      setLive('live', 'Live: new visits appear here');
      if (wasLive) schedule(['summary', 'map', 'timeline', 'visits', 'topics', 'articles']); // what we missed
      wasLive = true;
    };
    stream.onerror = () => {
      if (stream.readyState === EventSource.CONNECTING) {
        setLive('reconnecting', 'Reconnecting…');
        return;
      }
      // the browser gave up (the server answered with an error): try again ourselves, slower each time
      stream.close();
      setLive('offline', `Offline, retrying in ${Math.round(retry / 1000)} s`);
      setTimeout(open, retry);
      retry = Math.min(retry * 2, 30000);
    };
    const onVisit = (e) => {
      flash.add(e.lastEventId);
      setTimeout(() => flash.delete(e.lastEventId), 5000);
      schedule(['summary', 'map', 'timeline', 'visits']);
    };
    stream.addEventListener('visit', onVisit);
    stream.addEventListener('visit-deleted', onVisit);
    stream.addEventListener('article', () => schedule(['summary', 'topics', 'articles']));
  };
  open();
  window.addEventListener('pagehide', () => stream?.close());
}

async function start() {
  readHash();
  syncForm();
  bindControls();
  // the shapes and the data load together; the map is drawn when both are in
  worldReady = loadWorld().catch(showError);
  await refresh();
  connectLive();
  document.body.dataset.state = 'ready';
  window.newswireReadyAt = performance.now();
}

start();
