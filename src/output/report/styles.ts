/**
 * The report's stylesheet: one colour per mention type and per casualty category, light and
 * dark schemes chosen by prefers-color-scheme. Text on every highlight keeps a contrast ratio of
 * at least 4.5:1 in both schemes (tests/report checks it in the browser).
 */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --panel: #f6f8fa; --line: #d0d7de; --link: #0550ae;
  --person: #dbeafe; --person-edge: #1d4ed8;
  --place: #dcfce7; --place-edge: #15803d;
  --organization: #f3e8ff; --organization-edge: #7e22ce;
  --date: #fef3c7; --date-edge: #b45309;
  --casualty: #fee2e2; --casualty-edge: #b91c1c;
  --killed: #b91c1c; --injured: #ea580c; --missing: #64748b; --captured: #7e22ce;
  --arrested: #92400e; --displaced: #0f766e; --casualties: #db2777;
  --tip-bg: #1b1f24; --tip-fg: #f6f8fa;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --panel: #161b22; --line: #30363d; --link: #79c0ff;
    --person: #1e3a8a; --person-edge: #93c5fd;
    --place: #14532d; --place-edge: #86efac;
    --organization: #581c87; --organization-edge: #d8b4fe;
    --date: #713f12; --date-edge: #fcd34d;
    --casualty: #7f1d1d; --casualty-edge: #fca5a5;
    --killed: #f87171; --injured: #fb923c; --missing: #94a3b8; --captured: #c084fc;
    --arrested: #d6a35c; --displaced: #2dd4bf; --casualties: #f472b6;
    --tip-bg: #e6edf3; --tip-fg: #0d1117;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--link); }
header.top { padding: 12px 20px; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; }
header.top h1 { font-size: 20px; margin: 0; }
#summary { margin: 0; color: var(--muted); }
nav.tabs { display: flex; gap: 4px; }
nav.tabs a { padding: 4px 12px; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; color: var(--fg); }
nav.tabs a[aria-current="page"] { background: var(--panel); font-weight: 600; }
ul.legend, ul.chart-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; }
ul.chart-legend li { display: flex; align-items: center; gap: 4px; color: var(--muted); }
main { padding: 0 20px 40px; }
#view-articles { display: grid; grid-template-columns: minmax(200px, 280px) 1fr; gap: 20px; }
#view-articles[hidden], #view-corpus[hidden] { display: none; }
#list { border-right: 1px solid var(--line); padding: 12px 12px 12px 0; }
#list input { width: 100%; padding: 4px 8px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; }
#article-list { list-style: none; margin: 8px 0; padding: 0; }
#article-list li a { display: block; padding: 4px 6px; border-radius: 6px; text-decoration: none; color: var(--fg); overflow-wrap: anywhere; }
#article-list li a[aria-current="true"] { background: var(--panel); outline: 1px solid var(--line); }
#article-list .counts { display: flex; flex-wrap: wrap; gap: 4px; font-size: 12px; }
#article-list .error { color: var(--killed); font-size: 12px; }
.count { padding: 0 5px; border-radius: 4px; border-bottom: 2px solid; }
.pager { display: flex; align-items: center; gap: 8px; font-size: 13px; color: var(--muted); }
.pager button { font: inherit; color: inherit; background: none; border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.pager button:disabled { opacity: .5; cursor: default; }
#article h2 { margin: 12px 0 0; font-size: 18px; overflow-wrap: anywhere; }
#article .meta { color: var(--muted); margin: 0 0 12px; }
#article .warning { color: var(--injured); }
.article-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(220px, 320px); gap: 24px; align-items: start; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 16px; line-height: 1.8; max-width: 75ch; }
.m { border-radius: 3px; padding: 1px 0; border-bottom: 2px solid; cursor: help; color: var(--fg); }
.m .m { padding: 0; }
.m:focus { outline: 2px solid var(--link); outline-offset: 1px; }
.m.lit { outline: 2px solid var(--fg); }
.t-person { background: var(--person); border-color: var(--person-edge); }
.t-place { background: var(--place); border-color: var(--place-edge); }
.t-organization { background: var(--organization); border-color: var(--organization-edge); }
.t-date { background: var(--date); border-color: var(--date-edge); }
.t-casualty { background: var(--casualty); border-color: var(--casualty-edge); }
.legend .m { padding: 1px 6px; cursor: default; }
.entities { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; font-size: 14px; }
.entities h3 { font-size: 14px; margin: 10px 0 4px; }
.entities ul { list-style: none; margin: 0; padding: 0; }
.entities li { margin: 2px 0; }
.entities button { font: inherit; color: inherit; background: none; cursor: pointer; border: 0; border-left: 4px solid var(--line); border-radius: 0; padding: 0 6px; text-align: left; width: 100%; }
.entities button.t-person { border-left-color: var(--person-edge); }
.entities button.t-place { border-left-color: var(--place-edge); }
.entities button.t-organization { border-left-color: var(--organization-edge); }
.entities button.t-date { border-left-color: var(--date-edge); }
.entities button.t-casualty { border-left-color: var(--casualty-edge); }
.entities .sub { display: block; color: var(--muted); font-size: 12px; }
.entities .totals { font-weight: 600; }
#tooltip { position: absolute; z-index: 10; max-width: 360px; background: var(--tip-bg); color: var(--tip-fg); border-radius: 6px; padding: 6px 10px; font-size: 13px; box-shadow: 0 4px 12px rgba(0,0,0,.3); pointer-events: none; }
#tooltip dl { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 0; }
#tooltip dt { opacity: .75; }
#tooltip dd { margin: 0; overflow-wrap: anywhere; }
#view-corpus h2 { font-size: 17px; margin: 24px 0 8px; }
.tops { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 16px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.superseded td { color: var(--muted); text-decoration: line-through; }
th button { font: inherit; color: inherit; background: none; border: none; padding: 0; font-weight: 600; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
figure { margin: 0; overflow-x: auto; }
svg.timeline text { fill: var(--muted); font-size: 11px; }
svg.timeline text.total { fill: var(--fg); font-size: 10px; }
svg.timeline .grid { stroke: var(--line); stroke-dasharray: 2 3; }
svg.timeline .axis { stroke: var(--muted); }
svg.timeline .bar:focus { outline: 2px solid var(--link); }
.c-killed { fill: var(--killed); } .c-injured { fill: var(--injured); } .c-missing { fill: var(--missing); }
.c-captured { fill: var(--captured); } .c-arrested { fill: var(--arrested); } .c-displaced { fill: var(--displaced); }
.c-casualties { fill: var(--casualties); }
.empty, .note { color: var(--muted); }
@media (max-width: 800px) {
  #view-articles, .article-body { grid-template-columns: 1fr; }
  #list { border-right: none; }
  .entities { position: static; max-height: none; }
}
`;
