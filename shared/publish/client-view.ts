/** Part of the published map's script (see `client-script.ts`): pan, zoom, pinch and taps, by rewriting the shown view's viewBox so the map stays sharp at any zoom. */
export const CLIENT_VIEW = String.raw`
  // ---- view: pan and zoom by rewriting the viewBox, so the map stays sharp at any zoom ----
  function apply() {
    var v = views[current];
    if (!v) return;
    svgs[current].setAttribute('viewBox', v.x + ' ' + v.y + ' ' + v.w + ' ' + v.h);
    scheduleLabels();
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
    // Close enough to read the booth's label (letters READ_PX tall, see client-booths.ts), with
    // its neighbours around it as far as that allows: at most six booths across.
    var side = Math.max(bb.width, bb.height);
    var hb = D.booths[i].h;
    var fit = shapes[hb] ? fitOf(shapes[hb][i - D.halls[hb].first]) : null;
    var size = fit ? (fit.lines ? fit.size : fit.num) : 0;
    var w = side * 6;
    if (size > 0 && r.width > 0) w = Math.min(w, (r.width * size) / READ_PX);
    w = Math.min(Math.max(w, side * 1.5), home.w);
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
  // The site's halls are buttons: Enter or Space opens one, as a tap does.
  mapBox.addEventListener('keydown', function (e) {
    var site = e.target && e.target.closest ? e.target.closest('[data-open-hall]') : null;
    if (!site || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    showHall(+site.getAttribute('data-open-hall'));
  });
`;
