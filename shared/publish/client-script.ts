import { CLIENT_BOOTHS } from './client-booths';
import { CLIENT_SEARCH } from './client-search';
import { CLIENT_VIEW } from './client-view';

/**
 * The published map's only script, inlined and allowed by its hash in the page's CSP. Plain
 * ES2017 for old kiosk browsers; it reads the data island (`#pv-data`), never builds HTML from
 * strings (only textContent and attributes), and needs no network. Its parts share one function
 * scope: this file holds the start, hall tabs, legend, language and kiosk mode; the view, the
 * booths and the search are in `client-view.ts`, `client-booths.ts` and `client-search.ts`.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('pv-data').textContent);
  // The island keeps booths and exhibitors as columns and countries and sectors once (see published-map.ts):
  // unpacked into the objects the rest of the script reads.
  var cols = D.booths;
  D.booths = cols.n.map(function (n, i) { return { n: n, h: 0, e: cols.e[i], z: cols.z[i] }; });
  D.halls.forEach(function (h, hi) { for (var i = h.first; i < hallEnd(hi); i++) D.booths[i].h = hi; });
  var ex = D.exhibitors;
  D.exhibitors = ex.nz.map(function (nz, i) {
    var c = ex.c[i];
    return {
      name: { zh: nz, en: ex.ne[i] },
      short: { zh: ex.sz[i], en: ex.se[i] },
      c: c,
      cn: D.countries[c] || { zh: c, en: c },
      sec: ex.sec[i].map(function (k) { return D.sectors[k]; }),
      web: ex.web[i],
      b: ex.b[i],
      py: ex.py[i]
    };
  });
  var lang = D.lang;
  var body = document.body;
  var mapBox = document.getElementById('map');
  var q = document.getElementById('q');
  var tabs = document.getElementById('tabs');
  var results = document.getElementById('results');
  var details = document.getElementById('details');
  var legend = document.getElementById('legend');
  var panel = document.getElementById('panel');
  var narrow = window.matchMedia ? window.matchMedia('(max-width: 720px)') : { matches: false };
  var svgs = [];
  var views = [];
  var homes = [];
  var boothEls = [];
  var tabButtons = [];
  var current = 0;
  var selected = -1;
  var lit = [];

  function t(key) { return D.i18n[lang][key] || key; }
  function pick(b) { return (lang === 'en' ? (b.en || b.zh) : (b.zh || b.en)) || ''; }
  function other(b) { var p = pick(b); var o = lang === 'en' ? b.zh : b.en; return o && o !== p ? o : ''; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function norm(s) {
    return String(s).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u0111/g, 'd').replace(/\s+/g, ' ').trim();
  }

  D.halls.forEach(function (h, i) {
    var s = document.getElementById('hall-' + i);
    var vb = s.viewBox.baseVal;
    svgs.push(s);
    homes.push({ x: vb.x, y: vb.y, w: vb.width, h: vb.height });
    views.push({ x: vb.x, y: vb.y, w: vb.width, h: vb.height });
  });
  // Site overviews come after the halls: view N + k is level k's site; the map opens on the first.
  var siteButtons = [];
  (D.sites || []).forEach(function (st, k) {
    var s = document.getElementById('site-' + k);
    var vb = s.viewBox.baseVal;
    svgs.push(s);
    homes.push({ x: vb.x, y: vb.y, w: vb.width, h: vb.height });
    views.push({ x: vb.x, y: vb.y, w: vb.width, h: vb.height });
  });
  // Where the map starts (and a kiosk returns to): the first level's site overview, else the first hall.
  var start = D.sites && D.sites.length ? D.halls.length : 0;
  current = start;

`+CLIENT_VIEW+String.raw`
  // ---- halls ----
  function showHall(i) {
    current = i;
    // A hall's booths are drawn the first time it is shown, not when the page opens.
    if (i < D.halls.length) buildHall(i);
    svgs.forEach(function (s, k) { s.classList.toggle('on', k === i); });
    tabButtons.forEach(function (b, k) { b.setAttribute('aria-selected', k === i ? 'true' : 'false'); });
    siteButtons.forEach(function (b, k) { b.setAttribute('aria-selected', D.halls.length + k === i ? 'true' : 'false'); });
    apply();
    renderLegend();
  }
  function renderTabs() {
    clear(tabs);
    siteButtons = (D.sites || []).map(function (st, k) {
      var b = el('button', 'tab site-tab');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', D.halls.length + k === current ? 'true' : 'false');
      b.appendChild(el('span', null, pick(st.name)));
      b.addEventListener('click', function () { showHall(D.halls.length + k); });
      tabs.appendChild(b);
      return b;
    });
    tabButtons = D.halls.map(function (h, i) {
      var b = el('button', 'tab');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.appendChild(el('span', null, pick(h.name) || h.code));
      var n = el('span', 'count');
      n.hidden = true;
      b.appendChild(n);
      b.addEventListener('click', function () { showHall(i); });
      tabs.appendChild(b);
      return b;
    });
    tabButtons.forEach(function (b, k) { b.setAttribute('aria-selected', k === current ? 'true' : 'false'); });
  }
  function renderLegend() {
    clear(legend);
    // A site overview shows halls, not booths: nothing to explain.
    legend.hidden = current >= D.halls.length;
    var seen = {};
    var h = D.halls[current];
    var end = h ? hallEnd(current) : 0;
    for (var bi = h ? h.first : 0; bi < end; bi++) if (D.booths[bi].z >= 0) seen[D.booths[bi].z] = true;
    Object.keys(seen).forEach(function (z) {
      var zone = D.zones[+z];
      var item = el('span', 'key');
      var sw = el('i', 'sw');
      sw.style.background = zone.fill;
      sw.style.borderColor = zone.color;
      item.appendChild(sw);
      item.appendChild(document.createTextNode(pick(zone.name)));
      legend.appendChild(item);
    });
    var free = el('span', 'key');
    free.appendChild(el('i', 'sw free'));
    free.appendChild(document.createTextNode(t('free')));
    legend.appendChild(free);
  }

`+CLIENT_BOOTHS+CLIENT_SEARCH+String.raw`
  // ---- language ----
  function setLang(l) {
    lang = l;
    document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
    body.classList.toggle('lang-en', l === 'en');
    body.classList.toggle('lang-zh', l !== 'en');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (n) { n.textContent = t(n.getAttribute('data-t')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-ta]'), function (n) { n.setAttribute('aria-label', t(n.getAttribute('data-ta'))); });
    q.placeholder = t('search');
    q.setAttribute('aria-label', t('search'));
    document.getElementById('title').textContent = pick(D.show.name);
    document.getElementById('sub').textContent = [pick(D.show.venue), D.show.dates[lang]].filter(Boolean).join(' · ');
    document.title = pick(D.show.name);
    renderTabs();
    renderLegend();
    resetLabels();
    runSearch();
    renderDetails();
  }
  document.getElementById('lang').addEventListener('click', function () { setLang(lang === 'en' ? 'zh' : 'en'); });
  document.addEventListener('keydown', function (e) {
    if (e.target === q) return;
    if (e.key === 'Escape') closeDetails();
    else if (e.key === '+' || e.key === '=') { var c = mapCentre(); zoomAt(c.x, c.y, 1.4); }
    else if (e.key === '-') { var d = mapCentre(); zoomAt(d.x, d.y, 1 / 1.4); }
  });

  // ---- kiosk: back to the start after two idle minutes ----
  if (D.kiosk || /kiosk/.test(location.hash)) {
    var idle = 0;
    var reset = function () {
      q.value = '';
      closeDetails();
      setLang(D.lang);
      views = homes.map(function (h) { return { x: h.x, y: h.y, w: h.w, h: h.h }; });
      showHall(start);
    };
    var arm = function () { clearTimeout(idle); idle = setTimeout(reset, 120000); };
    ['pointerdown', 'keydown', 'wheel', 'input'].forEach(function (ev) { document.addEventListener(ev, arm, true); });
    arm();
  }

  setLang(lang);
  showHall(start);
  body.setAttribute('data-ready', '1');
})();
`;
