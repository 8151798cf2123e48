/** The page's stylesheet: system fonts, no external resources, print-friendly. */
export const STYLES = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;
--err:#cf222e;--err-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;
--om:#cf222e;--om-bg:#ffebe9;--ad:#bc4c00;--ad-bg:#fff1e5;color-scheme:light}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,sans-serif;color:var(--fg);background:var(--soft);
display:flex;flex-direction:column;-webkit-print-color-adjust:exact;print-color-adjust:exact}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
.muted{color:var(--muted)}.small{font-size:12px}
h1{font-size:20px;line-height:1.3;margin:0 0 4px}
.top{display:flex;gap:24px;align-items:flex-start;justify-content:space-between;flex-wrap:wrap;padding:14px 20px 12px;background:var(--bg);border-bottom:1px solid var(--line)}
.head{flex:1 1 420px;min-width:0}
.meta{margin:2px 0;max-width:90ch}
.mode{display:inline-block;padding:0 8px;margin-right:6px;border-radius:10px;background:#ddf4ff;color:#0550ae;font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
.cards{display:flex;gap:10px;flex-wrap:wrap}
.card{min-width:112px;padding:8px 12px;border:1px solid var(--line);border-radius:8px;background:var(--bg)}
.card-n{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
.card-v{font-size:24px;font-weight:650;line-height:1.2;font-variant-numeric:tabular-nums}
.card-v small{font-size:13px;color:var(--muted);font-weight:500}
.card-h{font-size:11px;color:var(--muted);max-width:19ch;line-height:1.3}
.card.bad .card-v{color:var(--err)}.card.good .card-v{color:#1a7f37}
.bar{height:4px;margin:3px 0 4px;border-radius:2px;background:#e6eaef;overflow:hidden}.bar i{display:block;height:100%;background:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;padding:7px 20px;background:var(--bg);border-bottom:1px solid var(--line);font-size:12px;color:var(--muted);align-items:center}
.legend .s{font-size:12px;margin-right:3px}.legend .fb{margin:0 3px 0 0}.legend .hint{margin-left:auto;font-style:italic}
.layout{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(300px,360px);gap:12px;padding:12px}
.pane,.side{background:var(--bg);border:1px solid var(--line);border-radius:8px;min-height:0;display:flex;flex-direction:column}
.side{border:0;background:none;gap:12px;overflow:auto}
.pane-h{font-size:13px;font-weight:600;margin:0;padding:8px 14px;border-bottom:1px solid var(--line);background:var(--soft);border-radius:8px 8px 0 0}
.pane-h>span:first-child{text-transform:uppercase;letter-spacing:.05em;font-size:11px;color:var(--muted);margin-right:4px}
.doc{position:relative;overflow:auto;padding:6px 18px 40vh;scroll-behavior:smooth;font-size:15px;line-height:1.75}
.doc p{margin:12px 0}.doc p.hd{font-weight:650;font-size:16.5px;line-height:1.45}
.s{border-radius:3px;padding:1px 1px;cursor:pointer;unicode-bidi:isolate;-webkit-box-decoration-break:clone;box-decoration-break:clone;transition:background-color .12s,box-shadow .12s}
.s.m{background:hsl(var(--h) 80% 94%);box-shadow:inset 0 -2px hsl(var(--h) 55% 58%)}
.s.p{background:hsl(var(--h) 60% 96%);box-shadow:inset 0 -2px hsl(var(--h) 45% 65%);text-decoration:underline dashed hsl(var(--h) 45% 55%);text-underline-offset:4px}
.s.o{background:var(--om-bg);box-shadow:inset 0 -2px var(--om)}
.s.a{background:var(--ad-bg);box-shadow:inset 0 -2px var(--ad)}
.s.o::before,.s.a::before{display:inline-block;width:14px;height:14px;margin:0 4px;border-radius:7px;color:#fff;font:700 11px/14px system-ui,sans-serif;text-align:center;vertical-align:1px}
.s.o::before{content:"\\2212";background:var(--om)}.s.a::before{content:"+";background:var(--ad)}
.s.x{color:var(--muted);font-style:italic;background:repeating-linear-gradient(135deg,#f3f4f6 0 5px,#eaecef 5px 10px);box-shadow:inset 0 -2px #afb8c1}
.s.x::before{background:#8c959f}
.s.hov{background:hsl(var(--h,200) 85% 86%);box-shadow:inset 0 -3px hsl(var(--h,200) 60% 45%)}
.s.o.hov,.s.o.sel{background:#ffcecb}.s.a.hov,.s.a.sel{background:#ffdfb6}
.s.sel{outline:2px solid var(--fg);outline-offset:1px;background:hsl(var(--h,200) 90% 84%)}
mark{background:none;color:inherit;text-decoration:underline wavy;text-decoration-skip-ink:none;text-underline-offset:3px}
mark.mk-error{text-decoration-color:var(--err)}mark.mk-warning{text-decoration-color:#d4a72c}mark.mk-info{text-decoration-color:var(--info)}
.hide-error mark.mk-error,.hide-warning mark.mk-warning,.hide-info mark.mk-info{text-decoration:none}
.ctl{font:11px ui-monospace,monospace;color:var(--err);background:var(--err-bg);border:1px solid #ffcecb;border-radius:3px;padding:0 2px;unicode-bidi:isolate;direction:ltr}
.fb{display:inline-block;margin:0 2px 0 4px;padding:0 6px;border-radius:9px;font:600 10.5px/17px system-ui,sans-serif;text-decoration:none;vertical-align:2px;border:1px solid;white-space:nowrap;unicode-bidi:isolate}
.fb.sev-error{color:var(--err);background:var(--err-bg);border-color:#ffcecb}
.fb.sev-warning{color:var(--warn);background:var(--warn-bg);border-color:#eed888}
.fb.sev-info{color:var(--info);background:var(--info-bg);border-color:#b6e3ff}
.fb::before{margin-right:3px}.fb.sev-error::before{content:"\\25CF"}.fb.sev-warning::before{content:"\\25B2"}.fb.sev-info::before{content:"i";font-style:italic;font-family:Georgia,serif}
.findings{flex:1 1 0;min-height:300px;background:var(--bg);border:1px solid var(--line);border-radius:8px;display:flex;flex-direction:column}
.filters{display:flex;gap:6px;padding:8px 12px 4px;flex-wrap:wrap}
.flt{display:inline-flex;gap:5px;align-items:center;padding:2px 9px 2px 6px;border:1px solid var(--line);border-radius:14px;cursor:pointer;font-size:12px;user-select:none}
.flt b{font-variant-numeric:tabular-nums}.flt input{margin:0;accent-color:var(--fg)}
.flt.sv-error{border-color:#ffcecb;background:var(--err-bg)}.flt.sv-warning{border-color:#eed888;background:var(--warn-bg)}.flt.sv-info{border-color:#b6e3ff;background:var(--info-bg)}
.codes{list-style:none;margin:0;padding:4px 12px 8px;display:flex;flex-wrap:wrap;gap:4px;border-bottom:1px solid var(--line)}
.codes li{font-size:11px;padding:0 6px;border-radius:4px;background:var(--soft);border-left:3px solid var(--muted)}
.codes li b{font-variant-numeric:tabular-nums}.codes .cc-error{border-color:var(--err)}.codes .cc-warning{border-color:#d4a72c}.codes .cc-info{border-color:var(--info)}
.flist{list-style:none;margin:0;padding:4px 8px;overflow:auto;flex:1;min-height:0}
.f{padding:7px 8px 7px 10px;margin:4px 0;border-radius:6px;border-left:3px solid;cursor:pointer;font-size:12.5px}
.f:hover{background:var(--soft)}.f.on{background:#eef1f4;box-shadow:0 0 0 1px var(--line)}
.f.sev-error{border-color:var(--err)}.f.sev-warning{border-color:#d4a72c}.f.sev-info{border-color:var(--info)}
.fh{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.sev{font-size:10px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.go{margin-left:auto;font:11px system-ui,sans-serif;color:var(--accent);background:none;border:0;padding:0;cursor:pointer}
.go:hover{text-decoration:underline}
.msg{margin:3px 0 0;overflow-wrap:anywhere}.note{margin:3px 0 0;color:var(--muted);font-size:12px}
.f dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:4px 0 0;font-size:12px}
.f dt{color:var(--muted)}.f dd{margin:0;overflow-wrap:anywhere}
.hide-error .sev-error,.hide-warning .sev-warning,.hide-info .sev-info{display:none!important}
.heat{flex:0 0 auto;background:var(--bg);border:1px solid var(--line);border-radius:8px}
.hm{display:block;width:calc(100% - 24px);height:auto;max-height:165px;margin:8px 12px 4px;background:var(--bg)}
.hm rect[data-b]{cursor:pointer}.hm rect[data-b]:hover{stroke:var(--fg);stroke-width:.15}
.hm .hm-bg{fill:#f3f5f7}.hm .gap-o{fill:var(--om)}.hm .gap-a{fill:var(--ad)}
.hm rect.sel{stroke:#000;stroke-width:.35}
.hm-info{margin:0 12px;min-height:18px}
.hm-zoom{float:right;border:1px solid var(--line);background:var(--bg);border-radius:4px;cursor:pointer;font-size:13px;line-height:18px;padding:0 6px;color:var(--muted)}
.heat.big{position:fixed;inset:4vh 4vw;z-index:10;box-shadow:0 12px 40px rgba(0,0,0,.25);display:flex;flex-direction:column}
.heat.big .hm{flex:1;max-height:none;height:100%;min-height:0}
.scale{display:flex;gap:6px;align-items:center;margin:2px 12px 10px}.scale i{flex:0 0 90px;height:8px;border-radius:4px}
.heat p.small:last-child{margin:0 12px 10px}
.empty{color:var(--muted);font-style:italic}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
@media (max-width:1100px){.layout{grid-template-columns:1fr 1fr}.side{grid-column:1/-1}}
@media (max-width:720px){.layout{display:block}.pane,.side{margin-bottom:12px}.doc{max-height:70vh}}
@media (prefers-reduced-motion:reduce){.doc{scroll-behavior:auto}.s{transition:none}}
@media print{html,body{height:auto;background:#fff;display:block}.layout{display:block;padding:0}.pane,.findings,.heat{border:0;break-inside:auto;margin-bottom:16px}
.doc{overflow:visible;padding-bottom:0}.flist{overflow:visible}.filters,.legend .hint,.hm-info,.hm-zoom{display:none}.side{display:block}.hm{max-width:420px}.top{border:0}}
`;
