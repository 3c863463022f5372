// General English that says what a value is about: kinds of count, kinds of event, what lasts,
// when something happens, the wholes a share is taken of. Words only, never facts: no event, name,
// number or date of any history lives here. Every class maps many words to one slot value, so
// `died`, `killed` and `perished` all count deaths, and `treaty`, `pact` and `accord` all name a treaty.
import { wordTable } from '../wordTable.js';


/** Past tenses of acts that do not end in `-ed` (`came`, `fell`, `sank`). */
export const IRREGULAR_ACTS: ReadonlySet<string> = new Set(['took', 'held', 'fought', 'fell', 'fled', 'met', 'ran', 'went', 'came', 'stood', 'made', 'led', 'won', 'gave', 'kept', 'left', 'struck', 'sank', 'rode', 'drove', 'swam', 'hid', 'built', 'dug', 'laid']);

/**
 * Every past tense without `-ed` the rules read (IRREGULAR_ACTS and those of telling, knowing and
 * giving: `told`, `paid`, `sent`). IRREGULAR_ACTS alone marks where a clause's verb is (clauses.ts).
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_ACTS, 'told', 'said', 'saw', 'got', 'found', 'knew', 'thought', 'wrote',
  'heard', 'felt', 'lost', 'sat', 'spoke', 'brought', 'taught', 'caught', 'grew', 'lived', 'paid', 'fed', 'sent',
  'drew', 'bought', 'sold', 'bore', 'wore', 'ate', 'drank', 'lent', 'rang', 'sang', 'threw', 'shot', 'hung', 'bound', 'sought', 'laid', 'tore', 'wove']);

/** Participles that differ from their past tense, as the past (`had drawn` is what `drew` is). */
export const PAST_OF_PARTICIPLE: ReadonlyMap<string, string> = new Map([
  ['drawn', 'drew'], ['given', 'gave'], ['taken', 'took'], ['written', 'wrote'], ['borne', 'bore'], ['worn', 'wore'], ['thrown', 'threw'],
  ['torn', 'tore'], ['eaten', 'ate'], ['ridden', 'rode'], ['driven', 'drove'], ['hidden', 'hid'], ['spoken', 'spoke'], ['woven', 'wove'],
]);

/** Diseases, which come and go as epidemics (`the cholera came back`). */
export const DISEASES: ReadonlySet<string> = new Set(['cholera', 'typhus', 'typhoid', 'smallpox', 'influenza', 'dysentery', 'plague', 'measles', 'diphtheria', 'malaria', 'tuberculosis', 'scurvy']);

/** A word for a sickness: a disease, or `fever`, which may be any of them. */
export const isSickness = (word: string): boolean => DISEASES.has(word) || word === 'fever';

const classes = (table: Record<string, string>): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const [value, words] of Object.entries(table)) for (const w of words.split(/\s+/)) if (w) map.set(w, value);
  return map;
};

/** What a count counts, by the words around it (`died`, `taken prisoner`, `wounded`). */
export const COUNT_KINDS = classes({
  deaths: 'died die dies dying dead death deaths killed kill kills killing perished fatalities fatality slain lives toll drowned drowning murdered massacred carried_off',
  part: 'extra additional remaining',
  casualties: 'casualties casualty losses loss',
  wounded: 'wounded injured injures injuring injuries injury hurt',
  // (Those who took a disease, `41 fell ill`, `118 were taken ill`, the dead among them: never the toll alone.)
  cases: 'cases fell_ill taken_ill took_ill fell_sick infected sickened',
  prisoners: 'prisoner prisoners captured captive captives captivity pows pow surrendered interned',
  executions: 'executed execution executions hanged beheaded',
  survivors: 'survived survivors survivor alive rescued saved',
  missing: 'missing',
  desertions: 'deserted deserters deserter desertion desertions',
  strength: 'strength garrison numbering numbered',
  workforce: 'employed employing employees workforce employ',
  strikers: 'strikers striking came_out walked_out stayed_out were_out went_out struck',
  population: 'population inhabitants residents',
  homeless: 'homeless displaced',
  evacuations: 'evacuated evacuation evacuees',
  deportations: 'deported deportation deportations deportees',
  arrests: 'arrested arrest arrests detained jailed imprisoned taken_up',
  // (`Twenty-eight men were tried, and seven were hanged`: those tried, not those it did to them; not `tried to hold`.)
  tried: 'tried accused indicted defendants stood_trial',
  // (`26 luggers sank`, `twenty-six of them have foundered`, `29 luggers went down`: vessels lost.)
  destroyed: 'wrecked sunk sank foundered capsized went_down gone_down destroyed destroys destroying scuttled burned burnt burn',
  fed: 'fed feeding relieved',
  // Those a vessel carried (`nearly 500 aboard`, `had on board 486 persons`): neither its dead nor its saved.
  aboard: 'aboard on_board',
  // (`a majority of 77`, `| Majority | 27 | 77 |`: the votes a winner won by, neither votes nor voters.)
  majority: 'majority',
});

/** A word for one relative: `mother`, `great-grandfather`, `gran`, `cousin`. */
export const KIN_WORD = /^((great-)*(grand)?(mother|father|ma|pa|mum|mom|dad|son|daughter|aunt|uncle|parent|child)|grandad|nan|nana|nanna|gran|granny|babushka|dedushka|brother|sister|cousin|nephew|niece|wife|husband|ancestor)$/;

/** Words for one person, an age or a time may be said of (`a boy of thirteen`, `a soldier who fought for`). */
export const ONE_PERSON_WORDS = new Set(['boy', 'girl', 'man', 'woman', 'lad', 'lass', 'child', 'youth', 'widow', 'widower', 'soldier', 'veteran', 'officer', 'sergeant', 'corporal', 'private']);

/** One person, by kin or by such a word. */
export const isOnePerson = (word: string): boolean => KIN_WORD.test(word) || ONE_PERSON_WORDS.has(word);

/**
 * Words for some of the people by age, sex or estate (`eleven boys`, `nine children`, `40,000
 * civilians`): a count of them is a part of a toll, which may count soldiers and civilians together.
 */
export const PEOPLE_PARTS: ReadonlySet<string> = new Set(['children', 'child', 'boys', 'boy', 'girls', 'girl', 'lads', 'lad', 'women', 'woman', 'infants', 'babies', 'orphans', 'widows', 'civilians']);

/** Counted animals: their losses are their deaths. */
export const ANIMALS = new Set(['horses', 'sheep', 'cattle', 'pigs']);

/** Counted things: people of any kind are `people`; horses are not men, nor tanks aircraft. */
export const COUNTED_THINGS = classes({
  people: 'men man soldiers soldier troops troop people persons person civilians civilian miners miner workers ' +
    'defenders attackers officers officer sailors seamen fighters combatants townspeople townsfolk villagers ' +
    'citizens inhabitants residents militiamen conscripts recruits prisoners strikers survivors victims jews ' +
    'women children servicemen personnel lancers infantry cavalry riflemen guardsmen souls settlers colonists ' +
    'crewmen passengers labourers laborers peasants refugees dockers docker dockworkers stevedores porters fishermen mariners boatmen ' +
    'weavers colliers quarrymen rioters navvies workmen emigrants townsmen marchers ' +
    // (Men of a trade are men: `five masons drowned` and `the five men who drowned`.)
    'masons mason carpenters joiners smiths blacksmiths bricklayers spinners operatives apprentices ploughmen shepherds',
  // (A house's own people, `the brethren`, `the monks`: a body of their own, not the people around it.)
  religious: 'monks monk brethren friars friar nuns nun canons novices',
  horses: 'horses horse mounts',
  sheep: 'sheep ewes ewe lambs lamb wethers',
  cattle: 'cattle cows cow oxen ox bullocks kine head',
  pigs: 'pigs pig swine hogs',
  tanks: 'tanks tank',
  aircraft: 'aircraft planes plane aeroplanes airplanes bombers fighters',
  guns: 'guns gun cannon cannons artillery mortars',
  ships: 'ships ship vessels boats sail',
  vehicles: 'vehicles vehicle lorries trucks wagons cars',
  bodies: 'bodies body corpses',
  times: 'times',
  rounds: 'rounds shells',
  witnesses: 'witnesses witness',
  days: 'days',
});

/**
 * Kinds of event, each with its words. A name with one of these words (`the Battle of Karsk`,
 * `Order No. 12`) is an event of that type; the word alone (`the battle`) refers back to one.
 */
export const EVENT_TYPES = classes({
  battle: 'battle battles fight fighting struggle combat clash engagement defense defence skirmish skirmishes',
  siege: 'siege sieges blockade',
  war: 'war wars',
  campaign: 'campaign campaigns offensive offensives counteroffensive counter-offensive operation operations invasion retreat retreats',
  treaty: 'treaty treaties pact pacts accord accords agreement armistice truce peace convention deal',
  order: 'order decree directive edict ukase proclamation',
  flood: 'flood floods flooding inrush inundation',
  explosion: 'explosion explosions blast',
  strike: 'strike strikes walkout lockout',
  massacre: 'massacre massacres pogrom',
  uprising: 'uprising uprisings rising risings insurrection insurrections revolt revolts rebellion rebellions mutiny mutinies revolution revolutions',
  inquiry: 'inquiry inquiries inquest inquests trial trials commission',
  attack: 'attack attacks assault assaults raid raids sortie sorties bombardment shelling breakout charge counterattack counterattacks counter-attack counter-attacks ambush ambushes',
  occupation: 'occupation liberation',
  preparation: 'planning plans preparation preparations build-up buildup',
  // (`the fever`: any sickness's epidemic, as `the epidemic` is; not one disease's, `typhus` may be it.)
  epidemic: `epidemic epidemics outbreak outbreaks pestilence fever fevers ${[...DISEASES].join(' ')}`,
  fire: 'fire fires blaze conflagration',
  quarantine: 'quarantine quarantines',
  storm: 'storm storms gale gales hurricane typhoon tempest',
  famine: 'famine famines',
  collapse: 'collapse collapses cave-in cave-ins',
  riot: 'riot riots disturbance disturbances',
  // (An election chooses men, a referendum answers a question: two kinds of vote.)
  election: 'election elections by-election by-elections',
  referendum: 'referendum referendums plebiscite plebiscites',
  accident: 'accident accidents collision collisions crash crashes derailment derailments wreck wrecks shipwreck shipwrecks',
});

/** Words that stand just before a value to say how exact or how small it is, no hedge of its interval (`only nineteen`, `just two years`). */
export const SOFTENERS: ReadonlySet<string> = new Set(['just', 'only', 'barely', 'exactly', 'precisely']);

/** Events whose one date is the day they were issued or signed (an order, a treaty). */
export const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['order', 'treaty']);

/**
 * What a corpus does only with events, which teaches it kinds of event the lexicon lacks (`the Great
 * Crush` … `after the crush`): a time word before the word, or a verb of an event's course after it.
 */
export const EVENT_TIME_WORDS = new Set(['during', 'after', 'before', 'since', 'until', 'till', 'throughout']);
export const EVENT_COURSE_VERBS = new Set(['lasted', 'began', 'ended', 'killed', 'claimed']);

/**
 * Event words in the plural (`the famines`, `both sieges`): several events of a kind, never one of
 * them. A plural is the form of another word of the same kind with `s`, or `ies` for `y`.
 */
export const PLURAL_EVENT_WORDS: ReadonlySet<string> = new Set([...EVENT_TYPES.keys()].filter((w) => {
  const type = EVENT_TYPES.get(w);
  const singulars = [w.replace(/ies$/, 'y'), w.replace(/s$/, '')].filter((x) => x !== w);
  return singulars.some((x) => EVENT_TYPES.get(x) === type);
}));

/**
 * Within a kind of event, the words `the …` refers back by: `the invasion` is the last invasion named,
 * not the last offensive.
 */
export const ANAPHOR_GROUPS = classes({
  invasion: 'invasion',
  offensive: 'offensive offensives counteroffensive counter-offensive',
  operation: 'operation operations',
  // A retreat is a campaign's end, not the campaign.
  retreat: 'retreat retreats',
  // A counterattack is the other side's, never the attack it answers.
  counterattack: 'counterattack counterattacks counter-attack counter-attacks',
  campaign: 'campaign campaigns',
  // An inquest, a trial and a commission are three proceedings, not one told three ways. (`The
  // inquiry` is any of them: a report calls its inquest so.)
  inquest: 'inquest inquests',
  trial: 'trial trials',
  commission: 'commission commissions',
  // A strike is the men's, a lockout the masters': two stoppages, though one may turn into the other.
  lockout: 'lockout lockouts',
  strike: 'strike strikes walkout walkouts',
  // A collision, a derailment and a wreck are accidents of different kinds.
  collision: 'collision collisions crash crashes',
  derailment: 'derailment derailments',
  wreck: 'wreck wrecks shipwreck shipwrecks',
  // A truce stops the fighting; the treaty that ends the war is another act, often years later.
  truce: 'truce truces armistice armistices',
  treaty: 'treaty treaties',
});

/**
 * Words within a kind for events apart from the kind's others (a truce is no treaty, a lockout no
 * strike, an inquest no trial): what the corpus calls by one of them and names none of its events by
 * is one event of its own. (Not a campaign's words: `allowed a retreat` is no event.)
 */
export const SEPARATE_EVENT_WORDS: ReadonlySet<string> = new Set(['truce', 'lockout', 'inquest', 'trial', 'commission', 'collision', 'derailment', 'wreck']);

/**
 * Buildings where things happen (`assembled before the Lowen Mill`, `the siege of the abbey`): places,
 * no kinds of event. A building stands in a town and is never the town, nor an event named after it
 * (`the Lowen Bridge Mill` is no riot; `the mill` refers back only to a name that says it).
 * (Not `hospital`: `the hospital ship` is a ship.)
 */
export const BUILDING_NOUNS: ReadonlySet<string> = new Set(['mill', 'factory', 'foundry', 'quarry', 'church', 'abbey']);

/**
 * Places people live in, or districts of them: `a town of 5,200` counts its people, and a name may
 * follow one with `of` (`the Parish of Kilvarrick`).
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['parish', 'town', 'city', 'village', 'county', 'port', 'island', 'borough', 'township', 'province', 'district', 'hamlet', 'settlement']);

/** A noun before `of` and a time that marks a part of it, so the time is still its own: `the end of 1642`, `the winter of 1940`. */
export const PART_NOUNS: ReadonlySet<string> = new Set([
  'end', 'start', 'beginning', 'middle', 'close', 'course', 'rest', 'remainder', 'half', 'part', 'turn',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'year',
]);

/** The people of a settlement as a whole (`our townspeople`): the settlement's, not a body within it. */
export const SETTLEMENT_PEOPLE: ReadonlySet<string> = new Set(['townspeople', 'townsfolk', 'townsmen', 'villagers', 'parishioners', 'islanders', 'inhabitants', 'citizens']);

/** Place nouns: `the city`, `the town` refer back to a place named before. */
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'fortress', 'port', 'capital', 'stronghold', 'citadel', 'ford', 'bridge', 'crossing', 'pass',
  'ridge', 'heights', 'harbour', 'harbor', 'castle', 'fort', 'pit', 'mine', 'colliery', 'island', 'valley',
  ...BUILDING_NOUNS,
]);

/** Words for a force, whose size is a count of its own body of men (`a garrison of 640`). */
export const FORCE_NOUNS = new Set(['garrison', 'garrisons', 'column', 'columns', 'army', 'armies', 'force', 'forces', 'fleet', 'squadron', 'detachment', 'expedition']);

/** Words naming a body of fighting men: a name with one (`Sixth Army`, `4th Lancers`) is a unit, not an event. */
export const UNIT_WORDS = new Set([
  'army', 'armies', 'corps', 'division', 'divisions', 'regiment', 'regiments', 'battalion', 'battalions', 'brigade',
  'brigades', 'company', 'companies', 'fleet', 'squadron', 'platoon', 'front', 'group', 'lancers', 'guards', 'foot',
  'rifles', 'hussars', 'dragoons', 'fusiliers', 'legion', 'wehrmacht', 'luftwaffe', 'navy', 'lodge', 'union',
]);

/** Titles before a person's name (`General`, `Marshal`): a name after one is a person, never an event. */
export const TITLES = new Set([
  'general', 'marshal', 'field', 'captain', 'capt', 'colonel', 'col', 'major', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'corporal', 'private', 'admiral', 'commander', 'commissar', 'mr', 'mrs', 'ms', 'miss', 'dr', 'professor', 'prof',
  'sir', 'lady', 'lord', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'count', 'countess', 'emperor',
  'empress', 'tsar', 'czar', 'kaiser', 'president', 'premier', 'chancellor', 'minister', 'dictator', 'leader',
  'pope', 'bishop', 'father', 'saint', 'st', 'generalissimo', 'führer', 'fuhrer',
  'brigadier', 'ensign', 'reverend', 'rev', 'judge', 'earl', 'baron', 'baroness', 'viscount', 'marquess', 'governor', 'mayor',
  'archbishop', 'abbot', 'abbess', 'canon', 'dean', 'vicar', 'rector', 'chaplain', 'parson', 'deacon', 'archdeacon', 'curate', 'cardinal',
]);

/** Verbs by which a person tells: the name before or after one is an informant, not a subject. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'wrote', 'writes', 'write', 'told', 'tells', 'recalled', 'recalls', 'remembered',
  'remembers', 'reported', 'reports', 'claimed', 'claims', 'argued', 'argues', 'adds', 'added', 'noted', 'notes',
  'estimated', 'estimates', 'reckoned', 'reckons', 'counted', 'counts', 'puts', 'put', 'believes', 'believed',
  'thinks', 'thought', 'calls', 'called', 'records', 'recorded', 'quote', 'quotes', 'quoted', 'maintain', 'maintains',
]);

/**
 * Verbs by which a text tells what it holds (`It also says …`, `… and says that 31 boats were lost`).
 * Not `claimed`, which an event does to lives, nor the verbs of reckoning a figure in SPEECH_VERBS.
 */
export const TELLING_VERBS = new Set(['says', 'said', 'states', 'stated', 'writes', 'wrote', 'argues', 'argued', 'notes', 'noted', 'adds',
  'added', 'reports', 'reported', 'records', 'recorded', 'mentions', 'mentioned', 'explains', 'explained', 'suggests', 'suggested', 'tells', 'told',
  'complained', 'complains', 'remarked', 'remarks', 'grumbled']);

/** Verbs of news reaching someone, whose `that` opens what the news was (`heard at noon that …`). */
export const HEARING_VERBS: ReadonlySet<string> = new Set(['heard', 'learned', 'learnt', 'discovered', 'announced']);

/** General-English sides, besides those a corpus makes of its own demonyms. */
export const SIDE_WORDS = new Set(['soviet', 'soviets', 'nazi', 'nazis', 'axis', 'allied', 'allies', 'red', 'white', 'confederate', 'union', 'imperial', 'royalist', 'royalists', 'rebel', 'rebels']);

/** Duration: verbs that tell how long something went on (`lasted`, `raged for`). */
export const LASTING_WORDS = new Set([
  'length', 'duration', 'lasted', 'lasting', 'lasts', 'raged', 'continued', 'endured', 'persisted', 'dragged', 'went', 'ran',
  'spanned', 'stretched', 'stayed', 'remained', 'sat', 'held', 'holding', 'defended', 'fought', 'served', 'spent',
  'worked', 'closed', 'shut', 'besieged', 'occupied', 'kept', 'marched', 'underground', 'trapped',
  'imprisoned', 'jailed', 'detained', 'resisted', 'length', 'duration',
]);

/** Duration: words that make it the time between two events (`two years before`, `seven months after`). */
export const BETWEEN_WORDS = new Set(['after', 'later', 'before', 'earlier', 'afterwards', 'afterward', 'following', 'since', 'until', 'till', 'within', 'prior']);

/** Duration: `another two months`, `a further week`: what remained, not the whole. */
export const REMAINING_WORDS = new Set(['another', 'further', 'more', 'remaining', 'additional']);

/**
 * What went on for a time: the activity a duration measures (a battle's fighting, a strike, a
 * closure, a detention). Two lengths of different activities are different facts.
 */
export const ACTIVITIES = classes({
  fighting: 'battle fight fighting fought raged struggle combat clash engagement resisted resistance assaults assault attacks',
  // `sat before the castle for forty-six days`: an army that sits before a place besieges it; an inquiry only sits.
  siege: 'siege besieged blockade walls digging trenches invested encircled sat_before sat_outside sat_down',
  war: 'war',
  campaign: 'campaign offensive operation invasion counteroffensive march marched advance',
  strike: 'strike stayed_out stood_out walked_out were_out came_out locked_out stopped_work downed_tools',
  // (`The mine has stood idle for twenty-one weeks`, `the mill stood idle`: a works not working is closed.)
  closure: 'closed shut closure stood_idle lay_idle stand_idle standing_idle stands_idle',
  detention: 'imprisoned jailed detained cell prison custody arrest locked held_passive',
  holding: 'held holding defended hold occupied occupation',
  underground: 'underground trapped buried',
  service: 'served service',
  inquiry: 'inquiry inquest sat sitting hearing trial',
  life: 'existed operated life',
  // (`the truce was agreed for twenty years`: the time a treaty was made for is its time in force.)
  force: 'in_force in_effect agreed_for signed_for concluded_for renewed_for sworn_for',
  rescue: 'rescue rescuers',
  // (`The voyage took 104 days`, `a passage of ninety-seven days`: a ship's going, not what came after
  // it. Not `the crossing`, which may be on foot; nor `at sea`, a sailor's years too: see timeSpent.)
  voyage: 'voyage voyages passage',
  // `sentenced to seven years' transportation`: a penalty's length, not the trial's.
  sentence: 'sentenced sentence transportation transported servitude',
  // `the coal train had been standing at the junction for eleven minutes`, `on duty for seventeen hours`.
  waiting: 'standing stood waiting waited idle on_duty',
});

/** Dates: the phase of an event a date marks. `occurred` (`the flood of 9 May`) is an event's own date. */
export const DATE_PHASES = classes({
  began: 'began begin begins beginning begun started start starts starting launched launch commenced commencement rose_against rose_up rose_upon mutinied ' +
    'commence outbreak broke_out erupted opening laid_siege invaded invades crossed attacked violation violated broke breach ' +
    'breached wrecking came_out walked_out went_out',
  ended: 'ended end ends ending finished termination terminated conclusion concluded_event was_over is_over fell fall falls surrendered surrender yielded pushed_back driven_back beaten_back thrown_back repulsed ' +
    'surrenders capitulated capitulates capitulation collapsed defeated defeat destroyed destruction lifted put_out extinguished ' +
    // (`the gale blew itself out`, `the fever abated`: a storm's, a fire's or a sickness's end.)
    'abated abates subsided subsides blew_itself blows_itself burned_itself burnt_itself burns_itself died_down dies_down',
  issued: 'signed signing signs ratified issued issue dated decreed promulgated proclaimed went_out handed_down enacted',
  declared: 'declared declaration',
  // (`The full text was not published until 1988`: a document made public long after it was issued.)
  // (`the Merrin Commission reports 1,214 dead`: a body's report is made public when it reports.)
  published: 'published printed reports reported',
  retook: 'retook retaken recaptured recapture retake regained',
  // (A counter-attack answers another's act: an act of its own, not the attack it answers.)
  countered: 'counterattacked counterattacking',
  arrived: 'arrived arrives arrive reached reaches reach reaching linked_up entered landed lands anchored anchors docked docks',
  departed: 'sailed sails sail sailing departed departs depart left leaves set_sail sets_sail set_out sets_out weighed',
  arrested: 'arrested arrest jailed imprisoned',
  died: 'died',
  formed: 'formed founded established created raised appointed',
  // (A building or a work opened or finished: a moment of that thing, no event's beginning or end.)
  opened: 'opened opens unveiled inaugurated consecrated dedicated hallowed',
  built: 'built completed erected',
  reopened: 'reopened reopens reopen reopening',
  // (`The inquiry was resumed on the 28th`: a sitting after a break, not when the proceeding happened.)
  resumed: 'resumed resumes resume',
  // (`was planned in 1940 and launched in 1941`: when it was planned, not when it began.)
  planned: 'planned',
  occurred: 'flooded exploded happened occurred took_place',
  captured: 'seized seize seizes captured captures stormed overran overruns',
  closed: 'closed shut',
  sent: 'sent deployed dispatched despatched',
  verdict: 'verdict ruled sentenced',
  resigned: 'resigned resignation',
  // (`before General Mast's column broke through on 19 December`: a breakthrough, which may end a
  // siege or open an assault, no beginning.)
  breakthrough: 'broke_through breaks_through',
});

/** Wholes a share is taken of, by kind: `its soldiers` and `its manpower` are the same whole. */
export const SHARE_WHOLES = classes({
  forces: 'manpower soldiers troops men army forces strength force garrison regiment column',
  place: 'city town rubble village territory ground streets area houses homes buildings',
  horses: 'horses horse mounts',
  sheep: 'sheep ewes ewe lambs lamb wethers flock flocks',
  cattle: 'cattle cows cow oxen ox bullocks kine herd herds',
  pigs: 'pigs pig swine hogs',
  // (`about a fifth of the parish`: a parish is its people.)
  population: 'population people inhabitants residents citizens civilians parish parishioners townspeople townsfolk',
  workforce: 'workforce workers employees miners',
  land: 'land territory country province',
  vote: 'vote votes electorate',
  docks: 'quays quay wharves wharfs docks piers harbour harbor',
  stores: 'grain stores flour food supplies rations harvest crops',
});

/** Words that set the time a value holds for (`in the first six months`, `throughout the war`). */
export const WHOLE_SPAN_WORDS = new Set(['throughout', 'entire', 'whole', 'overall', 'total', 'all']);
export const OPENING_WORDS = new Set(['first', 'opening', 'initial', 'early', 'start']);

/** Words by which a sentence refers back to what was named before. */
export const PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them', 'there', 'this', 'that']);
export const DEMONSTRATIVES = new Set(['the', 'this', 'that', 'these', 'those']);

/** Ordinal words that tell one of a repeated kind of event from another (`the second siege`). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['last', -1], ['final', -1], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4], ['5th', 5],
]);

/** Words that deny the value after them (`not the 61 you usually see`): not a statement. */
export const DENIALS = new Set(['not', 'rather', 'instead', 'never']);

/** The activity a kind of event is, when a sentence says only that it lasted (`the siege lasted`: a siege). */
export const ACTIVITY_OF_TYPE: Readonly<Record<string, string>> = wordTable({
  battle: 'fighting', siege: 'siege', war: 'war', campaign: 'campaign', strike: 'strike', inquiry: 'inquiry', quarantine: 'closure',
  order: 'force', treaty: 'force', occupation: 'holding',
});
