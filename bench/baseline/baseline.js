// The benchmark's vanilla baseline: what the app's first view and playback cost with no framework,
// no validation and no build step. It loads the same two files, draws the same projected
// geometry as SVG paths, steps with the same keys on a role="slider" named "Date" and plays with
// a button named "Play" (or ?autoplay=1), so bench/run.ts drives it exactly like the app. Each coloured shape carries its status in
// data-status, as the app's do: the benchmark times the first frame showing one. Not shipped.
'use strict';

const FILLS = {
  banned: '#8e0c25',
  restricted: '#e66100',
  debating: '#f5c542',
  permitted: '#2c7bb6',
  none: '#dedede',
};
const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86400000;

/** YYYY, YYYY-MM or YYYY-MM-DD → whole days since 1970-01-01 (UTC); NaN otherwise. */
function dayOf(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return NaN;
  return Date.UTC(+m[1], m[2] ? m[2] - 1 : 0, m[3] ? +m[3] : 1) / DAY_MS;
}

/** The projected topology's arcs as SVG path text, one "x,y x,y …" token list per arc. */
function arcTokens(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return `${Math.round((x * sx + tx) * 10) / 10},${Math.round((y * sy + ty) * 10) / 10}`;
    });
  });
}

function pathOf(geometry, tokens) {
  const polygons =
    geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  let d = '';
  for (const polygon of polygons)
    for (const ring of polygon) {
      const parts = [];
      ring.forEach((i, n) => {
        const t = i < 0 ? tokens[~i].slice().reverse() : tokens[i];
        parts.push((n === 0 ? t : t.slice(1)).join(' '));
      });
      d += `M${parts.join(' ')}Z`;
    }
  return d;
}

/** Per entity, its status changes in date order (file order breaks ties); and the event days. */
function indexDataset(dataset) {
  const updates = dataset.updates
    .map((u, order) => ({ u, order, day: dayOf(u.date) }))
    .filter((t) => !Number.isNaN(t.day))
    .sort((a, b) => a.day - b.day || a.order - b.order);
  const transitions = new Map();
  const days = [];
  for (const { u, day } of updates) {
    if (days[days.length - 1] !== day) days.push(day);
    if (!u.status) continue;
    for (const id of Object.keys(u.status)) {
      let list = transitions.get(id);
      if (!list) transitions.set(id, (list = { days: [], statuses: [] }));
      if (list.days[list.days.length - 1] === day) list.statuses[list.statuses.length - 1] = u.status[id];
      else {
        list.days.push(day);
        list.statuses.push(u.status[id]);
      }
    }
  }
  return { transitions, days };
}

/** Index of the last element ≤ day, or -1. */
function lastAtOrBefore(sorted, day) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

async function main() {
  const [topology, dataset] = await Promise.all(
    ['./data/world.json', './data/huawei-5g.json'].map((url) =>
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      }),
    ),
  );

  const svg = document.getElementById('map');
  const [x0, y0, w, h] = topology.viewBox;
  svg.setAttribute('viewBox', `${x0} ${y0} ${w} ${h}`);
  const tokens = arcTokens(topology);
  // Every drawable element per country id: its shape and, for small states, its marker.
  const shapes = new Map();
  const add = (id, el) => {
    const list = shapes.get(id);
    if (list) list.push(el);
    else shapes.set(id, [el]);
  };
  const fragment = document.createDocumentFragment();
  for (const g of topology.objects.countries.geometries) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', pathOf(g, tokens));
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('fill', FILLS.none);
    path.setAttribute('data-status', 'none');
    if (g.id !== undefined) add(String(g.id), path);
    fragment.append(path);
  }
  for (const g of topology.objects.disputed ? topology.objects.disputed.geometries : []) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', pathOf(g, tokens));
    path.setAttribute('fill', FILLS.none);
    fragment.append(path);
  }
  for (const m of topology.markers) {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', m.x);
    dot.setAttribute('cy', m.y);
    dot.setAttribute('r', '2');
    dot.setAttribute('fill', FILLS.none);
    dot.setAttribute('data-status', 'none');
    add(m.id, dot);
    fragment.append(dot);
  }
  svg.append(fragment);

  const { transitions, days } = indexDataset(dataset);
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  const shown = new Map();
  const slider = document.getElementById('slider');
  const label = document.getElementById('date-label');
  slider.setAttribute('aria-valuemin', String(firstDay));
  slider.setAttribute('aria-valuemax', String(lastDay));
  let current = lastDay;

  const show = (day) => {
    current = day;
    for (const [id, list] of transitions) {
      const i = lastAtOrBefore(list.days, day);
      const status = i >= 0 ? list.statuses[i] : 'none';
      if (shown.get(id) === status) continue;
      shown.set(id, status);
      for (const el of shapes.get(id) || []) {
        el.setAttribute('fill', FILLS[status]);
        el.setAttribute('data-status', status);
      }
    }
    const text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    label.textContent = text;
    slider.setAttribute('aria-valuenow', String(day));
    slider.setAttribute('aria-valuetext', text);
  };

  slider.addEventListener('keydown', (event) => {
    let next = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') {
      const i = lastAtOrBefore(days, current) + 1;
      next = i < days.length ? days[i] : lastDay;
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') {
      const i = lastAtOrBefore(days, current - 1);
      next = i >= 0 ? days[i] : firstDay;
    } else if (event.key === 'Home') next = firstDay;
    else if (event.key === 'End') next = lastDay;
    if (next === null) return;
    event.preventDefault();
    if (next !== current) show(next);
  });

  // Playback: one event day every `every` animation frames (default 8, ≈ 133 ms at 60 Hz, about
  // the app's hold on an event at 1×), looping from the last day back to the first for ever.
  const params = new URLSearchParams(location.search);
  const every = Math.max(1, Number(params.get('every')) || 8);
  const play = document.getElementById('play');
  let frame = 0;
  let frames = 0;
  const tick = () => {
    if (++frames >= every) {
      frames = 0;
      const i = lastAtOrBefore(days, current) + 1;
      show(i < days.length ? days[i] : firstDay);
    }
    frame = requestAnimationFrame(tick);
  };
  const setPlaying = (on) => {
    cancelAnimationFrame(frame);
    frames = 0;
    if (on) frame = requestAnimationFrame(tick);
    play.textContent = on ? 'Pause' : 'Play';
  };
  play.addEventListener('click', () => setPlaying(play.textContent === 'Play'));
  play.disabled = false;

  show(lastDay);
  if (params.get('autoplay') === '1') setPlaying(true);
}

main().catch((error) => {
  document.getElementById('date-label').textContent = `Failed: ${error.message}`;
});
