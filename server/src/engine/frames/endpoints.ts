// The two events of a time between: `ten months after the first siege ended` runs from (the first
// siege, ended) to the event of the value's own clause (`the second siege began`).
import type { Token } from '../tokens.js';
import { DATE_PHASES, DOCUMENT_TYPES, ORDINALS, SOFTENERS } from './lexicon.js';
import { classAt, leadOf, type ValueSite } from './measure.js';
import type { Mention } from './mentions.js';
import type { Endpoint, EventRef } from './types.js';

const FORWARD = new Set(['after', 'since', 'following']);
const BACKWARD = new Set(['before', 'until', 'till']);

function phaseIn(tokens: readonly Token[], from: number, to: number, nearestTo: number): string | undefined {
  let best: [number, string] | undefined;
  for (let i = from; i < to; i++) {
    const phase = classAt(tokens, i, DATE_PHASES);
    if (phase && (!best || Math.abs(i - nearestTo) < best[0])) best = [Math.abs(i - nearestTo), phase];
  }
  return best?.[1];
}

/** The event an anchor phrase names: a mention in it, or `the first` with its noun left out. */
function anchorRef(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): EventRef | undefined {
  const mention = mentions.find((m) => m.first >= from && m.first < to && resolved.has(m));
  // (`after the city had fallen`: which place, and so which event, `the city` means is a guess.)
  if (mention) return mention.kind === 'anaphor' && mention.ref.type === 'place' ? { ...resolved.get(mention)!, guessed: true } : resolved.get(mention);
  // `after the first had ended`, `after the first one ended`: the kind of the sentence's other event.
  for (let i = from; i < to; i++) {
    const ordinal = ORDINALS.get(tokens[i]!.lower);
    if (ordinal === undefined || !/^(one|had|has|was|were|ended|began|time|did)?$/.test(tokens[i + 1]?.lower ?? '')) continue;
    const type = mentions.find((m) => m.kind === 'event' && m.ref.type)?.ref.type;
    return { ordinal, text: tokens.slice(i - 1, i + 1).map((t) => t.text).join(' '), ...(type ? { type } : {}) };
  }
  return undefined;
}

/** The moment an anchor phrase from token `from` to `to` tells (`after the first siege ended`): its event and phase, in its first words. */
function anchorEndpoint(t: readonly Token[], from: number, to: number, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): Endpoint | undefined {
  const text = t.slice(from, Math.min(to, from + 6)).map((x) => x.text).join(' ');
  return endpoint(anchorRef(t, from, to, mentions, resolved), phaseIn(t, from, to, from), text);
}

function endpoint(ref: EventRef | undefined, phase: string | undefined, text: string): Endpoint | undefined {
  if (!ref && !phase) return undefined;
  return { text, ...(ref ? { ref } : {}), ...(phase ? { phase } : {}) };
}

/**
 * `rescuers took six days to reach the last survivors`, `worked for six weeks to reach …`: the time
 * until what the `to` clause says; from the anchor the sentence names before (`After the flood, …`).
 */
function untilEndpoints(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): { from?: Endpoint; to?: Endpoint } {
  const t = site.tokens;
  const result: { from?: Endpoint; to?: Endpoint } = {};
  const toAt = t.findIndex((x, i) => i >= site.end && i < site.end + 6 && x.lower === 'to' && t[i + 1]?.kind === 'word');
  if (toAt >= 0) {
    const phase = phaseIn(t, toAt + 1, Math.min(t.length, toAt + 3), toAt + 1);
    if (phase) result.to = { phase, text: t.slice(toAt + 1, toAt + 5).map((x) => x.text).join(' ') };
  }
  const anchor = mentions.find((m) => m.role === 'anchor' && m.end <= site.first && resolved.has(m));
  if (anchor) result.from = { ref: resolved.get(anchor)!, text: anchor.ref.text };
  // `another two years to reach Berlin after the battle ended`: from the moment told after `after`.
  const afterAt = toAt >= 0 ? t.findIndex((x, i) => i > toAt && i < site.clause[1] && x.lower === 'after') : -1;
  const told = !anchor && afterAt >= 0 ? anchorEndpoint(t, afterAt + 1, site.clause[1], mentions, resolved) : undefined;
  if (told) result.from = told;
  return result;
}

/**
 * `the Pact signed just two years earlier`, `the treaty signed six years later`: the time from (or
 * up to) the moment the verb right before it tells, of what is named just before that verb.
 */
function verbEndpoint(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): { from?: Endpoint; to?: Endpoint } | undefined {
  const t = site.tokens;
  // (Past the value's hedge, `almost two years`, and a softener, `just two years`.)
  let k = leadOf(site) - 1;
  while (k >= 0 && SOFTENERS.has(t[k]!.lower)) k--;
  const phase = k >= 0 ? classAt(t, k, DATE_PHASES) : undefined;
  if (!phase) return undefined;
  const named = [...mentions].reverse().find((m) => m.end <= k && k - m.end <= 2 && resolved.has(m));
  const end = endpoint(named ? resolved.get(named) : undefined, phase, t.slice(named?.first ?? k, k + 1).map((x) => x.text).join(' '))!;
  return t[site.end]?.lower === 'earlier' ? { from: end } : { to: end };
}

/**
 * `the order came three months after …`, `Order No. 227 followed in August 1942`: a document, named
 * from token `from` on and before `to`, that came or followed then, and so was issued then.
 */
export function documentCame(t: readonly Token[], mentions: readonly Mention[], from: number, to: number): Mention | undefined {
  return mentions.find((m) => m.first >= from && m.end < to && DOCUMENT_TYPES.has(m.ref.type ?? '') && /^(came|followed)$/.test(t[m.end]?.lower ?? ''));
}

/** Whether a time between is told from an event named after it (`after`, `since`, `before`, `until`). */
export function toldFromAnAnchor(site: ValueSite): boolean {
  const word = site.tokens[site.end]?.lower ?? '';
  return FORWARD.has(word) || BACKWARD.has(word);
}

/** `from` and `to` of a time between, as far as the sentence says them. */
export function endpoints(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): { from?: Endpoint; to?: Endpoint } {
  const t = site.tokens;
  const word = t[site.end]?.lower ?? '';
  if (word === 'earlier' || word === 'later') {
    const told = verbEndpoint(site, mentions, resolved);
    if (told) return told;
  }
  if (!toldFromAnAnchor(site)) return untilEndpoints(site, mentions, resolved);
  const anchor = anchorEndpoint(t, site.end + 1, site.clause[1], mentions, resolved);
  // The value's own event: the phase its clause says before it (`The second siege began only ten months after`),
  // else the sentence's (`The town fell on 1 August, ten months after …`).
  const [clauseFrom] = site.clause;
  const ownPhase = phaseIn(t, clauseFrom, site.first, site.first) ?? phaseIn(t, 0, clauseFrom, clauseFrom) ??
    (documentCame(t, mentions, clauseFrom, site.first) ? 'issued' : undefined);
  // (Of the event its clause names before it, if any: `the pact had been signed only a year before the invasion`.)
  const ownMention = [...mentions].reverse().find((m) => m.first >= clauseFrom && m.end <= site.first && m.kind === 'event' && resolved.has(m));
  const own = endpoint(ownPhase !== undefined && ownMention ? resolved.get(ownMention) : undefined, ownPhase, ownPhase ?? '');
  const forward = FORWARD.has(word);
  const result: { from?: Endpoint; to?: Endpoint } = {};
  const from = forward ? anchor : own;
  const to = forward ? own : anchor;
  if (from) result.from = from;
  if (to) result.to = to;
  return result;
}

/** A place or target a time runs up to: its key, and its name as the text writes it. */
export interface Target {
  key: string;
  text: string;
}

/** Words of going that name the way to a place: `the march to Berlin`. */
const WAY_WORDS = new Set(['march', 'advance', 'drive', 'push', 'road', 'journey', 'way', 'trek', 'voyage']);

/**
 * The place a time runs up to the reaching or taking of: one the mentions read as reached or taken
 * (`Mention.reached`), after `to` or `before` in the value's clause after it (`took three years and
 * nine months to reach Berlin`, `two years and nine months of fighting for the Soviets to eventually
 * take Berlin`, `four more years of fighting before the Red Army reached Berlin`); or the way there
 * that took it, before the value (`the march to Berlin took three years`).
 */
export function placeReached(site: ValueSite, mentions: readonly Mention[]): Target | undefined {
  const t = site.tokens;
  const target = (m: Mention | undefined): Target | undefined => (m?.ref.key !== undefined ? { key: m.ref.key, text: m.ref.text } : undefined);
  const upTo = (m: Mention) => t.slice(site.end, m.first).some((x) => x.lower === 'to' || BACKWARD.has(x.lower));
  const reached = mentions.find((m) => m.reached && m.first >= site.end && m.end <= site.clause[1] && upTo(m));
  if (reached) return target(reached);
  for (let i = site.clause[0]; i < site.first - 2; i++) {
    if (!WAY_WORDS.has(t[i]!.lower)) continue;
    // (`The march from there to Berlin took …`: past where the way set out from.)
    let to = i + 1;
    if (t[to]?.lower === 'from') while (to < Math.min(i + 6, site.first) && t[to]!.lower !== 'to' && t[to]!.kind !== 'punct') to++;
    if (t[to]?.lower !== 'to') continue;
    const k = t[to + 1]?.lower === 'the' ? to + 2 : to + 1;
    return target(mentions.find((m) => m.first === k && (m.kind === 'other' || m.kind === 'name' || m.located || m.ref.type === 'place')));
  }
  return undefined;
}

/** Verbs of attacking what follows them (`attacked Japan`), and words before a target (`war on`, `against`). */
const ATTACKING = new Set(['attack', 'attacks', 'attacked', 'attacking', 'invade', 'invades', 'invaded', 'invading']);

/**
 * Whom the deed a time after an event runs up to was done against, in the sentence outside the event
 * it counts from: `three months after the fall of the Nazi regime, the Red Army marched against the
 * Japanese Empire`, `the Red Army attacks Japan just six weeks after Germany's surrender`, `declared
 * war on Japan 3 weeks after Germany fell`, `the gap between Germany's defeat and the attack on Japan`.
 * Its name's first word (`Japanese Empire` is `japan …`).
 */
export function targetAttacked(site: ValueSite, mentions: readonly Mention[]): Target | undefined {
  const t = site.tokens;
  // (Or a gap between two events, the later an attack: `| Gap between Germany's defeat and the Soviet attack on Japan | two months |`.)
  const forward = FORWARD.has(t[site.end]?.lower ?? '');
  if (!forward && !t.some((x) => x.lower === 'between')) return undefined;
  let anchorEnd = forward ? site.end + 1 : site.first;
  for (let depth = 0; forward && anchorEnd < t.length; anchorEnd++) {
    const x = t[anchorEnd]!.text;
    if (x === '(') depth++;
    else if (x === ')') depth--;
    else if (depth === 0 && /^[,;.]$/.test(x)) break;
  }
  const against = (m: Mention) => {
    const before = t[m.first - 1]?.lower ?? '';
    return m.role === 'opponent' || ATTACKING.has(before) || before === 'against' || (before === 'on' && /^(war|attack|attacks|assault)$/.test(t[m.first - 2]?.lower ?? ''));
  };
  const target = mentions.find((m) => (m.end <= site.first || m.first > anchorEnd) && m.ref.key !== undefined && m.kind !== 'event' && against(m));
  return target ? { key: target.ref.key!.split(' ')[0]!, text: target.ref.text } : undefined;
}

