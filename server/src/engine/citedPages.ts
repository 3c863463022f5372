// The cited page, checked: a stage after the verdict. A claim that cites a source with pages (a PDF's
// page labels) at a page, where that source states the fact, agreeing, on another page and on none
// of the pages cited, is a citation-mismatch: "page 239 of "…" does not state this; page 241 does".
// It runs only where the verdict table found nothing: no other verdict changes. Conservative, as
// comparison is: a cited page the source does not have (an excerpt numbered otherwise), a page text
// that is no page, or an agreeing statement on a cited page, weak or strong, says nothing.
import type { Claim } from './claims.js';
import type { Match } from './comparison.js';
import type { CorpusIndex, IndexedSource } from './corpusIndex.js';
import { labelInSpan, pageSpan } from './pageLocators.js';
import { placeAt, type SourcePlace } from './types.js';

/** A citation whose page is wrong: the source, the page as cited, and the page that states the fact. */
export interface WrongPage {
  sourceKey: string;
  /** As the draft writes it: `239`, `239-41`. */
  cited: string;
  /** The label of the first page, in the source's order, whose statement agrees. */
  stated: string;
}

/** The page labels a statement stands on: where its sentence starts and where its value is. */
function pagesOf(match: Match, source: IndexedSource): string[] {
  const { sentence, value } = match.view.statement;
  const pages = [placeAt(source.places, sentence.range.start), placeAt(source.places, value.range.start)];
  return pages.filter((p): p is Extract<SourcePlace, { kind: 'page' }> => p?.kind === 'page').map((p) => p.label);
}

/** The first of the claim's cited sources whose cited page is wrong, if any (none when another citation of it is right). */
export function wrongCitedPage(claim: Claim, matches: readonly Match[], index: CorpusIndex): WrongPage | undefined {
  const right = new Set<string>();
  const wrong: WrongPage[] = [];
  for (const citation of claim.citations) {
    const key = citation.sourceKey;
    const source = key === undefined ? undefined : index.byKey.get(key);
    const span = citation.page === undefined ? undefined : pageSpan(citation.page);
    if (!source || !span || !source.places?.some((p) => p.kind === 'page')) continue;
    // (A page the source does not have: it may be numbered otherwise than the work cited.)
    if (!source.places.some((p) => p.kind === 'page' && labelInSpan(p.label, span))) continue;
    const agreeing = matches.filter((m) => m.agrees && m.view.statement.sourceKey === source.key);
    if (agreeing.some((m) => pagesOf(m, source).some((label) => labelInSpan(label, span)))) {
      right.add(source.key);
      continue;
    }
    const stated = agreeing.find((m) => m.decision.relation === 'same');
    const page = stated && pagesOf(stated, source).at(-1);
    if (page !== undefined) wrong.push({ sourceKey: source.key, cited: citation.page!, stated: page });
  }
  return wrong.find((w) => !right.has(w.sourceKey));
}

/** `Page 239 of "The Fall of Varnholt" does not state this; page 241 does.` */
export function wrongPageMessage(wrong: WrongPage, title: string): string {
  const range = /[-–—]/.test(wrong.cited);
  return `${range ? 'Pages' : 'Page'} ${wrong.cited} of "${title}" ${range ? 'do' : 'does'} not state this; page ${wrong.stated} does.`;
}
