// A frame in words, for the hover, the finding's data and `corroborate explain`:
// `the number of deaths in the battle (Brannick Ford) [Velmarchi]`, `how long the second siege lasted`.
import type { EventRef, FactFrame } from './types.js';

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

function refText(ref: EventRef): string {
  const ordinal = ref.ordinal === undefined ? '' : ref.ordinal === -1 ? 'last ' : `${ORDINALS[ref.ordinal] ?? `${ref.ordinal}th`} `;
  // (A work, `the Grand Pump Room`, is told by its name alone.)
  const type = ref.type && ref.type !== 'place' && ref.type !== 'work' ? ref.type : '';
  const name = ref.key ? ref.text.replace(/^(the|this|that|its|a|an)\s+/i, '') : '';
  if (type && name && name.toLowerCase().includes(type)) return `the ${name}`;
  if (type && name) return `the ${ordinal}${type} (${name})`;
  if (type) return `the ${ordinal}${type}${ref.year ? ` of ${ref.year}` : ''}`;
  return name || ref.text;
}

/** Date phases said with `was`: `when the treaty was signed`, not `when the treaty issued`. */
const DONE_TO = new Set(['issued', 'published', 'declared', 'retook', 'arrested', 'formed', 'reopened', 'captured', 'closed', 'sent', 'built']);
const PHASE_WORDS: Record<string, string> = {
  issued: 'issued or signed', retook: 'retaken', occurred: 'happened', countered: 'counter-attacked', verdict: 'reached its verdict', sent: 'sent',
};

function dateWords(kind: string | undefined, subject: string): string {
  if (!kind) return `a date${subject ? ` of ${subject}` : ''}`;
  const it = subject || 'it';
  if (kind === 'span') return `the dates ${it} spanned`;
  if (kind.startsWith('act:')) return `when ${kind.slice(4)} happened${subject ? ` (${subject})` : ''}`;
  // (`issued+ended`: a moment that is either phase, as the text leaves it.)
  const phases = kind.split('+').map((p) => (DONE_TO.has(p) ? `was ${PHASE_WORDS[p] ?? p}` : PHASE_WORDS[p] ?? p));
  return `when ${it} ${phases.join(' or ')}`;
}

/** How a frame's span of time reads. */
const SCOPE_WORDS: Record<string, string> = { opening: 'the opening months', whole: 'the whole war', 'so far': 'a part of it' };

function measureWords(frame: FactFrame, subject: string): string {
  const { kind, thing } = frame.measure;
  const of = subject ? ` of ${subject}` : '';
  switch (frame.dimension) {
    case 'count': {
      // (`part:apprentice`: those of a counted whole who were apprentices.)
      // (`children`, `women`: already plural.)
      if (kind?.startsWith('part:')) return `the number of ${kind.slice(5)}${/(ren|men)$/.test(kind) ? '' : 's'} among those counted${subject ? ` in ${subject}` : ''}`;
      const counted = kind === 'strength' ? 'troops' : (kind ?? thing)?.replace(/^measure:/, '');
      return counted ? `the number of ${counted}${subject ? ` in ${subject}` : ''}` : `a count${of}`;
    }
    case 'duration': {
      // `how long the siege lasted`, not `(siege)` again; `how long the strike lasted (closure)`.
      const activity = thing && !frame.subject?.refs.some((r) => r.type === thing) ? ` (${thing})` : '';
      if (kind === 'length') return `how long ${subject || 'it'} lasted${activity}`;
      // (`the time until Berlin was reached`, `the time until Japan was attacked`.)
      const to = frame.measure.to;
      if (kind === 'between' && to?.place !== undefined) return `the time until ${to.text} was ${to.phase === 'attacked' ? 'attacked' : 'reached'}${subject ? `, in ${subject}` : ''}${activity}`;
      if (kind === 'between') return `the time between two events${of}${activity}`;
      if (kind === 'remaining') return `the time that remained${of}${activity}`;
      return `a duration${of}${activity}`;
    }
    case 'date':
      return dateWords(kind, subject);
    default:
      return `a share${kind ? ` of the ${kind}` : ''}${thing ? ` (${thing})` : ''}${of}`;
  }
}

export function describeFrame(frame: FactFrame): string {
  const refs = frame.subject?.refs ?? [];
  const subject = refs.map(refText).join(' or ');
  const parts = [measureWords(frame, subject)];
  const from = frame.measure.from;
  if (from) parts.push(`from ${from.ref ? refText(from.ref) : from.text}${from.phase ? ` (${from.phase})` : ''}`);
  if (frame.place) parts.push(`at ${frame.place}`);
  if (frame.sides) parts.push(`[${frame.sides.join(', ')}]`);
  if (frame.group) parts.push(`[${frame.group}]`);
  if (frame.scope) parts.push(`[${SCOPE_WORDS[frame.scope] ?? frame.scope}]`);
  if (frame.cause) parts.push(`(of ${frame.cause})`);
  if (frame.invaded) parts.push(`(into ${frame.invaded})`);
  return parts.join(' ');
}
