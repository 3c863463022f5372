// The class page: a row per draft with its findings by code, its checked values and how many agree,
// a bar of its verdicts and a link to its page; then the sources used. The table reads and prints
// without script; a small inline script sorts it by the column clicked.
import { FINDING_CODES, type FindingCode, type SourceInput } from '../../engine/index.js';
import type { DraftSummary } from './draftOutcome.js';
import { html, plural, type Markup } from './html.js';
import { legend, page } from './layout.js';
import { verdictBar, verdictSentence } from './summaryParts.js';
import { CLAIM_VERDICTS, CODE_LABEL, type ClaimVerdict } from './verdicts.js';

/** A source as the report lists it. */
export interface SourceEntry {
  uri: string;
  /** How its text reads (a PDF's, a web page's or a Word file's text is Markdown or plain text). */
  format?: SourceInput['format'];
  key: string;
  title: string;
  author?: string;
  kind?: string;
  text: string;
  /** Its page, relative to the report's folder. */
  page: string;
  /** Drafts (their pages) that cite it, and how many sentences of it the drafts were checked against. */
  citedBy: DraftSummary[];
  sentencesChecked: number;
}

function draftRow(d: DraftSummary): Markup {
  const agreeShare = d.claims === 0 ? 0 : d.verdicts.agrees / d.claims;
  return html`<tr data-file="${d.file}">
<td><a href="${d.page}">${d.file}</a></td>
<td class="n">${d.words}</td>
<td class="n" data-field="claims">${d.claims}</td>
<td class="n" data-field="agrees">${d.verdicts.agrees}</td>
<td data-sort="${agreeShare.toFixed(4)}">${verdictBar(d.verdicts)}<span class="sr-only">${verdictSentence(d.verdicts)}</span></td>
${FINDING_CODES.map((c) => html`<td class="n" data-code="${c}">${d.counts[c]}</td>`)}
<td class="n" data-field="findings">${d.findings}</td>
</tr>`;
}

function totalsRow(drafts: DraftSummary[]): Markup {
  const sum = (f: (d: DraftSummary) => number) => drafts.reduce((t, d) => t + f(d), 0);
  const verdicts = Object.fromEntries(CLAIM_VERDICTS.map((v) => [v, sum((d) => d.verdicts[v])])) as Record<ClaimVerdict, number>;
  return html`<tr><th>All ${plural(drafts.length, 'draft')}</th><td class="n">${sum((d) => d.words)}</td><td class="n">${sum((d) => d.claims)}</td><td class="n">${verdicts.agrees}</td>
<td>${verdictBar(verdicts)}</td>${FINDING_CODES.map((c: FindingCode) => html`<td class="n">${sum((d) => d.counts[c])}</td>`)}<td class="n">${sum((d) => d.findings)}</td></tr>`;
}

function draftTable(drafts: DraftSummary[]): Markup {
  return html`<table class="sortable drafts">
<thead><tr><th>Draft</th><th class="n">Words</th><th class="n">Checked values</th><th class="n">Agree</th><th>At a glance</th>${FINDING_CODES.map((c) => html`<th class="n" title="${c}">${CODE_LABEL[c]}</th>`)}<th class="n">All findings</th></tr></thead>
<tbody>
${drafts.map(draftRow)}
</tbody>
<tfoot>${totalsRow(drafts)}</tfoot>
</table>`;
}

function sourceTable(sources: SourceEntry[]): Markup {
  if (sources.length === 0) return html`<p>No sources could be read: every value is reported as not in the sources.</p>`;
  const rows = sources.map((s) => html`<tr><td><a href="${s.page}">${s.title}</a></td><td>${s.author ?? ''}</td><td>${s.kind ?? ''}</td><td class="n">${s.citedBy.length}</td><td class="n">${s.sentencesChecked}</td></tr>`);
  return html`<table class="sortable sources">
<thead><tr><th>Title</th><th>Author</th><th>Kind</th><th class="n">Cited by (drafts)</th><th class="n">Sentences checked against</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export function renderClassPage(drafts: DraftSummary[], sources: SourceEntry[], generated: string): string {
  const claims = drafts.reduce((t, d) => t + d.claims, 0);
  const findings = drafts.reduce((t, d) => t + d.findings, 0);
  const body = html`<p class="meta">${plural(drafts.length, 'draft')} · ${plural(claims, 'checked value')} · ${plural(findings, 'finding')} · ${plural(sources.length, 'source')}</p>
${legend()}
<p class="hint">A checked value is a number, length of time, date or share in a draft. The bar shows each draft's values by what the sources say of them; the counts are the findings by kind, as <code>corroborate check</code> reports them. Open a draft to see each value in its text.<span class="noprint"> Click a column's heading to sort by it.</span></p>
<h2>Drafts</h2>
${draftTable(drafts)}
<h2>Sources used</h2>
${sourceTable(sources)}`;
  return page({ title: 'Class report', body, sortable: true, generated });
}
