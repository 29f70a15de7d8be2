/**
 * Part of the published map's script (see `client-script.ts`): draws a hall's booths from its
 * compact geometry (`hall-geometry.ts`) the first time the hall is shown, and its labels only
 * for booths on screen and big enough to read. A 25,000-booth phase thus opens with no booth
 * in the page at all, and a hall with a few thousand booths is drawn in a moment on a phone.
 */
export const CLIENT_BOOTHS = String.raw`
  // ---- booths: drawn per hall from the data island, labels as the zoom allows ----
  var SVG_NS = 'http://www.w3.org/2000/svg';
  // The print's colour for a booth with an exhibitor but no zone.
  var OCCUPIED = '#dce8f5';
  // Booth outline width and the label sizes, in view units (0.1 m), as in the print.
  var LINE = 0.6;
  var MAX_FONT = 9;
  var MIN_NAME_FONT = 2.2;
  var LABEL_PAD = 1.2;
  // A label is drawn once its letters are this tall on screen (px): smaller would not be read.
  var MIN_PX = 7;
  // A booth chosen in the search or the details is zoomed to until its label is this tall (px).
  var READ_PX = 11;
  // Estimated glyph widths are stretched by this much so that a label never leaves its booth.
  var SAFE = 1.12;
  var shapes = [];
  var litMark = {};
  var fits = {};
  var shownLabels = {};
  var labelFrame = 0;

  function hallEnd(hi) { return hi + 1 < D.halls.length ? D.halls[hi + 1].first : D.booths.length; }
  function svgEl(tag, parent, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  // Each booth as { b: index, x, y, w, h: its box; p: polygon points or null; l: its label's box }.
  function decode(hi) {
    var g = D.halls[hi].g;
    var out = [];
    var bi = D.halls[hi].first;
    var i = 0;
    while (i < g.length) {
      if (g[i] === 0) {
        var x = g[i + 1], y = g[i + 2], w = g[i + 3], h = g[i + 4];
        out.push({ b: bi, x: x, y: y, w: w, h: h, p: null, l: { cx: x + w / 2, cy: y + h / 2, w: w, h: h, a: 0 } });
        i += 5;
      } else {
        var n = g[i + 1];
        var p = g.slice(i + 2, i + 2 + 2 * n);
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (var k = 0; k < p.length; k += 2) {
          x0 = Math.min(x0, p[k]); x1 = Math.max(x1, p[k]);
          y0 = Math.min(y0, p[k + 1]); y1 = Math.max(y1, p[k + 1]);
        }
        var l = i + 2 + 2 * n;
        out.push({ b: bi, x: x0, y: y0, w: x1 - x0, h: y1 - y0, p: p, l: { cx: g[l], cy: g[l + 1], w: g[l + 2], h: g[l + 3], a: g[l + 4] } });
        i = l + 5;
      }
      bi++;
    }
    return out;
  }
  function zoneWidth(s) { return Math.min(LINE * 3, Math.min(s.l.w, s.l.h) * 0.08); }
  function outline(s, parent, inset, attrs) {
    var e = s.p
      ? svgEl('polygon', parent, { points: s.p.join(' ') })
      : svgEl('rect', parent, { x: s.x + inset, y: s.y + inset, width: Math.max(s.w - 2 * inset, 0), height: Math.max(s.h - 2 * inset, 0) });
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function buildHall(hi) {
    if (shapes[hi]) return;
    var list = decode(hi);
    shapes[hi] = list;
    var layer = svgs[hi].querySelector('.booths');
    var frag = document.createDocumentFragment();
    var mineOf = selected >= 0 ? D.booths[selected].e : -1;
    list.forEach(function (s) {
      var b = D.booths[s.b];
      var zone = b.z >= 0 ? D.zones[b.z] : null;
      var g = svgEl('g', frag, { 'class': 'b', 'data-booth': s.b });
      outline(s, g, 0, { 'class': 'bf', fill: b.e < 0 ? '#ffffff' : zone ? zone.fill : OCCUPIED });
      if (zone) {
        var zw = zoneWidth(s);
        // The zone's colour as a border inside the booth: a rectangle inset by half its width,
        // any other outline clipped to itself.
        if (!s.p) outline(s, g, zw / 2, { 'class': 'bz', stroke: zone.color, 'stroke-width': zw });
        else {
          var clip = svgEl('clipPath', g, { id: 'bc' + s.b });
          outline(s, clip, 0, {});
          outline(s, g, 0, { 'class': 'bz', stroke: zone.color, 'stroke-width': zw * 2, 'clip-path': 'url(#bc' + s.b + ')' });
        }
      }
      if (litMark[s.b]) g.classList.add('hl');
      if (s.b === selected) g.classList.add('sel');
      else if (mineOf >= 0 && b.e === mineOf) g.classList.add('mine');
      boothEls[s.b] = g;
    });
    layer.appendChild(frag);
    lit.forEach(function (i) { if (D.booths[i].h === hi) raise(i); });
    if (selected >= 0 && D.booths[selected].h === hi) raise(selected);
  }

  // ---- labels: the booth number, and the exhibitor's name where it fits ----
  function textWidth(s) {
    var w = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      w += c >= 0x2e80 ? 1 : c === 32 ? 0.3 : c === 77 || c === 87 || c === 109 || c === 119 ? 0.86 : c >= 65 && c <= 90 ? 0.72 : c >= 48 && c <= 57 ? 0.56 : 0.52;
    }
    return w * SAFE;
  }
  // A name in n lines of about equal width, broken between words (Latin) or characters (CJK).
  function wrap(str, n) {
    var toks = str.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+/g) || [];
    var target = textWidth(str) / n;
    var lines = [];
    var cur = '';
    var prevLatin = false;
    toks.forEach(function (tok) {
      var latin = tok.charCodeAt(0) < 0x2e80;
      var next = cur ? cur + (latin && prevLatin ? ' ' : '') + tok : tok;
      if (cur && lines.length < n - 1 && textWidth(next) > target) {
        lines.push(cur);
        cur = tok;
      } else cur = next;
      prevLatin = latin;
    });
    if (cur) lines.push(cur);
    return lines;
  }
  function widest(lines) { return lines.reduce(function (m, l) { return Math.max(m, textWidth(l)); }, 0); }
  // Sizes (view units) of the number alone and of number plus name in the booth, cached per language.
  function fitOf(s) {
    var cached = fits[s.b];
    if (cached !== undefined) return cached;
    var b = D.booths[s.b];
    var bw = s.l.w;
    var bh = s.l.h;
    var numW = textWidth(b.n) * 1.1;
    var fit = { num: Math.min(MAX_FONT, (bw - 1) / numW, (bh - 1) / 1.2), size: 0, lines: null };
    if (b.e >= 0) {
      var x = D.exhibitors[b.e];
      var pad = LABEL_PAD + (b.z >= 0 ? zoneWidth(s) : 0);
      var w = bw - 2 * pad;
      var h = bh - 2 * pad;
      var names = [pick(x.name), pick(x.short)];
      for (var a = 0; a < names.length && !fit.lines; a++) {
        if (!names[a] || (a > 0 && names[a] === names[0])) continue;
        for (var n = 1; n <= 3; n++) {
          var lines = wrap(names[a], n);
          var size = Math.min(MAX_FONT, w / Math.max(numW, widest(lines)), h / ((lines.length + 1) * 1.2));
          if (size >= MIN_NAME_FONT && size > fit.size) { fit.size = size; fit.lines = lines; }
        }
      }
    }
    fits[s.b] = fit;
    return fit;
  }
  function drawLabel(layer, s, fit, mode) {
    var b = D.booths[s.b];
    var lines = mode === 2 ? [b.n].concat(fit.lines) : [b.n];
    var size = mode === 2 ? fit.size : fit.num;
    var lh = size * 1.2;
    var top = -(lines.length * lh) / 2;
    // Placed like the print's labels: a group at the centre, lines at x = 0.
    var g = svgEl('g', layer, { 'data-label-for': s.b, transform: 'translate(' + s.l.cx + ' ' + s.l.cy + ')' + (s.l.a ? ' rotate(' + s.l.a + ')' : '') });
    lines.forEach(function (line, i) {
      var attrs = { x: 0, y: top + i * lh + size * 0.95, 'font-size': size, 'text-anchor': 'middle' };
      if (i === 0) attrs['font-weight'] = 'bold';
      svgEl('text', g, attrs).textContent = line;
    });
    return g;
  }
  // Labels for what is on screen now: booths in view whose text would be at least MIN_PX tall.
  function updateLabels() {
    var list = shapes[current];
    var want = {};
    var v = views[current];
    var r = mapBox.getBoundingClientRect();
    if (list && v && r.width > 0 && r.height > 0) {
      var k = Math.min(r.width / v.w, r.height / v.h);
      var vw = r.width / k;
      var vh = r.height / k;
      var x0 = v.x + v.w / 2 - vw / 2;
      var y0 = v.y + v.h / 2 - vh / 2;
      if (MAX_FONT * k >= MIN_PX) {
        list.forEach(function (s) {
          if (s.x > x0 + vw || s.y > y0 + vh || s.x + s.w < x0 || s.y + s.h < y0) return;
          var fit = fitOf(s);
          var mode = fit.lines && fit.size * k >= MIN_PX ? 2 : fit.num * k >= MIN_PX ? 1 : 0;
          if (mode) want[s.b] = mode;
        });
      }
    }
    Object.keys(shownLabels).forEach(function (bi) {
      if (want[bi] === shownLabels[bi].mode) return;
      shownLabels[bi].g.parentNode.removeChild(shownLabels[bi].g);
      delete shownLabels[bi];
    });
    if (!list) return;
    var layer = svgs[current].querySelector('.labels');
    list.forEach(function (s) {
      if (want[s.b] && !shownLabels[s.b]) shownLabels[s.b] = { mode: want[s.b], g: drawLabel(layer, s, fitOf(s), want[s.b]) };
    });
  }
  function scheduleLabels() {
    if (labelFrame) return;
    labelFrame = requestAnimationFrame(function () { labelFrame = 0; updateLabels(); });
  }
  // Names and their fits are per language.
  function resetLabels() {
    fits = {};
    Object.keys(shownLabels).forEach(function (bi) { shownLabels[bi].g.parentNode.removeChild(shownLabels[bi].g); });
    shownLabels = {};
    scheduleLabels();
  }
  window.addEventListener('resize', scheduleLabels);
`;
