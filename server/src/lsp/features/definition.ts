// Go to definition: from a claim to the passages of the sources that state it, and from a citation
// (or a footnote's definition) to the source it cites.
import type { CancellationToken, DefinitionParams, Location } from 'vscode-languageserver';
import { citationLocations, claimLocations } from '../presentation.js';
import { pointedAt, within } from './pointedAt.js';
import type { ServerState } from './state.js';

export function provideDefinition(state: ServerState, params: DefinitionParams, token: CancellationToken): Location[] | null {
  if (token.isCancellationRequested) return null;
  const at = pointedAt(state, params);
  if (!at) return null;
  const { analysis, claim, corpus, offset } = at;
  if (claim) {
    const locations = claimLocations(claim, corpus);
    return locations.length > 0 ? locations : null;
  }
  // A footnote's definition leads to the source too.
  const citation = at.citation ?? analysis.report.citations.find((c) => c.definitionRange && within(offset, c.definitionRange));
  if (citation) {
    const locations = citationLocations(citation, analysis.report.claims, corpus);
    return locations.length > 0 ? locations : null;
  }
  return null;
}
