// The frame of every report page: one self-contained file, its style sheet inline, nothing fetched.
// Verdict colours are from the Okabe–Ito palette (told apart by readers with any common colour
// blindness); each verdict also has its own underline style, bar pattern and letter, so that a page
// printed in greyscale says the same.
import { html, trusted, type Markup } from './html.js';
import { CLAIM_VERDICTS, VERDICT_LOOK } from './verdicts.js';

const STYLE = `
:root { --agrees: #009E73; --disputed: #E69F00; --contradicted: #D55E00; --unsourced: #7a5c9c; --ink: #1d1d1f; --muted: #5b5b66; --rule: #d0d0d8; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0; background: #fff; }
header.page, main, footer.page { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1rem; border-bottom: 1px solid var(--rule); }
header.page .crumbs { font: 14px/1.4 system-ui, sans-serif; margin: 0 0 .25rem; }
h1 { font-size: 1.6rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; }
.meta, .hint, table, nav, .legend, .notes, footer.page { font: 14px/1.45 system-ui, sans-serif; }
.meta { color: var(--muted); margin: 0 0 .8rem; }
.hint { color: var(--muted); }
a { color: #0b57a4; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable thead th { cursor: pointer; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: inherit; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
.bar { display: flex; width: 14rem; height: 1.1rem; border: 1px solid var(--ink); background: #fff; }
.bar span { display: block; height: 100%; }
.seg-agrees { background: var(--agrees); }
.seg-disputed { background: repeating-linear-gradient(45deg, var(--disputed) 0 3px, #fff 3px 6px); }
.seg-contradicted { background: repeating-linear-gradient(0deg, var(--contradicted) 0 2px, #fff 2px 4px), var(--contradicted); background-blend-mode: multiply; }
.seg-unsourced { background: radial-gradient(var(--unsourced) 1.2px, #fff 1.4px) 0 0 / 5px 5px; }
.swatch { display: inline-block; width: 1.6rem; height: .9rem; border: 1px solid var(--ink); vertical-align: middle; margin-right: .3rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; margin: .6rem 0 1rem; padding: .5rem .7rem; border: 1px solid var(--rule); }
.legend .item { white-space: nowrap; }
mark.v { color: inherit; padding: 0 .1em; border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-line: underline; }
mark.v-agrees { background: #d5efe6; text-decoration-style: solid; text-decoration-color: var(--agrees); }
mark.v-disputed { background: #fbebc6; text-decoration-style: dashed; text-decoration-color: #a86f00; }
mark.v-contradicted { background: #f8d5c2; text-decoration-style: double; text-decoration-color: var(--contradicted); text-decoration-thickness: 3px; }
mark.v-unsourced { background: #e8def2; text-decoration-style: dotted; text-decoration-color: var(--unsourced); }
mark.checked { background: #dcebf7; border-bottom: 2px solid #0072B2; }
mark:target, .note:target { outline: 3px solid #0072B2; outline-offset: 2px; }
mark sup.label { display: inline-block; text-decoration: none; font: bold 10px/1 system-ui, sans-serif; margin-left: .15em; padding: 0 .2em; border: 1px solid currentColor; border-radius: 3px; vertical-align: super; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 2rem; align-items: start; }
.draft { max-width: 46rem; }
nav.findings { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; border-left: 1px solid var(--rule); padding-left: 1rem; }
nav.findings ol { padding-left: 1.4rem; margin: .3rem 0; }
nav.findings li { margin: .25rem 0; }
.notes { margin: .2rem 0 1rem 1rem; padding: .1rem 0 .1rem .8rem; border-left: 3px solid var(--rule); }
.note { margin: .45rem 0; }
.note .head { font-weight: 600; }
.note ul { margin: .2rem 0; padding-left: 1.2rem; }
.note q, .sources-quote { font-family: Georgia, serif; font-style: italic; }
.badge { display: inline-block; font: bold 11px/1.3 system-ui, sans-serif; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3em; margin-right: .3em; }
.code { font: 12px ui-monospace, monospace; color: var(--muted); }
.image { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer.page { color: var(--muted); border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .6rem; padding-bottom: 1rem; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } nav.findings { position: static; max-height: none; border: 0; padding: 0; } }
@media print {
  body { font-size: 11pt; }
  header.page, main, footer.page { max-width: none; padding: 0; }
  .layout { display: block; }
  nav.findings { position: static; max-height: none; overflow: visible; border: 0; padding: 0; break-before: page; }
  .notes, .note, tr, .legend { break-inside: avoid; }
  th button::after { content: none !important; }
  a { color: inherit; }
  .noprint { display: none; }
}
`;

/** A small script that sorts a table by the column whose header is clicked; the page reads without it. */
const SORT_SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  var heads = table.querySelectorAll('thead th');
  heads.forEach(function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    // (On the heading, so that a click anywhere in it sorts; the button is for the keyboard.)
    th.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) { var cell = row.cells[column]; var v = cell.getAttribute('data-sort'); return v === null ? cell.textContent.trim() : v; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
        var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, undefined, { numeric: true });
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;

/** Tells a folder holding a report (which a later report may replace) from any other. */
export const GENERATOR_MARK = '<meta name="generator" content="corroborate report">';

export interface PageParts {
  title: string;
  /** Links above the title (to the class page). */
  crumbs?: Markup;
  body: Markup;
  /** Whether the page has a sortable table (then it carries the sorting script). */
  sortable?: boolean;
  generated: string;
}

export function page(parts: PageParts): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${trusted(GENERATOR_MARK)}
<title>${parts.title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header class="page">${parts.crumbs ? html`<p class="crumbs noprint">${parts.crumbs}</p>` : ''}<h1>${parts.title}</h1></header>
<main>
${parts.body}
</main>
<footer class="page">Made by Corroborate on ${parts.generated}. Values are checked against the sources listed on the class page; a value no source states is not wrong, only unconfirmed.</footer>
${parts.sortable ? html`<script>${trusted(SORT_SCRIPT)}</script>` : ''}
</body>
</html>
`.text;
}

/** The key to the colours, patterns and letters, as every page shows it. */
export function legend(): Markup {
  return html`<div class="legend" aria-label="Key">${CLAIM_VERDICTS.map((v) => html`<span class="item"><span class="swatch seg-${v}"></span><mark class="v v-${v}">value<sup class="label">${VERDICT_LOOK[v].letter}</sup></mark> ${VERDICT_LOOK[v].label}: ${VERDICT_LOOK[v].meaning}</span>`)}</div>`;
}
