// Synthetic inputs for the benchmark and the cache tests: sources and drafts about made-up events in
// made-up places (never real history), with names, dates, counts, durations and shares, so that the
// engine has realistic work to do. Deterministic: the same seed gives the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const ONSETS = ['Br', 'K', 'V', 'Th', 'Gr', 'M', 'St', 'D', 'L', 'Sk', 'Tr', 'H', 'Orm', 'Ald', 'Z', 'Fen', 'Qu', 'R', 'Ny', 'Ul'];
const MIDDLES = ['ar', 'es', 'ol', 'un', 'ir', 'av', 'eth', 'orn', 'il', 'ast', 'ev', 'ul', 'ami', 'ora'];
const ENDINGS = ['holt', 'by', 'mark', 'vel', 'stad', 'wick', 'grad', 'ford', 'ane', 'ium', 'heim', 'port', 'mere', 'ton'];
const GIVEN = ['Arvid', 'Mirela', 'Tobin', 'Severa', 'Kasimir', 'Idony', 'Rask', 'Elvane', 'Oswin', 'Brana', 'Lutek', 'Hedda', 'Corvin', 'Ysolde', 'Pell', 'Marit'];
const EVENT_KINDS = ['Siege', 'Battle', 'Treaty', 'Rising', 'Blockade', 'Famine', 'Flood', 'March', 'Council', 'Mutiny'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const GROUPS = ['soldiers', 'defenders', 'townspeople', 'prisoners', 'ships', 'wagons', 'refugees', 'sailors', 'guildsmen', 'horses'];
const CASUALTY_GROUPS = ['defenders', 'townspeople', 'soldiers', 'sailors'];
const FRACTIONS = ['a third', 'half', 'a quarter', 'two thirds', 'three quarters', 'a fifth'];
const HEDGES = ['about ', 'nearly ', 'over ', 'some ', 'around ', 'at least ', '', '', ''];
const FILLER = [
  'The chroniclers of the period disagree on much of this, and later writers repeated their errors.',
  'Letters from the time describe the mood in the streets as anxious but orderly.',
  'Historians still argue over how much the weather shaped what followed.',
  'The records of the harbour office survive only in part.',
  'Many of the accounts were written decades afterwards by men who had not been there.',
  'What is certain is that the town never quite recovered its old standing.',
  'Travellers passing through in later years remarked on the ruined walls.',
  'The guild ledgers give a rather different picture from the official reports.',
];

export interface World {
  places: string[];
  people: string[];
  events: WorldEvent[];
}

export interface WorldEvent {
  name: string; // `the Siege of Varnholt`
  place: string;
  leader: string;
  year: number;
  month: number; // 0-based
  day: number;
  days: number; // how long it lasted
  casualties: number;
  group: string;
  count: number; // how many of `group` took part
  share: string; // a fraction of the garrison that was lost
}

function placeName(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(MIDDLES) + rng.pick(ENDINGS);
}

/** A made-up world: places, people and events with their "true" figures. */
export function makeWorld(seed: number, eventCount = 400): World {
  const rng = new Rng(seed);
  const places = new Set<string>();
  while (places.size < Math.max(40, eventCount / 2)) places.add(placeName(rng));
  const placeList = [...places];
  const people = new Set<string>();
  while (people.size < 120) people.add(`${rng.pick(GIVEN)} ${placeName(rng).replace(/(holt|by|mark|vel|stad|wick|grad|ford|ane|ium|heim|port|mere|ton)$/, 'sen')}`);
  const peopleList = [...people];
  const events: WorldEvent[] = [];
  const names = new Set<string>();
  while (events.length < eventCount) {
    const place = rng.pick(placeList);
    const kind = rng.pick(EVENT_KINDS);
    const name = `the ${kind} of ${place}`;
    if (names.has(name)) continue;
    names.add(name);
    events.push({
      name,
      place,
      leader: rng.pick(peopleList),
      year: rng.int(1420, 1890),
      month: rng.int(0, 11),
      day: rng.int(1, 28),
      days: rng.int(3, 400),
      casualties: rng.pick([rng.int(20, 900), rng.int(1, 90) * 100, rng.int(2, 60) * 1000]),
      group: rng.pick(GROUPS),
      count: rng.pick([rng.int(2, 40) * 100, rng.int(1, 30) * 1000]),
      share: rng.pick(FRACTIONS),
    });
  }
  return { places: placeList, people: peopleList, events };
}

function formatCount(n: number, rng: Rng): string {
  if (n >= 1000 && n % 1000 === 0 && rng.chance(0.3)) return `${n / 1000},000`;
  if (n >= 10000 && rng.chance(0.2)) return `${(n / 1000).toFixed(0)} thousand`;
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

function formatDate(e: WorldEvent, rng: Rng): string {
  const month = MONTH_NAMES[e.month]!;
  switch (rng.int(0, 3)) {
    case 0:
      return `${e.day} ${month} ${e.year}`;
    case 1:
      return `${month} ${e.day}, ${e.year}`;
    case 2:
      return `the ${e.day}th of ${month} ${e.year}`;
    default:
      return `${month} ${e.year}`;
  }
}

/** A figure that is, now and then, wrong: sources disagree and drafts make mistakes. */
function perturb(n: number, rng: Rng, p: number): number {
  if (!rng.chance(p)) return n;
  const factor = rng.pick([0.5, 0.8, 1.25, 1.5, 2]);
  return Math.max(2, Math.round(n * factor));
}

/** One sentence about an event. `errorRate` is how often a figure departs from the world's. */
export function sentenceAbout(e: WorldEvent, rng: Rng, errorRate: number, world: World): string {
  const Name = e.name.charAt(0).toUpperCase() + e.name.slice(1);
  const days = perturb(e.days, rng, errorRate);
  const casualties = perturb(e.casualties, rng, errorRate);
  const count = perturb(e.count, rng, errorRate);
  const year = rng.chance(errorRate) ? e.year + rng.pick([-2, -1, 1, 3]) : e.year;
  const ev = { ...e, year };
  switch (rng.int(0, 13)) {
    case 0:
      return `${Name} lasted ${days} days.`;
    case 1:
      return `${Name} began on ${formatDate(ev, rng)}, when ${e.leader} led ${rng.pick(HEDGES)}${formatCount(count, rng)} ${e.group} out of ${rng.pick(world.places)}.`;
    case 2:
      return `${rng.pick(HEDGES).replace(/^./, (c) => c.toUpperCase()) || 'Some '}${formatCount(casualties, rng)} ${rng.pick(CASUALTY_GROUPS)} were killed during ${e.name}.`;
    case 3:
      return `After ${days} days of fighting, the garrison of ${e.place} surrendered to ${e.leader}.`;
    case 4:
      return `By the end, ${e.share} of the garrison of ${e.place} had been lost.`;
    case 5:
      return `${e.leader} signed the order on ${formatDate(ev, rng)}, ${rng.pick(SMALL)} weeks after the council met in ${rng.pick(world.places)}.`;
    case 6:
      return `It went on for ${Math.max(1, Math.round(days / 7))} weeks, and ${rng.pick(HEDGES)}${formatCount(casualties, rng)} people died.`;
    case 7:
      return `In ${ev.year} the people of ${e.place} sent ${formatCount(count, rng)} ${e.group} to relieve the town.`;
    case 8:
      return `${e.leader} held ${e.place} for ${days} days before the relief column arrived.`;
    case 9:
      return `Contemporary accounts put the dead of ${e.name} at ${rng.pick(HEDGES)}${formatCount(casualties, rng)}, though the figure is disputed.`;
    case 10:
      return `${Name} ended on ${formatDate({ ...ev, day: ((e.day + 10) % 28) + 1 }, rng)}, after ${Math.max(1, Math.round(days / 30))} months.`;
    case 11:
      return `Around ${rng.int(2, 9)}0 percent of the ${e.group} in ${e.place} were lost.`;
    case 12:
      return `The council of ${e.place} met ${rng.pick(SMALL)} times in ${ev.year} to decide on terms with ${e.leader}.`;
    default:
      return rng.pick(FILLER);
  }
}

const VERBS = ['wrote to', 'quarrelled with', 'sent envoys to', 'was received by', 'distrusted', 'owed money to', 'praised', 'complained about'];
const TOPICS = ['the state of the roads', 'the price of grain', 'the harbour dues', 'the conduct of the militia', 'the repair of the walls', 'the rights of the guilds', 'the river crossings', 'the winter stores'];
const OPENERS = ['Meanwhile', 'In the weeks that followed', 'According to the town chronicle', 'At the same time', 'Later', 'Even so', 'For a while'];

/** A sentence without figures: names, places and the talk around events, as most prose is. */
export function fillerAbout(e: WorldEvent, rng: Rng, world: World): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `${e.leader} ${rng.pick(VERBS)} the council of ${e.place} about ${rng.pick(TOPICS)}.`;
    case 1:
      return `${rng.pick(OPENERS)}, the merchants of ${rng.pick(world.places)} ${rng.pick(VERBS)} ${e.leader}.`;
    case 2:
      return `The people of ${e.place} remembered ${e.name} long afterwards, and ${rng.pick(world.people)} later wrote about ${rng.pick(TOPICS)} there.`;
    case 3:
      return `${rng.pick(OPENERS)}, ${rng.pick(world.people)} argued that ${rng.pick(TOPICS)} mattered more than the fighting itself.`;
    default:
      return rng.pick(FILLER);
  }
}

export interface SyntheticSource {
  file: string;
  key: string;
  title: string;
  author: string;
  kind: string;
  text: string;
}

/** One source: a page of paragraphs about a few related events, in Markdown or plain text. */
export function makeSource(world: World, rng: Rng, index: number, targetBytes: number): SyntheticSource {
  const markdown = rng.chance(0.5);
  const events = Array.from({ length: rng.int(2, 6) }, () => rng.pick(world.events));
  const author = rng.pick(world.people);
  const title = `${events[0]!.name.replace(/^the /, 'The ')}: ${rng.pick(['a history', 'notes', 'new evidence', 'an account', 'the records'])}`;
  const lines: string[] = [];
  if (markdown) lines.push(`# ${title}`, '', `By ${author}`, '');
  else lines.push(title, `By ${author}`, '');
  let bytes = 0;
  let section = 0;
  while (bytes < targetBytes) {
    const e = events[section % events.length]!;
    if (markdown && rng.chance(0.25)) {
      const heading = `## ${e.name.replace(/^the /, 'The ')}`;
      lines.push(heading, '');
      bytes += heading.length + 2;
    }
    const sentences: string[] = [];
    const n = rng.int(3, 8);
    for (let i = 0; i < n; i++) {
      const about = rng.chance(0.8) ? e : rng.pick(events);
      // About one sentence in four states a figure, as in the bundled corpus.
      sentences.push(rng.chance(0.25) ? sentenceAbout(about, rng, 0.08, world) : fillerAbout(about, rng, world));
    }
    const paragraph = sentences.join(' ');
    lines.push(paragraph, '');
    bytes += paragraph.length + 2;
    section++;
  }
  const key = `src${String(index).padStart(5, '0')}`;
  return { file: `${key}.${markdown ? 'md' : 'txt'}`, key, title, author, kind: rng.pick(['article', 'blog post', 'chronicle', 'forum post']), text: lines.join('\n') };
}

/** Sources totalling about `totalBytes`, each between 8 and 120 KB (or `sizesKb`). */
export function makeCorpus(world: World, seed: number, totalBytes: number, sizesKb: readonly number[] = [8, 16, 24, 40, 64, 120]): SyntheticSource[] {
  const rng = new Rng(seed);
  const sources: SyntheticSource[] = [];
  let total = 0;
  while (total < totalBytes) {
    const size = Math.min(totalBytes - total + 200, rng.pick(sizesKb) * 1024);
    const source = makeSource(world, rng, sources.length, size);
    sources.push(source);
    total += Buffer.byteLength(source.text);
  }
  return sources;
}

/** Writes sources into `dir` with a manifest.json. Returns the total bytes written. */
export function writeCorpus(dir: string, sources: SyntheticSource[]): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const s of sources) {
    writeFileSync(path.join(dir, s.file), s.text);
    bytes += Buffer.byteLength(s.text);
  }
  const manifest = { sources: sources.map((s) => ({ file: s.file, key: s.key, title: s.title, author: s.author, kind: s.kind })) };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return bytes;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A draft of about `words` words: sections with headings, paragraphs of claims (some wrong, some
 * uncited), pandoc citations and footnotes naming corpus sources, a list now and then.
 */
export function makeDraft(world: World, sources: Pick<SyntheticSource, 'key' | 'title'>[], seed: number, words: number): string {
  const rng = new Rng(seed);
  const out: string[] = [`# ${rng.pick(world.events).name.replace(/^the /, 'The ')} and its aftermath`, ''];
  const footnotes: string[] = [];
  // Words of everything written, footnote definitions included: the draft ends at `words`.
  let count = countWords(out[0]!);
  while (count < words) {
    const e = rng.pick(world.events);
    if (rng.chance(0.3)) {
      const heading = `## ${e.name.replace(/^the /, 'The ')}`;
      out.push(heading, '');
      count += countWords(heading);
    }
    const sentences: string[] = [];
    const n = rng.int(3, 7);
    for (let i = 0; i < n && count < words; i++) {
      const about = rng.chance(0.85) ? e : rng.pick(world.events);
      let s = rng.chance(0.4) ? sentenceAbout(about, rng, 0.15, world) : fillerAbout(about, rng, world);
      const roll = rng.next();
      if (roll < 0.35 && sources.length > 0) s = s.replace(/\.$/, ` [@${rng.pick(sources).key}].`);
      else if (roll < 0.5 && sources.length > 0) {
        const label = footnotes.length + 1;
        const definition = `[^${label}]: ${rng.pick(sources).title}.`;
        footnotes.push(definition);
        count += countWords(definition);
        s = `${s}[^${label}]`;
      }
      sentences.push(s);
      count += countWords(s);
    }
    if (sentences.length === 0) break;
    if (rng.chance(0.1)) {
      const items = sentences.map((s) => `- ${s}`);
      out.push(...items, '');
    } else out.push(sentences.join(' '), '');
  }
  if (footnotes.length > 0) out.push(...footnotes, '');
  return out.join('\n');
}
