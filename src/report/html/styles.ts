/**
 * The page's stylesheet: system fonts, no external resources. The page scrolls as a whole; the
 * findings panel stays in sight beside the content from 1000 px up and moves above it below that;
 * below 640 px a row stacks its cells. Every grid track is `minmax(0, …)` and text wraps anywhere, so
 * no width from 360 px up lets text leave its box. A print stylesheet closes the file.
 */
export const STYLES = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;
--err:#cf222e;--err-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--warn-line:#d4a72c;--info:#0969da;--info-bg:#ddf4ff;
--om:#cf222e;--om-bg:#fff0ee;--ad:#bc4c00;--ad-bg:#fff4e8;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:14px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,sans-serif;color:var(--fg);background:var(--soft);
-webkit-print-color-adjust:exact;print-color-adjust:exact}
code,kbd{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
.muted{color:var(--muted)}.small{font-size:12px}
h1{font-size:20px;line-height:1.3;margin:0 0 4px;overflow-wrap:anywhere}
.top{display:flex;gap:12px 24px;align-items:flex-start;justify-content:space-between;flex-wrap:wrap;padding:14px 20px 12px;background:var(--bg);border-bottom:1px solid var(--line)}
.head{flex:1 1 420px;min-width:0}
.meta{margin:2px 0;max-width:90ch;overflow-wrap:anywhere}
.mode-line{cursor:help}.why{color:var(--accent);font-size:12px;border-bottom:1px dotted}
.mode{display:inline-block;padding:0 8px;margin-right:6px;border-radius:10px;background:#ddf4ff;color:#0550ae;font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
.cards{display:flex;gap:8px;flex-wrap:wrap;min-width:0}
.card{min-width:104px;padding:7px 11px;border:1px solid var(--line);border-radius:8px;background:var(--bg)}
.card-n{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
.card-v{font-size:22px;font-weight:650;line-height:1.2;font-variant-numeric:tabular-nums}
.card-v small{font-size:13px;color:var(--muted);font-weight:500}
.card-h{font-size:11px;color:var(--muted);max-width:19ch;line-height:1.3}
.card.bad .card-v{color:var(--err)}.card.good .card-v{color:#1a7f37}
.bar{height:4px;margin:3px 0 4px;border-radius:2px;background:#e6eaef;overflow:hidden}.bar i{display:block;height:100%;background:var(--accent)}
.toolbar{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;padding:8px 20px;background:var(--bg);border-bottom:1px solid var(--line);font-size:12px;color:var(--muted)}
.views{display:inline-flex;border:1px solid var(--line);border-radius:8px;overflow:hidden;flex:none}
.views button{font:600 13px/1.2 system-ui,sans-serif;padding:6px 16px;border:0;background:var(--bg);color:var(--fg);cursor:pointer}
.views button+button{border-left:1px solid var(--line)}
.views button[aria-pressed="true"]{background:var(--fg);color:#fff}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center;min-width:0}
.sw{display:inline-block;width:12px;height:12px;border-radius:3px;vertical-align:-2px;margin-right:5px;border:1px solid}
.sw.o{background:var(--om-bg);border-color:var(--om)}.sw.a{background:var(--ad-bg);border-color:var(--ad)}
.sw.x{background:repeating-linear-gradient(135deg,#f3f4f6 0 3px,#dfe3e8 3px 6px);border-color:#afb8c1}
kbd{font-size:11px;border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 4px;background:var(--soft);color:var(--fg)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) clamp(280px,27vw,400px);grid-template-areas:"main side";gap:12px;padding:12px;align-items:start}
.views-body{grid-area:main;min-width:0}
.v-rows .articles,.v-articles .rows{display:none}
.side{grid-area:side;position:sticky;top:12px;max-height:calc(100vh - 24px);display:flex;flex-direction:column;gap:12px;min-width:0}
.pane-h{font-size:13px;font-weight:600;margin:0;padding:8px 14px;border-bottom:1px solid var(--line);background:var(--soft);border-radius:8px 8px 0 0;overflow-wrap:anywhere}
.pane-h>span:first-child{text-transform:uppercase;letter-spacing:.05em;font-size:11px;color:var(--muted);margin-right:4px}
.rows{background:var(--bg);border:1px solid var(--line);border-radius:8px;font-size:14.5px;line-height:1.6}
.row{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(8rem,10.5rem);border-top:1px solid var(--line);border-left:4px solid transparent;content-visibility:auto;contain-intrinsic-size:auto 60px}
.rows>.row:first-child{border-top:0;border-radius:8px 8px 0 0}
.c{padding:7px 12px;min-width:0;overflow-wrap:anywhere}
.ct,.cm{border-left:1px solid var(--line)}
.cm{display:flex;flex-wrap:wrap;gap:4px 6px;align-content:flex-start;align-items:center;font-size:12px}
.rh{font-size:11px;line-height:1.4;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600;background:var(--soft);content-visibility:visible}
.row.o .cs{background:var(--om-bg)}.row.a .ct{background:var(--ad-bg)}
.s-rtl .cs,.t-rtl .ct{direction:rtl}
.none{color:var(--muted)}
.row.w-error{border-left-color:var(--err)}.row.w-warning{border-left-color:var(--warn-line)}.row.w-info{border-left-color:#8cc8ff}
.row[id]{cursor:pointer}.row[id]:hover{background:var(--soft)}
.row.sel,.row.sel .c{background:#e8f0fe}
.row:focus{outline:3px solid var(--accent);outline-offset:-3px}
.c>span{unicode-bidi:isolate}.c .x{color:var(--muted);font-style:italic}
.c i{font:600 10.5px/1 ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted);margin-inline-end:5px;vertical-align:1px;unicode-bidi:isolate;direction:ltr}
.cm::before,.lb{font-weight:600;font-size:11px;text-transform:uppercase;letter-spacing:.04em;padding:1px 6px;border-radius:4px;background:var(--soft);color:var(--muted)}
.row.m .cm::before{content:"match";color:#1a7f37;background:#dafbe1}.row.p .cm::before{content:"partial";color:#7d4e00;background:#fff8c5}
.row.o .cm::before{content:"omitted"}.row.a .cm::before{content:"added"}.rh .cm::before,.ph .cm::before{content:none}
.row.o .cm::before,.passage.o .lb{color:var(--om);background:#ffebe9}.row.a .cm::before,.passage.a .lb{color:var(--ad);background:#fff1e5}
.cm{font-variant-numeric:tabular-nums;color:var(--muted)}
.passage{border-top:1px solid var(--line)}
.passage>summary{list-style:none;cursor:pointer}.passage>summary::-webkit-details-marker{display:none}
.row.ph{grid-template-columns:minmax(0,1fr) minmax(8rem,10.5rem);border-top:0;content-visibility:visible}
.passage.o>.ph{background:var(--om-bg)}.passage.a>.ph{background:var(--ad-bg)}
.pt{font-weight:600}.pt::before{content:"\\25B8";display:inline-block;width:1.3em;color:var(--muted)}.passage[open]>.ph .pt::before{content:"\\25BE"}
.ph:focus-visible{outline:3px solid var(--accent);outline-offset:-3px}
.articles{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:12px}
.pane{background:var(--bg);border:1px solid var(--line);border-radius:8px;min-width:0;display:flex;flex-direction:column;max-height:calc(100vh - 24px)}
.doc{flex:1 1 auto;min-height:0;overflow:auto;padding:6px 18px 30vh;font-size:15px;line-height:1.75;overflow-wrap:anywhere}
.doc p{margin:12px 0}.doc p.hd{font-weight:650;font-size:16.5px;line-height:1.45}
.s{border-radius:3px;padding:1px;cursor:pointer;unicode-bidi:isolate;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.s.o{background:var(--om-bg)}.s.a{background:var(--ad-bg)}
.s.x{color:var(--muted);font-style:italic}
.s.hov{background:#dbeafe}
.s.o.hov,.s.o.sel{background:#ffcecb}.s.a.hov,.s.a.sel{background:#ffdfb6}
.s.sel{background:#c7dcfc;box-shadow:0 0 0 2px #4a7fd4}
.s:focus{outline:3px solid var(--accent);outline-offset:2px}
mark{background:none;color:inherit;text-decoration:underline wavy;text-decoration-skip-ink:none;text-underline-offset:3px}
mark.mk-error{text-decoration-color:var(--err)}mark.mk-warning{text-decoration-color:var(--warn-line)}mark.mk-info{text-decoration-color:var(--info)}
.hide-error mark.mk-error,.hide-warning mark.mk-warning,.hide-info mark.mk-info{text-decoration:none}
.ctl{font:11px ui-monospace,monospace;color:var(--err);background:var(--err-bg);border:1px solid #ffcecb;border-radius:3px;padding:0 2px;unicode-bidi:isolate;direction:ltr}
.fb{display:inline-block;margin:0 2px 0 4px;padding:0 6px;border-radius:9px;font:600 10.5px/17px system-ui,sans-serif;text-decoration:none;vertical-align:2px;border:1px solid;white-space:nowrap;unicode-bidi:isolate;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.fb.sev-error{color:var(--err);background:var(--err-bg);border-color:#ffcecb}
.fb.sev-warning{color:var(--warn);background:var(--warn-bg);border-color:#eed888}
.fb.sev-info{color:var(--info);background:var(--info-bg);border-color:#b6e3ff}
.fb::before{margin-right:3px}.fb.sev-error::before{content:"\\25CF"}.fb.sev-warning::before{content:"\\25B2"}.fb.sev-info::before{content:"i";font-style:italic;font-family:Georgia,serif}
.cm .fb{margin:0;vertical-align:0;white-space:normal;overflow-wrap:anywhere}
.findings{flex:1 1 auto;min-height:220px;background:var(--bg);border:1px solid var(--line);border-radius:8px;display:flex;flex-direction:column;min-width:0}
.filters{display:flex;gap:6px;padding:8px 12px 4px;flex-wrap:wrap}
.flt{display:inline-flex;gap:5px;align-items:center;padding:2px 9px 2px 6px;border:1px solid var(--line);border-radius:14px;cursor:pointer;font-size:12px;user-select:none}
.flt b{font-variant-numeric:tabular-nums}.flt input{margin:0;accent-color:var(--fg)}
.flt.sv-error{border-color:#ffcecb;background:var(--err-bg)}.flt.sv-warning{border-color:#eed888;background:var(--warn-bg)}.flt.sv-info{border-color:#b6e3ff;background:var(--info-bg)}
.codes{list-style:none;margin:0;padding:4px 12px 8px;display:flex;flex-wrap:wrap;gap:4px;border-bottom:1px solid var(--line)}
.codes li{font-size:11px;padding:0 6px;border-radius:4px;background:var(--soft);border-left:3px solid var(--muted);max-width:100%;overflow-wrap:anywhere}
.codes li b{font-variant-numeric:tabular-nums}.codes .cc-error{border-color:var(--err)}.codes .cc-warning{border-color:var(--warn-line)}.codes .cc-info{border-color:var(--info)}
.flist{list-style:none;margin:0;padding:4px 8px;overflow:auto;flex:1 1 auto;min-height:0}
.f{padding:7px 8px 7px 10px;margin:4px 0;border-radius:6px;border-left:3px solid;font-size:12.5px;min-width:0}
.f.stop{cursor:pointer}.f.stop:hover{background:var(--soft)}
.f.on,.place.on{background:#e8f0fe;box-shadow:0 0 0 2px var(--accent)}
.f:focus,.place:focus{outline:2px solid var(--accent);outline-offset:1px}
.f.sev-error{border-color:var(--err)}.f.sev-warning{border-color:var(--warn-line)}.f.sev-info{border-color:var(--info)}
.fh{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.sev{font-size:10px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.go{margin-left:auto;font:11px system-ui,sans-serif;color:var(--accent);background:none;border:0;padding:0;cursor:pointer;text-align:start}
.go:hover{text-decoration:underline}
.msg{margin:3px 0 0;overflow-wrap:anywhere}.note{margin:3px 0 0;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.f dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 8px;margin:4px 0 0;font-size:12px}
.f dt{color:var(--muted)}.f dd{margin:0;overflow-wrap:anywhere}
.places{list-style:none;margin:5px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.place{font:11.5px system-ui,sans-serif;color:var(--accent);background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:1px 8px;cursor:pointer}
.place:hover{border-color:var(--accent)}
.hide-error .sev-error,.hide-warning .sev-warning,.hide-info .sev-info{display:none!important}
.heat{flex:0 0 auto;background:var(--bg);border:1px solid var(--line);border-radius:8px;min-width:0}
.hm{display:block;max-width:calc(100% - 24px);height:auto;margin:10px 12px 4px;background:var(--bg)}
.hm rect[data-b]{cursor:pointer}.hm rect[data-b]:hover{stroke:var(--fg);stroke-width:.15}
.hm .hm-bg{fill:#f3f5f7}.hm .gap-o{fill:var(--om)}.hm .gap-a{fill:var(--ad)}
.hm rect.sel{stroke:#000;stroke-width:.35}
.hm-info{margin:0 12px;min-height:18px}
.hm-zoom{float:right;border:1px solid var(--line);background:var(--bg);border-radius:4px;cursor:pointer;font-size:13px;line-height:18px;padding:0 6px;color:var(--muted)}
.heat.big{position:fixed;inset:4vh 4vw;z-index:10;box-shadow:0 12px 40px rgba(0,0,0,.25);display:flex;flex-direction:column}
.heat.big .hm{flex:1;width:100%;height:100%;max-width:none;min-height:0}
.scale{display:flex;gap:6px;align-items:center;margin:2px 12px 10px}.scale i{flex:0 1 90px;height:8px;border-radius:4px}
.heat p.small:last-child{margin:0 12px 10px}
.empty{color:var(--muted);font-style:italic;padding:8px 12px}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
@media (max-width:999px){.layout{grid-template-columns:minmax(0,1fr);grid-template-areas:"find" "main" "heat"}
.side{display:contents}.findings{grid-area:find}.flist{max-height:40vh}.heat{grid-area:heat}}
@media (max-width:640px){.top,.toolbar{padding-left:12px;padding-right:12px}
.card{min-width:0;flex:1 1 30%;padding:5px 8px}.card-h{display:none}.card-v{font-size:18px}.legend .lg:nth-child(3){display:none}.layout{padding:8px;gap:8px}
.row,.row.ph{grid-template-columns:minmax(0,1fr)}.rh{display:none}.cm{order:-1;border-left:0;padding-bottom:0}
.ct{border-left:0;border-top:1px dashed var(--line)}.c.none{display:none}
.cs::before,.ct::before{content:attr(lang);float:inline-end;margin-inline-start:6px;font:600 10px/1.6 system-ui,sans-serif;text-transform:uppercase;color:var(--muted)}.articles{grid-template-columns:minmax(0,1fr)}.pane{max-height:75vh}.keys{display:none}}
@media print{body{background:#fff}.views,.keys,.filters,.hm-info,.hm-zoom,.scale{display:none}
.layout{display:block;padding:0}.side{position:static;max-height:none;display:block}
.rows,.pane,.findings,.heat{border:0;margin-bottom:16px}.flist{overflow:visible;max-height:none}
.articles{display:block}.pane{max-height:none}.doc{overflow:visible;padding-bottom:0}
.row{break-inside:avoid;content-visibility:visible}.f{break-inside:avoid}.top,.toolbar{border:0}.hm{max-width:320px}}
`;
