// A frame in words, for the hover, the finding's data and `corroborate explain`:
// `deaths (Velmarchi) at Brannick Ford`, `length of the second siege of Tull Varen`.
import type { EventRef, FactFrame } from './types.js';

function refText(ref: EventRef): string {
  const ordinal = ref.ordinal === undefined ? '' : ref.ordinal === -1 ? 'last ' : `${['', 'first', 'second', 'third', 'fourth', 'fifth'][ref.ordinal] ?? `${ref.ordinal}th`} `;
  const type = ref.type && ref.type !== 'place' ? ref.type : '';
  const name = ref.key ? ref.text.replace(/^(the|this|that|its|a|an)\s+/i, '') : '';
  if (type && name && name.toLowerCase().includes(type)) return `the ${name}`;
  if (type && name) return `the ${ordinal}${type} (${name})`;
  if (type) return `the ${ordinal}${type}${ref.year ? ` of ${ref.year}` : ''}`;
  return name || ref.text;
}

const MEASURES: Record<string, (kind: string | undefined, thing: string | undefined) => string> = {
  count: (kind, thing) => kind ? `a count of ${kind.replace(/^measure:/, '')}` : thing ? `a count of ${thing}` : 'a count',
  duration: (kind, thing) => {
    const activity = thing ? ` (${thing})` : '';
    if (kind === 'length') return `how long it lasted${activity}`;
    if (kind === 'between') return `the time between two events${activity}`;
    if (kind === 'remaining') return `the time that remained${activity}`;
    return `a duration${activity}`;
  },
  date: (kind) => (kind ? `the date it ${kind === 'occurred' ? 'happened' : kind === 'span' ? 'spanned' : kind}` : 'a date'),
  fraction: (kind, thing) => `a share${kind ? ` of the ${kind}` : ''}${thing ? ` ${thing}` : ''}`,
};

export function describeFrame(frame: FactFrame): string {
  const parts = [MEASURES[frame.dimension]!(frame.measure.kind, frame.measure.thing)];
  const refs = frame.subject?.refs ?? [];
  if (refs.length === 1) parts.push(`of ${refText(refs[0]!)}`);
  else if (refs.length > 1) parts.push(`of ${refs.map(refText).join(' or ')}`);
  if (frame.measure.from) parts.push(`from ${frame.measure.from.ref ? refText(frame.measure.from.ref) : frame.measure.from.text}${frame.measure.from.phase ? ` (${frame.measure.from.phase})` : ''}`);
  if (frame.sides) parts.push(`[${frame.sides.join(', ')}]`);
  if (frame.group) parts.push(`[${frame.group}]`);
  if (frame.scope) parts.push(`[${frame.scope === 'opening' ? 'the opening months' : 'the whole war'}]`);
  return parts.join(' ');
}
