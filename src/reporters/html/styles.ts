/**
 * The report's one stylesheet, inlined in the page: no fonts, images or anything else to fetch.
 * On a wide screen each row of the letter has its findings' messages beside it; under 52rem
 * (a phone) they go under the row. Long words wrap anywhere so nothing runs off the page.
 */
export const styles = `
:root { color-scheme: light; --error: #b3261e; --error-bg: #fde7e5; --warning: #8a5300; --warning-bg: #ffefc2;
  --info: #1f5fa8; --info-bg: #e2eefb; --ok: #1e7b34; --line: #d8dbe0; --muted: #5f6670; --paper: #fff; --page: #f4f5f7; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: #1d2126; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.3rem; margin: .25rem 0; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
a { color: inherit; }
p { margin: .25rem 0; }
.muted { color: var(--muted); }
.run { margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
td.num, th.num { text-align: right; white-space: nowrap; }
.table-scroll { overflow-x: auto; max-width: 100%; }
.letter { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 0 0 1.5rem; }
.verdict { display: inline-block; font-weight: 700; padding: .05rem .5rem; border-radius: 4px; color: #fff; }
.verdict-shortlist { background: var(--ok); }
.verdict-maybe { background: var(--warning); }
.verdict-binned { background: var(--error); }
.score { font-weight: 700; margin-left: .4rem; }
.proved { color: var(--ok); }
.missing { color: var(--error); }
.optional, .unassessed { color: var(--muted); }
.signals th { white-space: nowrap; width: 11rem; }
.signals td.num { width: 4.5rem; }
.signals td.mark, .coverage td.mark { width: 1.5rem; font-weight: 700; }
q { quotes: "\\201C" "\\201D"; }
.place { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); white-space: nowrap; }
.text { border-top: 1px solid var(--line); }
.row { display: grid; grid-template-columns: 3.5rem minmax(0, 1fr) minmax(0, 22rem); column-gap: .75rem; border-bottom: 1px solid #eef0f3; }
.ln { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .8em; color: var(--muted); text-align: right; padding-top: .2rem; user-select: none; }
.src { white-space: pre-wrap; overflow-wrap: anywhere; padding: .15rem 0; min-height: 1.5em; }
/* A row with many notes is tall: its text stays in view while they are read. */
.row > .src { position: sticky; top: 0; align-self: start; background: var(--paper); }
.notes { padding: .15rem 0; }
.note { border-left: 3px solid; padding: .1rem .5rem; margin: .15rem 0 .35rem; font-size: .88em; overflow-wrap: anywhere; }
.note p { margin: .1rem 0 0; }
.note .rule { color: var(--muted); }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
mark.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
.pin { display: inline-block; text-decoration: none; min-width: 1.1em; text-align: center; font: 700 .7rem/1.2 system-ui, sans-serif; color: #fff; border-radius: 3px; padding: 0 .3rem; margin: 0 .1rem; vertical-align: .1em; white-space: nowrap; }
.pin.sev-error { background: var(--error); }
.pin.sev-warning { background: var(--warning); }
.pin.sev-info { background: var(--info); }
.pin::before, .n::before { content: attr(data-n); }
.n { font: 700 .65rem system-ui, sans-serif; color: var(--muted); margin-left: 1px; vertical-align: super; text-decoration: none; }
.note.sev-error { border-color: var(--error); }
.note.sev-warning { border-color: var(--warning); }
.note.sev-info { border-color: var(--info); }
.sev-label.sev-error { color: var(--error); font-weight: 700; }
.sev-label.sev-warning { color: var(--warning); font-weight: 700; }
.sev-label.sev-info { color: var(--info); font-weight: 700; }
.ctl { font-size: .8em; color: var(--error); border: 1px dotted var(--error); padding: 0 1px; }
.file-head { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; margin: .75rem 0 .25rem; overflow-wrap: anywhere; }
@media (max-width: 52rem) {
  main { padding: .5rem; }
  .letter { padding: .6rem; }
  .row { grid-template-columns: 2.6rem minmax(0, 1fr); column-gap: .5rem; }
  .notes { grid-column: 2; }
  .row > .src { position: static; }
  .signals tr { display: grid; grid-template-columns: 1.5rem minmax(0, 1fr) auto; border-bottom: 1px solid var(--line); }
  .signals th, .signals td { border: 0; width: auto; white-space: normal; }
  .signals td.detail { grid-column: 1 / -1; padding-top: 0; }
}
@media print { body { background: #fff; } .letter { border: 0; } }
`
