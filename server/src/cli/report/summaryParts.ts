// A draft's claims at a glance: a bar of agreeing / disputed / contradicted / not-in-sources values
// (each a pattern as well as a colour), and the same in words for those who cannot see it.
import { html, type Markup } from './html.js';
import { CLAIM_VERDICTS, VERDICT_LOOK, type ClaimVerdict } from './verdicts.js';

/** `12 agree, 1 disputed, 0 contradicted, 3 not in the sources` */
export function verdictSentence(verdicts: Record<ClaimVerdict, number>): string {
  const words: Record<ClaimVerdict, string> = { agrees: 'agree', disputed: 'disputed', contradicted: 'contradicted', unsourced: 'not in the sources' };
  return CLAIM_VERDICTS.map((v) => `${verdicts[v]} ${words[v]}`).join(', ');
}

export function verdictBar(verdicts: Record<ClaimVerdict, number>): Markup {
  const total = CLAIM_VERDICTS.reduce((sum, v) => sum + verdicts[v], 0);
  const segments = total === 0 ? [] : CLAIM_VERDICTS.filter((v) => verdicts[v] > 0).map((v) => {
    const share = (verdicts[v] / total) * 100;
    return html`<span class="seg-${v}" style="width:${share.toFixed(2)}%" title="${verdicts[v]} ${VERDICT_LOOK[v].label.toLowerCase()}"></span>`;
  });
  return html`<div class="bar" role="img" aria-label="${verdictSentence(verdicts)}">${segments}</div>`;
}
