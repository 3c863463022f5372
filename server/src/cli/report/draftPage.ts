// A draft's page: its text rendered from its Markdown with each checked value marked by its verdict,
// under each paragraph the notes for its values (the findings, the source values and the quoted
// source sentences), and beside it the findings in reading order, each linked to its value.
import type { Root as MarkdownTree } from 'mdast';
import { normalValueText, type CorpusIndex, type Evidence } from '../../engine/index.js';
import type { DraftItem, DraftJob, DraftSummary, SourcePages } from './draftOutcome.js';
import { html, plural, trusted, type Markup } from './html.js';
import { legend, page } from './layout.js';
import { renderMarkdown, type Highlight } from './markdown.js';
import { verdictBar, verdictSentence } from './summaryParts.js';
import { CODE_LABEL, VERDICT_LOOK } from './verdicts.js';

export interface DraftPageInput {
  job: DraftJob;
  items: DraftItem[];
  summary: DraftSummary;
  index: CorpusIndex;
  sourcePages: SourcePages;
  generated: string;
  /** The draft's Markdown tree, when the check's parse gave it (else the text is parsed here). */
  tree?: MarkdownTree;
}

/** From a draft's page to the report's folder. */
const UP = '../';

const labelOf = (item: DraftItem) => `${VERDICT_LOOK[item.verdict].letter}${item.number}`;

function evidenceLine(e: Evidence, input: DraftPageInput): Markup {
  const source = input.index.byKey.get(e.sourceKey);
  const pageOf = source ? input.sourcePages[source.uri] : undefined;
  const title = pageOf ? html`<a href="${UP}${pageOf}#s-${e.sentenceRange.start}">${e.sourceTitle}</a>` : html`${e.sourceTitle}`;
  const about = [source?.author, e.sourceKind, e.part === 'comment' ? 'a reader comment' : undefined].filter(Boolean).join(', ');
  return html`<li><strong>${normalValueText(e.valueText)}</strong> in ${title}${about ? ` (${about})` : ''}: ${e.agrees ? 'agrees' : 'disagrees'}. <q>${e.sentence}</q></li>`;
}

/** A frame's description is shown only when it reads as words (some carry the checker's own notation). */
function readsAsProse(frame: string): boolean {
  return frame !== '' && !/[:[\]{}+_]/.test(frame);
}

function noteOf(item: DraftItem, input: DraftPageInput): Markup {
  const look = VERDICT_LOOK[item.verdict];
  const claim = item.claim;
  const findings = item.findings.map((f) => html`<p><span class="badge">${CODE_LABEL[f.code]}</span>${f.message} <span class="code">${f.code}</span></p>`);
  const closest = claim?.closest && claim.evidence.length === 0
    ? html`<p class="hint">Nearest source statement, not taken as the same fact (${claim.closest.because}): <q>${claim.closest.sentence}</q></p>`
    : '';
  return html`<div class="note" id="n-${item.id}">
<div class="head"><span class="badge">${labelOf(item)}</span><a href="#${item.id}">${item.text}</a>: ${look.label} <span class="code">line ${item.line}</span></div>
${item.findings.length === 0 ? html`<p>No finding: ${look.meaning}.</p>` : findings}
${claim && readsAsProse(claim.frame) ? html`<p class="hint">Read as: ${claim.frame}.</p>` : ''}
${claim && claim.evidence.length > 0 ? html`<ul>${claim.evidence.map((e) => evidenceLine(e, input))}</ul>` : closest}
</div>`;
}

function marginList(items: DraftItem[]): Markup {
  const flagged = items.filter((item) => item.findings.length > 0);
  const entries = flagged.map((item) => html`<li><a href="#${item.id}"><span class="badge">${labelOf(item)}</span>${item.text}</a> <span class="code">line ${item.line}</span><br>${item.findings.map((f) => CODE_LABEL[f.code]).join('; ')}</li>`);
  return html`<nav class="findings" aria-label="Findings in reading order"><h2>Findings in reading order</h2>
${flagged.length === 0 ? html`<p>No findings.</p>` : html`<ol>${entries}</ol>`}</nav>`;
}

export function renderDraftPage(input: DraftPageInput): string {
  const { job, items, summary } = input;
  const byId = new Map(items.map((item) => [item.id, item]));
  const highlights: Highlight[] = items.map((item) => ({
    start: item.start,
    end: item.end,
    id: item.id,
    classes: ['v', `v-${item.verdict}`],
    title: `${VERDICT_LOOK[item.verdict].label}${item.findings.length > 0 ? `: ${item.findings.map((f) => CODE_LABEL[f.code]).join(', ')}` : ''}`,
    label: labelOf(item),
  }));
  const notesFor = (ids: string[]) => html`<div class="notes">${ids.map((id) => byId.get(id)).filter((item): item is DraftItem => !!item).map((item) => noteOf(item, input))}</div>`.text;
  const text = trusted(renderMarkdown(job.text, highlights, notesFor, input.tree));
  const body = html`<p class="meta">${plural(summary.words, 'word')} · ${plural(summary.claims, 'checked value')}: ${verdictSentence(summary.verdicts)} · ${plural(summary.findings, 'finding')}</p>
${verdictBar(summary.verdicts)}
${legend()}
<p class="hint noprint">Each checked value is marked; the notes under its paragraph say what the sources say of it. The letter and number beside a value match its note.</p>
<div class="layout">
<article class="draft">
${text}
</article>
${marginList(items)}
</div>`;
  return page({ title: job.file, crumbs: html`<a href="${UP}index.html">← Class report</a>`, body, generated: input.generated });
}
