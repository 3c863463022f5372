// Where a citation writes its page in the draft, to correct it: inside a pandoc citation (the key's
// locator), at the end of a parenthetical, or at the end of the footnote's definition.
import { pandocKeys } from './citations.js';
import type { OffsetEdit } from './citationEdits.js';
import { trailingPages, type CitedPages } from './pageLocators.js';
import type { Citation } from './types.js';

/** Where the citation's page stands in the draft's text, if it is still there as it was read. */
export function citedPagesIn(text: string, citation: Citation): CitedPages | undefined {
  const { start, end } = citation.range;
  let found: CitedPages | undefined;
  if (citation.form === 'pandoc') {
    found = pandocKeys(text.slice(start + 1, end - 1)).find((k) => k.key === citation.reference && k.page?.text === citation.page)?.page;
    if (found) found = { ...found, start: found.start + start + 1, end: found.end + start + 1 };
  } else if (citation.form === 'parenthetical') {
    found = trailingPages('parenthetical', text.slice(start + 1, end - 1), start + 1);
  } else if (citation.form === 'footnote' && citation.definitionRange) {
    const definition = citation.definitionRange;
    found = trailingPages('footnote', text.slice(definition.start, definition.end), definition.start);
  }
  return found && found.text === citation.page ? found : undefined;
}

/** The edit that writes `page` in place of the citation's page; undefined when it cannot be found. */
export function pageFixEdits(text: string, citation: Citation, page: string): OffsetEdit[] | undefined {
  const at = citedPagesIn(text, citation);
  return at ? [{ range: { start: at.start, end: at.end }, newText: page }] : undefined;
}
