/** Part of the published map's script (see `client-script.ts`): search by name, pinyin, booth number, country or sector; selection and the details panel. */
export const CLIENT_SEARCH = String.raw`
  // ---- search ----
  // Built at the first search, not while the page opens: tens of thousands of normalisations.
  var exIndex = null;
  var boothIndex = null;
  function buildIndex() {
    if (exIndex) return;
    exIndex = D.exhibitors.map(function (x) {
      return norm([x.name.zh, x.name.en, x.short.zh, x.short.en, x.py, x.c, x.cn.zh, x.cn.en, x.sec.map(function (s) { return s.zh + ' ' + s.en; }).join(' '),
        x.b.map(function (bi) { return D.booths[bi].n; }).join(' ')].join(' | '));
    });
    boothIndex = D.booths.map(function (b) { return norm(b.n); });
  }
  function light(list) {
    lit.forEach(function (i) { litMark[i] = 0; if (boothEls[i]) boothEls[i].classList.remove('hl'); });
    lit = list;
    // Marked for halls not drawn yet, which read the mark when they are.
    lit.forEach(function (i) { litMark[i] = 1; if (boothEls[i]) { boothEls[i].classList.add('hl'); raise(i); } });
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
    buildIndex();
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

`;
