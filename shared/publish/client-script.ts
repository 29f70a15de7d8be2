/**
 * The published map's only script, inlined and allowed by its hash in the page's CSP. Plain
 * ES2017 for old kiosk browsers; it reads the data island (`#pv-data`), never builds HTML from
 * strings (only textContent), and needs no network.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('pv-data').textContent);
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
  Array.prototype.forEach.call(document.querySelectorAll('[data-booth]'), function (g) { boothEls[+g.getAttribute('data-booth')] = g; });

  // ---- view: pan and zoom by rewriting the viewBox, so the map stays sharp at any zoom ----
  function apply() {
    var v = views[current];
    if (!v) return;
    svgs[current].setAttribute('viewBox', v.x + ' ' + v.y + ' ' + v.w + ' ' + v.h);
  }
  function toSvg(cx, cy) {
    var s = svgs[current];
    var m = s && s.getScreenCTM();
    if (!m) return { x: 0, y: 0 };
    var p = s.createSVGPoint();
    p.x = cx;
    p.y = cy;
    return p.matrixTransform(m.inverse());
  }
  function zoomAt(cx, cy, f) {
    var v = views[current];
    var home = homes[current];
    if (!v) return;
    var w = Math.min(Math.max(v.w / f, home.w * 0.01), home.w * 3);
    f = v.w / w;
    var p = toSvg(cx, cy);
    v.x = p.x - (p.x - v.x) / f;
    v.y = p.y - (p.y - v.y) / f;
    v.w = w;
    v.h = v.h / f;
    apply();
  }
  function panBy(x0, y0, x1, y1) {
    var a = toSvg(x0, y0);
    var b = toSvg(x1, y1);
    var v = views[current];
    if (!v) return;
    v.x += a.x - b.x;
    v.y += a.y - b.y;
    apply();
  }
  function fit() {
    var h = homes[current];
    if (!h) return;
    views[current] = { x: h.x, y: h.y, w: h.w, h: h.h };
    apply();
  }
  function mapCentre() {
    var r = mapBox.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  function zoomToBooth(i) {
    var g = boothEls[i];
    if (!g || !homes[current]) return;
    var bb = g.getBBox();
    var r = mapBox.getBoundingClientRect();
    var home = homes[current];
    var w = Math.min(Math.max(Math.max(bb.width, bb.height) * 10, home.w * 0.15), home.w);
    var h = w * (r.height > 0 && r.width > 0 ? r.height / r.width : home.h / home.w);
    // On a phone the bottom sheet covers the lower map: centre the booth in what stays visible.
    var p = panel.getBoundingClientRect();
    var covered = p.height > 0 && p.top < r.bottom && p.top > r.top && p.left <= r.left + 1 ? r.bottom - p.top : 0;
    var shift = r.height > 0 ? (covered / 2) * (h / r.height) : 0;
    views[current] = { x: bb.x + bb.width / 2 - w / 2, y: bb.y + bb.height / 2 - h / 2 + shift, w: w, h: h };
    apply();
  }

  var pointers = {};
  var downAt = null;
  var moved = false;
  mapBox.addEventListener('pointerdown', function (e) {
    if (e.button !== undefined && e.button > 0) return;
    // The zoom buttons sit over the map: capturing their pointer would swallow their clicks.
    if (e.target && e.target.closest && e.target.closest('button')) return;
    try { mapBox.setPointerCapture(e.pointerId); } catch (err) { /* pointer already gone */ }
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    if (Object.keys(pointers).length === 1) {
      downAt = { x: e.clientX, y: e.clientY };
      moved = false;
    } else moved = true;
  });
  mapBox.addEventListener('pointermove', function (e) {
    var p = pointers[e.pointerId];
    if (!p) return;
    var ids = Object.keys(pointers);
    if (ids.length === 1) {
      if (downAt && Math.abs(e.clientX - downAt.x) + Math.abs(e.clientY - downAt.y) > 8) moved = true;
      if (moved) panBy(p.x, p.y, e.clientX, e.clientY);
    } else if (ids.length === 2) {
      var a = pointers[ids[0]];
      var b = pointers[ids[1]];
      var m0x = (a.x + b.x) / 2, m0y = (a.y + b.y) / 2, d0 = Math.hypot(a.x - b.x, a.y - b.y);
      p.x = e.clientX;
      p.y = e.clientY;
      var m1x = (a.x + b.x) / 2, m1y = (a.y + b.y) / 2, d1 = Math.hypot(a.x - b.x, a.y - b.y);
      panBy(m0x, m0y, m1x, m1y);
      if (d0 > 0 && d1 > 0) zoomAt(m1x, m1y, d1 / d0);
      return;
    }
    p.x = e.clientX;
    p.y = e.clientY;
  });
  function pointerEnd(e) {
    if (!pointers[e.pointerId]) return;
    delete pointers[e.pointerId];
    if (Object.keys(pointers).length === 0) {
      if (e.type === 'pointerup' && !moved && downAt) tap(e.clientX, e.clientY);
      downAt = null;
    }
  }
  mapBox.addEventListener('pointerup', pointerEnd);
  mapBox.addEventListener('pointercancel', pointerEnd);
  mapBox.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoomAt(e.clientX, e.clientY, Math.pow(1.0018, -e.deltaY * (e.deltaMode === 1 ? 16 : 1)));
  }, { passive: false });
  document.getElementById('zin').addEventListener('click', function () { var c = mapCentre(); zoomAt(c.x, c.y, 1.6); });
  document.getElementById('zout').addEventListener('click', function () { var c = mapCentre(); zoomAt(c.x, c.y, 1 / 1.6); });
  document.getElementById('zfit').addEventListener('click', fit);

  function tap(x, y) {
    var hit = document.elementFromPoint(x, y);
    var site = hit && hit.closest ? hit.closest('[data-open-hall]') : null;
    if (site) { showHall(+site.getAttribute('data-open-hall')); return; }
    var g = hit && hit.closest ? hit.closest('[data-booth]') : null;
    if (g) select(+g.getAttribute('data-booth'), false);
    else closeDetails();
  }

  // ---- halls ----
  function showHall(i) {
    current = i;
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
    var seen = {};
    D.booths.forEach(function (b) { if (b.h === current && b.z >= 0) seen[b.z] = true; });
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

  // ---- search ----
  var exIndex = D.exhibitors.map(function (x) {
    return norm([x.name.zh, x.name.en, x.short.zh, x.short.en, x.py, x.c, x.cn.zh, x.cn.en, x.sec.map(function (s) { return s.zh + ' ' + s.en; }).join(' '),
      x.b.map(function (bi) { return D.booths[bi].n; }).join(' ')].join(' | '));
  });
  var boothIndex = D.booths.map(function (b) { return norm(b.n); });
  function light(list) {
    lit.forEach(function (i) { if (boothEls[i]) boothEls[i].classList.remove('hl'); });
    lit = list;
    lit.forEach(function (i) { if (boothEls[i]) { boothEls[i].classList.add('hl'); raise(i); } });
    var counts = D.halls.map(function () { return 0; });
    lit.forEach(function (i) { counts[D.booths[i].h]++; });
    tabButtons.forEach(function (b, k) {
      var c = b.querySelector('.count');
      c.hidden = !lit.length || !counts[k];
      c.textContent = String(counts[k]);
    });
    body.classList.toggle('searching', lit.length > 0);
    // On a site overview: mark the halls with hits, and open the first of them.
    Array.prototype.forEach.call(document.querySelectorAll('[data-open-hall]'), function (g) { g.classList.toggle('hl', !!counts[+g.getAttribute('data-open-hall')]); });
    if (lit.length && current >= D.halls.length) showHall(D.booths[lit[0]].h);
  }
  function boothLabel(bi) {
    var b = D.booths[bi];
    var code = D.halls[b.h].code;
    return !code || b.n.indexOf(code) === 0 ? b.n : code + ' ' + b.n;
  }
  // Drawn last among the booths, a highlighted booth's thick outline is not covered by its neighbours.
  function raise(i) {
    var g = boothEls[i];
    if (g && g.parentNode) g.parentNode.appendChild(g);
  }
  function runSearch() {
    var terms = norm(q.value).split(' ').filter(Boolean);
    clear(results);
    if (!terms.length) { light([]); results.hidden = true; body.classList.remove('has-results'); return; }
    var exHits = [];
    exIndex.forEach(function (s, i) { if (terms.every(function (w) { return s.indexOf(w) >= 0; })) exHits.push(i); });
    var freeHits = [];
    boothIndex.forEach(function (s, i) { if (D.booths[i].e < 0 && terms.every(function (w) { return s.indexOf(w) >= 0; })) freeHits.push(i); });
    var booths = [];
    exHits.forEach(function (i) { booths = booths.concat(D.exhibitors[i].b); });
    light(booths.concat(freeHits));
    results.hidden = false;
    body.classList.add('has-results');
    var total = exHits.length + freeHits.length;
    results.appendChild(el('p', 'summary', total ? t('found').replace('{n}', String(total)) : t('none')));
    var list = el('ul', 'list');
    var shown = 0;
    exHits.slice(0, 150).forEach(function (i) {
      var x = D.exhibitors[i];
      var li = el('li');
      var b = el('button', 'hit');
      b.type = 'button';
      b.appendChild(el('strong', null, pick(x.name)));
      var o = other(x.name);
      if (o) b.appendChild(el('span', 'alt', o));
      b.appendChild(el('span', 'meta', pick(x.cn) + ' · ' + x.b.map(boothLabel).join(', ')));
      b.addEventListener('click', function () { fromResults(); selectExhibitor(i); });
      li.appendChild(b);
      list.appendChild(li);
      shown++;
    });
    freeHits.slice(0, Math.max(0, 150 - shown)).forEach(function (i) {
      var li = el('li');
      var b = el('button', 'hit');
      b.type = 'button';
      b.appendChild(el('strong', null, t('booth') + ' ' + D.booths[i].n));
      b.appendChild(el('span', 'meta', pick(D.halls[D.booths[i].h].name) + ' · ' + t('free')));
      b.addEventListener('click', function () { fromResults(); select(i, true); });
      li.appendChild(b);
      list.appendChild(li);
      shown++;
    });
    results.appendChild(list);
    if (total > shown) results.appendChild(el('p', 'summary', t('more').replace('{n}', String(total - shown))));
  }
  q.addEventListener('input', runSearch);
  q.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      var first = results.querySelector('button.hit');
      if (first) first.click();
    } else if (e.key === 'Escape') {
      q.value = '';
      runSearch();
    }
  });

  // ---- selection and details ----
  function selectExhibitor(i) {
    var x = D.exhibitors[i];
    var here = x.b.filter(function (bi) { return D.booths[bi].h === current; });
    select(here.length ? here[0] : x.b[0], true);
  }
  function select(bi, zoom) {
    if (selected >= 0 && boothEls[selected]) boothEls[selected].classList.remove('sel');
    Array.prototype.forEach.call(document.querySelectorAll('.mine'), function (g) { g.classList.remove('mine'); });
    selected = bi;
    var b = D.booths[bi];
    if (b.h !== current) showHall(b.h);
    if (b.e >= 0) D.exhibitors[b.e].b.forEach(function (k) { if (k !== bi && boothEls[k]) { boothEls[k].classList.add('mine'); raise(k); } });
    if (boothEls[bi]) { boothEls[bi].classList.add('sel'); raise(bi); }
    renderDetails();
    if (zoom) zoomToBooth(bi);
  }
  // On a phone a chosen result gives the bottom sheet to its details; focusing search brings the list back.
  function fromResults() {
    if (!narrow.matches) return;
    results.hidden = true;
    body.classList.remove('has-results');
  }
  q.addEventListener('focus', function () { if (narrow.matches && q.value) runSearch(); });
  function closeDetails() {
    if (selected >= 0 && boothEls[selected]) boothEls[selected].classList.remove('sel');
    Array.prototype.forEach.call(document.querySelectorAll('.mine'), function (g) { g.classList.remove('mine'); });
    selected = -1;
    renderDetails();
  }
  function row(dl, label, value) {
    if (!value) return;
    dl.appendChild(el('dt', null, label));
    var dd = el('dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.appendChild(value);
    dl.appendChild(dd);
  }
  function renderDetails() {
    clear(details);
    if (selected < 0) { details.hidden = true; body.classList.remove('detail'); return; }
    details.hidden = false;
    body.classList.add('detail');
    var close = el('button', 'close', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', t('close'));
    close.addEventListener('click', closeDetails);
    details.appendChild(close);
    var b = D.booths[selected];
    if (b.e < 0) {
      details.appendChild(el('h2', null, t('booth') + ' ' + b.n));
      details.appendChild(el('p', 'alt', pick(D.halls[b.h].name)));
      details.appendChild(el('p', null, t('free')));
      return;
    }
    var x = D.exhibitors[b.e];
    details.appendChild(el('h2', 'name', pick(x.name)));
    var o = other(x.name);
    if (o) details.appendChild(el('p', 'alt', o));
    var dl = el('dl');
    row(dl, t('country'), pick(x.cn));
    row(dl, t('sectors'), x.sec.map(pick).join(' · '));
    if (x.web) {
      var a = el('a', null, x.web.replace(/^https?:\/\//, '').replace(/\/$/, ''));
      a.href = x.web;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      row(dl, t('website'), a);
    }
    var chips = el('div', 'chips');
    x.b.forEach(function (k) {
      var c = el('button', k === selected ? 'chip on' : 'chip', boothLabel(k));
      c.type = 'button';
      c.title = pick(D.halls[D.booths[k].h].name);
      c.addEventListener('click', function () { select(k, true); });
      chips.appendChild(c);
    });
    row(dl, x.b.length > 1 ? t('booths') : t('booth'), chips);
    details.appendChild(dl);
  }

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
