// A source's page: its text with each sentence the drafts were checked against marked, under it the
// drafts' values checked against it (linked to them), and the drafts that cite the source.
import { isMarkdownSource } from '../../engine/index.js';
import type { SourceEntry } from './classPage.js';
import type { EvidenceUse } from './draftOutcome.js';
import { html, plural, trusted } from './html.js';
import { page } from './layout.js';
import { renderMarkdown, renderPlainText, type Highlight } from './markdown.js';

const UP = '../';

/** Renders a source's page; `fileOf` names the draft a draft page is of. */
export function renderSourcePage(source: SourceEntry, uses: readonly EvidenceUse[], fileOf: (draftPage: string) => string, generated: string): string {
  const bySentence = new Map<string, EvidenceUse[]>();
  for (const use of uses) {
    const key = `s-${use.start}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), use]);
  }
  const highlights: Highlight[] = [...bySentence].map(([id, list]) => {
    const drafts = new Set(list.map((u) => u.anchor.split('#')[0]));
    return { start: list[0]!.start, end: list[0]!.end, id, classes: ['checked'], title: `Checked against ${plural(list.length, 'value')} in ${plural(drafts.size, 'draft')}`, label: `${list.length}×` };
  });
  const notesFor = (ids: string[]) => html`<div class="notes">${ids.map((id) => {
    const list = bySentence.get(id) ?? [];
    const entries = list.map((u) => html`<li><a href="${UP}${u.anchor}">${fileOf(u.anchor.split('#')[0]!)}: ${u.value}</a> (${u.agrees ? 'agrees with' : 'differs from'} this sentence)</li>`);
    const sentence = list[0] ? source.text.slice(list[0].start, list[0].end).replace(/\s+/g, ' ') : '';
    return html`<div class="note"><div class="head"><a href="#${id}">${sentence.length > 90 ? `${sentence.slice(0, 88)}…` : sentence}</a>: checked against</div><ul>${entries}</ul></div>`;
  })}</div>`.text;
  const render = isMarkdownSource(source) ? renderMarkdown : renderPlainText;
  const text = trusted(render(source.text, highlights, notesFor));
  const citedBy = source.citedBy.length === 0
    ? html`<p>No draft cites it.</p>`
    : html`<ul>${source.citedBy.map((d) => html`<li><a href="${UP}${d.page}">${d.file}</a></li>`)}</ul>`;
  const about = [source.author ? `by ${source.author}` : undefined, source.kind, `key ${source.key}`].filter(Boolean).join(' · ');
  const body = html`<p class="meta">${about} · ${source.uri}</p>
<p class="hint">${plural(bySentence.size, 'sentence')} of this source ${bySentence.size === 1 ? 'was' : 'were'} checked against the drafts' values; ${bySentence.size === 1 ? 'it is' : 'they are'} marked in the text, with the values under ${bySentence.size === 1 ? 'it' : 'them'}.</p>
<h2>Drafts that cite it</h2>
${citedBy}
<h2>Text</h2>
<article class="draft">
${text}
</article>`;
  return page({ title: source.title, crumbs: html`<a href="${UP}index.html">← Class report</a>`, body, generated });
}
