import { FONT_STACK } from '../print/scripts';

/** The published map's stylesheet: map left and panel right on wide screens, a bottom sheet on phones. */
export const CLIENT_STYLE = `
*{box-sizing:border-box}
[hidden]{display:none!important}
html,body{margin:0;height:100%;overflow:hidden}
body{font-family:${FONT_STACK};color:#1b1f24;background:#f4f5f7;display:flex;flex-direction:column;-webkit-text-size-adjust:100%}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:10px 16px;background:#12355b;color:#fff}
header .titles{flex:1 1 280px;min-width:0}
header h1{margin:0;font-size:18px;line-height:1.3;font-weight:700}
header p{margin:2px 0 0;font-size:12px;opacity:.85}
header .tools{display:flex;gap:8px;flex:1 1 300px;max-width:560px}
#q{flex:1;min-width:0;font:inherit;font-size:16px;padding:9px 12px;border:0;border-radius:8px}
#lang{font:inherit;font-size:14px;padding:8px 12px;border:1px solid rgba(255,255,255,.6);border-radius:8px;background:transparent;color:#fff;cursor:pointer;min-width:64px}
nav#tabs{display:flex;gap:4px;overflow-x:auto;padding:6px 12px 0;background:#e8ebef;border-bottom:1px solid #cfd5dc;scrollbar-width:thin}
.tab{font:inherit;font-size:14px;padding:8px 14px;border:1px solid #cfd5dc;border-bottom:0;border-radius:8px 8px 0 0;background:#f7f8fa;color:#333;cursor:pointer;white-space:nowrap}
.tab[aria-selected=true]{background:#fff;color:#12355b;font-weight:700;box-shadow:inset 0 3px 0 #12355b}
.tab .count{display:inline-block;margin-left:6px;min-width:20px;padding:0 6px;border-radius:10px;background:#e4572e;color:#fff;font-size:12px;line-height:20px;text-align:center}
#legend{display:flex;flex-wrap:wrap;gap:4px 14px;padding:6px 14px;font-size:12px;color:#444;background:#fff;border-bottom:1px solid #e3e6ea}
#legend .key{display:inline-flex;align-items:center;gap:6px}
#legend .sw{display:inline-block;width:16px;height:11px;border:2px solid #888;border-radius:2px}
#legend .sw.free{background:#fff;border:1px solid #888}
main{flex:1;display:flex;min-height:0;position:relative}
#map{flex:1;position:relative;min-width:0;background:#fff;touch-action:none;cursor:grab;user-select:none;-webkit-user-select:none;overflow:hidden}
#map:active{cursor:grabbing}
#map svg.hall{position:absolute;inset:0;width:100%;height:100%;display:none}
#map svg.hall.on{display:block}
#map svg.site .site-hall{cursor:pointer}
#map svg.site .site-hall:hover polygon{fill:#e3edff}
#map svg.site .site-hall.hl polygon{fill:#fff1b8}
#map svg.site text{fill:#1d2329;font-family:inherit}
.labels,.labels *{pointer-events:none}
.lang-en .lz,.lang-zh .le{display:none}
.bf{stroke:#555;stroke-width:.6px;transition:fill .15s}
.bz{fill:none}
.b{cursor:pointer}
#map .labels{fill:#111;font-family:inherit}
.searching .b:not(.hl):not(.sel) .bf{fill-opacity:.35}
.b.hl .bf,.b.mine .bf,.b.sel .bf{vector-effect:non-scaling-stroke}
.b.hl .bf{stroke:#e4572e;stroke-width:2.5px}
.b.mine .bf{stroke:#f5a623;stroke-width:3px}
.b.sel .bf{stroke:#d7263d;stroke-width:4px;fill:#ffe3e0}
.zoom{position:absolute;right:12px;bottom:16px;display:flex;flex-direction:column;gap:6px;z-index:2}
.zoom button{width:44px;height:44px;font-size:22px;line-height:1;border:1px solid #bbb;border-radius:10px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15);cursor:pointer}
aside#panel{width:360px;max-width:42vw;overflow:auto;background:#fff;border-left:1px solid #d9dde2;display:flex;flex-direction:column}
#results,#details{padding:12px 16px}
#details{border-top:1px solid #e3e6ea;position:relative}
#details h2{margin:0 32px 4px 0;font-size:20px;line-height:1.3;overflow-wrap:anywhere}
.alt{margin:0 0 8px;color:#555;overflow-wrap:anywhere}
dl{margin:8px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:6px 12px;font-size:14px}
dt{color:#666}
dd{margin:0;overflow-wrap:anywhere}
dd a{color:#0b5cad}
.close{position:absolute;right:10px;top:8px;width:36px;height:36px;font-size:24px;border:0;background:transparent;cursor:pointer;color:#555}
.summary{margin:0 0 8px;font-size:13px;color:#555}
.list{list-style:none;margin:0;padding:0}
.hit{display:block;width:100%;text-align:left;font:inherit;padding:10px 8px;border:0;border-bottom:1px solid #eee;background:#fff;cursor:pointer}
.hit:hover,.hit:focus{background:#f0f5fb}
.hit strong{display:block;font-size:15px;overflow-wrap:anywhere}
.hit span{display:block;font-size:12px;color:#666;overflow-wrap:anywhere}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{font:inherit;font-size:13px;padding:4px 10px;border:1px solid #9db3cc;border-radius:14px;background:#f3f7fb;cursor:pointer}
.chip.on{background:#12355b;color:#fff;border-color:#12355b}
.empty-note{padding:24px;color:#666}
@media (max-width:720px){
  header.top{padding:8px 10px}
  header h1{font-size:15px}
  header p{display:none}
  header .tools{max-width:none}
  main{flex-direction:column}
  aside#panel{position:absolute;left:0;right:0;bottom:0;width:auto;max-width:none;max-height:46vh;border-left:0;border-top:1px solid #ccc;border-radius:14px 14px 0 0;box-shadow:0 -4px 16px rgba(0,0,0,.15);z-index:3}
  body:not(.has-results):not(.detail) aside#panel{display:none}
  .zoom{bottom:auto;top:12px}
}
`;
