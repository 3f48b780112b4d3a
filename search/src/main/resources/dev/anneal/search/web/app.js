// Anneal search page. Every piece of indexed text reaches the page through textContent or
// createTextNode, never innerHTML, so markup inside a paper is shown, not run.
'use strict';

const FACETS = 'kind,elements,sg';
const MARK_START = '\u00ab';
const MARK_END = '\u00bb';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function showError(message) {
  const e = document.getElementById('error');
  e.textContent = message;
  e.hidden = !message;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: 'unreadable answer (' + r.status + ')' }));
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

// A snippet with «marks» as <mark> elements, built from text nodes only.
function snippet(text) {
  const p = el('p', { class: 'snippet' });
  let rest = text || '';
  while (rest.length) {
    const s = rest.indexOf(MARK_START);
    if (s < 0) { p.appendChild(document.createTextNode(rest)); break; }
    const e = rest.indexOf(MARK_END, s + 1);
    if (e < 0) { p.appendChild(document.createTextNode(rest)); break; }
    p.appendChild(document.createTextNode(rest.slice(0, s)));
    p.appendChild(el('mark', {}, rest.slice(s + 1, e)));
    rest = rest.slice(e + 1);
  }
  return p;
}

function recordHref(kind, id) {
  return kind === 'material' ? '#material=' + encodeURIComponent(id)
    : '#record=' + encodeURIComponent(kind) + '/' + encodeURIComponent(id);
}

function fieldsLine(fields) {
  const parts = [];
  for (const [k, v] of Object.entries(fields || {})) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (['structureIds', 'synthIds', 'docIds', 'sourceUri'].includes(k)) continue;
    parts.push(k + ': ' + (Array.isArray(v) ? v.join(', ') : v));
  }
  return el('p', { class: 'fields' }, parts.join(' · '));
}

function card(hit) {
  const title = el('a', { href: recordHref(hit.kind, hit.id), class: 'open' }, hit.title || hit.id);
  const li = el('li', { class: 'card ' + hit.kind, 'data-kind': hit.kind, 'data-id': hit.id },
    el('h2', {}, el('span', { class: 'kind ' + hit.kind }, hit.kind), title),
    fieldsLine(hit.fields),
    snippet(hit.snippet));
  if (hit.linked && hit.linked.length) {
    const links = el('p', { class: 'linked' }, 'Linked: ');
    for (const l of hit.linked) {
      const href = l.kind === 'document' ? '#q=' + encodeURIComponent('doc:' + l.id) : recordHref(l.kind, l.id);
      links.appendChild(el('a', { href: href, class: 'link-' + l.kind }, l.kind + ' · ' + (l.title || l.id)));
    }
    li.appendChild(links);
  }
  return li;
}

function addClause(clause) {
  const q = document.getElementById('q');
  q.value = (q.value.trim() + ' ' + clause).trim();
  location.hash = '#q=' + encodeURIComponent(q.value);
}

function facets(data) {
  const box = document.getElementById('facets');
  clear(box);
  for (const [dim, values] of Object.entries(data.facets || {})) {
    if (!values.length) continue;
    box.appendChild(el('h3', {}, dim === 'sg' ? 'space group' : dim));
    for (const v of values) {
      const b = el('button', { type: 'button', class: 'facet-value', 'data-dim': dim, 'data-value': v.value },
        el('span', {}, v.value), el('span', { class: 'facet-count' }, String(v.count)));
      b.addEventListener('click', () => addClause(dim + ':' + v.value));
      box.appendChild(b);
    }
  }
}

async function runSearch(q) {
  document.getElementById('search-view').hidden = false;
  document.getElementById('record-view').hidden = true;
  document.getElementById('q').value = q;
  const results = document.getElementById('results');
  try {
    const data = await getJson('/api/search?limit=20&facets=' + FACETS + '&q=' + encodeURIComponent(q));
    showError('');
    clear(results);
    document.getElementById('count').textContent = data.totalHits + (data.totalHits === 1 ? ' hit' : ' hits');
    facets(data);
    for (const hit of data.hits) results.appendChild(card(hit));
  } catch (e) {
    clear(results);
    clear(document.getElementById('facets'));
    document.getElementById('count').textContent = '';
    showError(e.message);
  }
}

function table(headers, rows) {
  const t = el('table', {}, el('tr', {}, ...headers.map(h => el('th', {}, h))));
  for (const r of rows) t.appendChild(el('tr', {}, ...r.map(c => el('td', {}, c === null || c === undefined ? '' : String(c)))));
  return t;
}

function num(x, digits) { return typeof x === 'number' ? x.toFixed(digits) : ''; }

function structureSection(s) {
  const d = s.detail || {};
  const box = el('div', { class: 'structure', 'data-id': s.id }, el('h3', {}, s.title || s.id));
  const l = d.lattice;
  if (l) {
    box.appendChild(table(['a (Å)', 'b (Å)', 'c (Å)', 'α (°)', 'β (°)', 'γ (°)', 'volume (Å³)', 'density (g/cm³)'],
      [[num(l.a, 4), num(l.b, 4), num(l.c, 4), num(l.alpha, 2), num(l.beta, 2), num(l.gamma, 2), num(d.volume, 2), num(d.density, 3)]]));
  }
  if (d.sites && d.sites.length) {
    box.appendChild(table(['label', 'species', 'occupancy', 'x', 'y', 'z'],
      d.sites.map(x => [x.label, x.species, num(x.occupancy, 3), num(x.x, 4), num(x.y, 4), num(x.z, 4)])));
    if (d.nsites > d.sites.length) box.appendChild(el('p', {}, 'First ' + d.sites.length + ' of ' + d.nsites + ' sites.'));
  }
  if (d.source_uri) box.appendChild(el('p', { class: 'fields' }, 'Source: ' + d.source_uri));
  return box;
}

function labelsSection(detail) {
  const box = el('div', { class: 'labels' });
  if (detail.labels && detail.labels.length) {
    // value_text is the value rounded to its uncertainty, with its unit (85.3 ± 0.3 K).
    box.appendChild(table(['property', 'condition', 'value', 'observations', 'method'],
      detail.labels.map(x => [x.property, x.condition, x.value_text !== undefined && x.value_text !== null
        ? x.value_text : (x.value !== null && x.value !== undefined ? x.value : '') +
          (x.uncertainty !== null && x.uncertainty !== undefined ? ' ± ' + x.uncertainty : '') + ' ' + (x.unit || ''),
        (x.n_used !== undefined ? x.n_used + ' of ' : '') + (x.n_obs !== undefined ? x.n_obs : ''), x.method])));
  } else if (detail.measurements && detail.measurements.length) {
    box.appendChild(el('p', {}, 'Measured values (no curated labels yet):'));
    box.appendChild(table(['property', 'value', 'source', 'location'],
      detail.measurements.map(x => [x.property, x.value_text !== undefined && x.value_text !== null ? x.value_text
        : (x.value !== null && x.value !== undefined ? x.value : x.value_low + '–' + x.value_high) + ' ' + (x.unit || ''),
        x.source_uri, x.location])));
  } else {
    box.appendChild(el('p', {}, 'No measured labels.'));
  }
  return box;
}

function synthesisSection(s) {
  const d = s.detail || {};
  const box = el('div', { class: 'synthesis', 'data-id': s.id }, el('h3', {}, s.title || s.id), el('p', { class: 'text' }, s.text));
  if (d.operations && d.operations.length) {
    box.appendChild(table(['step', 'temperatures (K)', 'durations (s)', 'atmosphere'],
      d.operations.map(o => [o.type, (o.temperatures_k || []).join(', '), (o.durations_s || []).join(', '), o.atmosphere])));
  }
  if (d.precursors && d.precursors.length) {
    box.appendChild(el('p', { class: 'fields' }, 'Precursors: ' + d.precursors.map(p => p.name).join(', ')));
  }
  return box;
}

async function showRecord(kind, id) {
  document.getElementById('search-view').hidden = true;
  const view = document.getElementById('record-view');
  view.hidden = false;
  clear(view);
  try {
    const page = await getJson(kind === 'material' ? '/api/material/' + encodeURIComponent(id)
      : '/api/record/' + encodeURIComponent(kind) + '/' + encodeURIComponent(id));
    showError('');
    const r = page.record;
    view.appendChild(el('p', {}, el('span', { class: 'kind ' + r.kind }, r.kind), r.id));
    view.appendChild(el('h1', { id: 'record-title' }, r.title || r.id));
    view.appendChild(fieldsLine(r.fields));
    if (r.text) view.appendChild(el('p', { class: 'text' }, r.text));
    const by = k => page.linked.filter(x => x.kind === k);
    if (r.kind === 'material') {
      view.appendChild(el('h2', {}, 'Labels'));
      view.appendChild(labelsSection(r.detail || {}));
    }
    if (r.kind === 'structure') view.appendChild(structureSection(r));
    if (r.kind === 'synthesis') view.appendChild(synthesisSection(r));
    const sections = [['material', 'Materials'], ['structure', 'Structures'], ['synthesis', 'Synthesis descriptions'],
      ['calculation', 'Calculations'], ['document', 'Papers'], ['paragraph', 'Paragraphs']];
    for (const [k, heading] of sections) {
      const items = by(k);
      if (!items.length) continue;
      const sec = el('section', { id: 'linked-' + k }, el('h2', {}, heading));
      for (const x of items) {
        if (k === 'structure') sec.appendChild(structureSection(x));
        else if (k === 'synthesis') sec.appendChild(synthesisSection(x));
        else sec.appendChild(el('div', { class: 'paper' },
          el('h3', {}, el('a', { href: k === 'document' ? '#q=' + encodeURIComponent('doc:' + x.id) : recordHref(k, x.id) }, x.title || x.id)),
          el('p', { class: 'text' }, x.text)));
      }
      view.appendChild(sec);
    }
  } catch (e) {
    showError(e.message);
  }
}

function route() {
  const h = location.hash.slice(1);
  const eq = h.indexOf('=');
  const key = eq < 0 ? h : h.slice(0, eq);
  const value = eq < 0 ? '' : decodeURIComponent(h.slice(eq + 1));
  if (key === 'q' && value) runSearch(value);
  else if (key === 'material' && value) showRecord('material', value);
  else if (key === 'record' && value.includes('/')) {
    const s = value.indexOf('/');
    showRecord(value.slice(0, s), value.slice(s + 1));
  } else {
    document.getElementById('search-view').hidden = false;
    document.getElementById('record-view').hidden = true;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (!q) return;
    const target = '#q=' + encodeURIComponent(q);
    if (location.hash === target) route(); else location.hash = target;
  });
  window.addEventListener('hashchange', route);
  route();
});
