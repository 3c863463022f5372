// Quantities, durations, dates and hedges become intervals (CONTRACT.md, "Values are intervals").
import assert from 'node:assert/strict';
import { dayNumber } from '../../server/src/engine/dates.js';
import fc from 'fast-check';
import { DAYS_PER_UNIT, IntervalTable, intervalsOverlap } from '../../server/src/engine/intervals.js';
import type { QuantityInterval } from '../../server/src/engine/types.js';
import { extractValues } from '../../server/src/engine/values.js';

const MONTH = DAYS_PER_UNIT.month!;
const YEAR = DAYS_PER_UNIT.year!;

function only(sentence: string) {
  const values = extractValues(sentence);
  assert.equal(values.length, 1, `one value in ${JSON.stringify(sentence)}, got ${values.map((v) => v.text).join(' | ')}`);
  return values[0]!;
}

function near(actual: number, expected: number, what: string) {
  if (actual === expected) return;
  assert.ok(Math.abs(actual - expected) < 1e-6 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

describe('values: counts and shares', () => {
  const cases: Array<[string, string, number, number]> = [
    // sentence, value as written, low, high
    ['It raged for 2,000,000 men.', '2,000,000', 1.8e6, 2.2e6],
    ['Some 2 million died.', '2 million', 1.8e6, 2.2e6],
    ['Then 1.5 million were taken.', '1.5 million', 1.45e6, 1.55e6],
    ['Then two million were taken.', 'two million', 1.8e6, 2.2e6],
    ['Then four million were taken.', 'four million', 3.6e6, 4.4e6],
    ['Then one million and five hundred thousand were taken.', 'one million and five hundred thousand', 1.45e6, 1.55e6],
    // Points that group thousands, as many languages write them; a decimal point stays one.
    ['Then 4.000.000 were taken.', '4.000.000', 3.6e6, 4.4e6],
    ['Then 428.000 were taken.', '428.000', 427500, 428500],
    ['Then 2.125 million were taken.', '2.125 million', 2124500, 2125500],
    ['They held 9/10 of the town.', '9/10', 0.85, 0.95],
    // `passed`, `exceeded`: more than.
    ['Casualties had passed four million.', 'four million', 4e6, 6e6],
    ['Then 13,500 were shot.', '13,500', 13450, 13550],
    ['Then five hundred thousand fled.', 'five hundred thousand', 450000, 550000],
    ['Then 199 men fled.', '199', 198.5, 199.5],
    ['The army lost a quarter of its men.', 'a quarter', 0.225, 0.275],
    ['They held nine-tenths of the city.', 'nine-tenths', 0.85, 0.95],
    // (The old way: `one twentieth part of`, `a fifth part of`.)
    ['The loss amounted to one twentieth part of the receipts.', 'one twentieth part', 0.045, 0.055],
    ['The fine took a fifth part of the town’s stock.', 'a fifth part', 0.18, 0.22],
    // (`one third was raised`: `one` makes it a share without `of`; `a third was` may be a third man.)
    ['Of the cost, one third was raised by subscription.', 'one third', 0.3, 0.3666666666666667],
    ['Of the crew, one-fifth were lost.', 'one-fifth', 0.18, 0.22],
    ['They held 90% of the city.', '90%', 0.85, 0.95],
    ['They held 90 percent of the city.', '90 percent', 0.85, 0.95],
    ['They held two thirds of the city.', 'two thirds', 2 / 3 - 1 / 15, 2 / 3 + 1 / 15],
    ['By then one in five of them was dead.', 'one in five', 0.18, 0.22],
    ['The new due was one part in ten of every catch.', 'one part in ten', 0.09, 0.11],
    ['In the Winter War the army lost one man in four.', 'one man in four', 0.225, 0.275],
    ['About one inmate in seven fell ill.', 'one inmate in seven', 0.9 / 7, 1.1 / 7],
    ['Then two and a half million died.', 'two and a half million', 2.25e6, 2.75e6],
    ['Three-and-twenty are taken up.', 'Three-and-twenty', 22.5, 23.5],
    // (…and the tens first: `ninety and nine`, `Fifty and eight years had the masons laboured`.)
    ['Ninety and nine were saved.', 'Ninety and nine', 98.5, 99.5],
    // Counting in twenties: a score is a named unit, as a dozen is.
    ['It carried away fourscore and ten houses.', 'fourscore and ten', 85, 95],
    ['It drowned seven score souls.', 'seven score', 130, 150],
    ['Here were buried three hundred threescore and eight.', 'three hundred threescore and eight', 367.5, 368.5],
  ];
  for (const [sentence, text, low, high] of cases) {
    it(`${sentence} → ${text} = ${low} to ${high}`, () => {
      const v = only(sentence.replace(/^Some /, 'So '));
      assert.equal(v.text, text);
      near(v.interval.low, low, 'low');
      near(v.interval.high, high, 'high');
    });
  }
});

describe('values: two numbers joined by `and`', () => {
  it('each with its own scale is a value of its own', () => {
    assert.deepEqual(extractValues('Casualties passed four million and three million were taken.').map((v) => v.text), ['four million', 'three million']);
  });
});

describe('values: durations', () => {
  const cases: Array<[string, string, number, number]> = [
    ['It raged for 199 days.', '199 days', 198.5, 199.5],
    ['It lasted 200 days.', '200 days', 180, 220],
    ['It lasted 1140 days, not a year.', '1140 days', 1139.5, 1140.5],
    ['It was the five month battle.', 'five month', 4.5 * MONTH, 5.5 * MONTH],
    ['It was a five-month battle.', 'five-month', 4.5 * MONTH, 5.5 * MONTH],
    ['It lasted six and a half months.', 'six and a half months', 6.25 * MONTH, 6.75 * MONTH],
    ['Ebbage was committed for two calendar months.', 'two calendar months', 1.8 * MONTH, 2.2 * MONTH],
    ['It took two years and nine months.', 'two years and nine months', 2 * YEAR + 8.5 * MONTH, 2 * YEAR + 9.5 * MONTH],
    ['It went on for one hundred and ninety-nine days.', 'one hundred and ninety-nine days', 198.5, 199.5],
    ['Within half a year, it was over.', 'half a year', 0.45 * YEAR, 0.55 * YEAR],
    ['They struck only a month after.', 'a month', 0.9 * MONTH, 1.1 * MONTH],
    ['The trial lasted a week.', 'a week', 0.9 * DAYS_PER_UNIT.week!, 1.1 * DAYS_PER_UNIT.week!],
    ['They attacked, but it took them a week.', 'a week', 0.9 * DAYS_PER_UNIT.week!, 1.1 * DAYS_PER_UNIT.week!],
    ['It came three months after the fall.', 'three months', 2.7 * MONTH, 3.3 * MONTH],
    ['It lasted 6½ months!', '6½ months', 6.25 * MONTH, 6.75 * MONTH],
    ['It was read out within 48 hours.', '48 hours', 47.5 / 24, 48.5 / 24],
    // A plural unit's possessive is the unit: `seven years' transportation` is seven years of it.
    ["He was sentenced to seven years' transportation.", "seven years'", 6.5 * YEAR, 7.5 * YEAR],
    ['They were owed three weeks’ wages.', 'three weeks’', 2.7 * DAYS_PER_UNIT.week!, 3.3 * DAYS_PER_UNIT.week!],
  ];
  for (const [sentence, text, low, high] of cases) {
    it(`${sentence} → ${text}`, () => {
      const v = only(sentence);
      assert.equal(v.text, text);
      assert.equal(v.interval.dimension, 'duration');
      near(v.interval.low, low, 'low');
      near(v.interval.high, high, 'high');
    });
  }

  it('a date range implies how long something lasted, counting both ends', () => {
    const v = only('The siege ran 23 August 1942 – 2 February 1943.');
    assert.equal(v.text, '23 August 1942 – 2 February 1943');
    assert.equal(v.impliedDuration?.nominal, 164);
  });

  it('days of one month make a range: 21–23 June 1884', () => {
    const v = only('They fought at the ford on 21–23 June 1884.');
    assert.equal(v.text, '21–23 June 1884');
    assert.equal(v.impliedDuration?.nominal, 3);
  });

  it('a range of years is a date, not a duration', () => {
    const v = only('See the summary (1942-43).');
    assert.equal(v.interval.dimension, 'date');
    assert.equal(v.impliedDuration, undefined);
    assert.equal(v.interval.low, dayNumber(1942, 1, 1));
    assert.equal(v.interval.high, dayNumber(1944, 1, 1));
  });
});

describe('values: dates at any precision', () => {
  const day = (y: number, m: number, d: number): [number, number] => [dayNumber(y, m, d), dayNumber(y, m, d) + 1];
  const cases: Array<[string, string, [number, number]]> = [
    ['It was signed on July 28, 1942.', 'July 28, 1942', day(1942, 7, 28)],
    ['It was signed on 28 July 1942.', '28 July 1942', day(1942, 7, 28)],
    ['It began on June 22nd, 1941.', 'June 22nd, 1941', day(1941, 6, 22)],
    ['It began on 22nd June 1941.', '22nd June 1941', day(1941, 6, 22)],
    ['It began on Sunday June 22nd, 1941.', 'June 22nd, 1941', day(1941, 6, 22)],
    ['It began on June twenty-second, nineteen-forty-one.', 'June twenty-second, nineteen-forty-one', day(1941, 6, 22)],
    ['Upon the ninth day of June, seventeen hundred and sixty-five, the port was shut.', 'the ninth day of June, seventeen hundred and sixty-five', day(1765, 6, 9)],
    ['It was shut on the 9th day of June 1765.', 'the 9th day of June 1765', day(1765, 6, 9)],
    ['Item, the 12th day of January 1645/6, the siege was laid again.', 'the 12th day of January 1645/6', day(1646, 1, 12)],
    ['Upon the nineteenth day of June, sixteen hundred sixty and six, was buried Agnes.', 'the nineteenth day of June, sixteen hundred sixty and six', day(1666, 6, 19)],
    ['Upon the three and twentieth day of March, sixteen hundred eighty and three [1683/4], he came.', 'the three and twentieth day of March, sixteen hundred eighty and three [1683/4]', day(1684, 3, 23)],
    ['Upon the seven and twentieth day of June, sixteen hundred eighty and four [1684], it fell.', 'the seven and twentieth day of June, sixteen hundred eighty and four [1684]', day(1684, 6, 27)],
    ['In the year MCCCXLIX the great mortality came.', 'MCCCXLIX', [dayNumber(1349, 1, 1), dayNumber(1350, 1, 1)]],
    ['In the year of grace MCCCLXIII the abbot sealed a charter.', 'MCCCLXIII', [dayNumber(1363, 1, 1), dayNumber(1364, 1, 1)]],
    ['In the year of our Lord one thousand two hundred and forty-one the church was hallowed.', 'one thousand two hundred and forty-one', [dayNumber(1241, 1, 1), dayNumber(1242, 1, 1)]],
    ['The men came out on Feby. 23d, 1850.', 'Feby. 23d, 1850', day(1850, 2, 23)],
    ['It was signed on Janry. 2d, 1850.', 'Janry. 2d, 1850', day(1850, 1, 2)],
    ['It began on 1941-06-22.', '1941-06-22', day(1941, 6, 22)],
    ['It was signed on 28.07.1942.', '28.07.1942', day(1942, 7, 28)],
    ['It was signed in July 1942.', 'July 1942', [dayNumber(1942, 7, 1), dayNumber(1942, 8, 1)]],
    ['They drove east by mid-July 1942.', 'mid-July 1942', [dayNumber(1942, 7, 11), dayNumber(1942, 7, 21)]],
    ['They marched in the summer of 1942.', 'the summer of 1942', [dayNumber(1942, 6, 1), dayNumber(1942, 9, 1)]],
    ['The war with them came in 1939.', '1939', [dayNumber(1939, 1, 1), dayNumber(1940, 1, 1)]],
    ['The war of 1939–40 was short.', '1939–40', [dayNumber(1939, 1, 1), dayNumber(1941, 1, 1)]],
  ];
  for (const [sentence, text, [low, high]] of cases) {
    it(`${sentence} → ${text}`, () => {
      const v = only(sentence);
      assert.equal(v.text, text);
      assert.equal(v.interval.dimension, 'date');
      assert.equal(v.interval.low, low);
      assert.equal(v.interval.high, high);
    });
  }
  it('a measurement is not a count of people or things', () => {
    assert.equal(only('They stood fifty paces apart.').measure, 'pace');
  });
  it('Roman numerals are a year only where the text says it is one', () => {
    assert.deepEqual(extractValues('Henry VIII died at Whitehall in MDXLVII.').map((v) => v.text), []);
  });
  it('four pence is no day of a month, nor any value', () => {
    assert.deepEqual(extractValues('The men were paid 4d a day.').map((v) => v.text), []);
  });
  it('an impossible date is not a date', () => {
    assert.deepEqual(extractValues('It fell on 31 February 1942.').filter((v) => v.form === 'date'), []);
  });
});

describe('values: hedges change the interval', () => {
  const cases: Array<[string, string, number, number]> = [
    ['It killed about 2 million.', 'approximate', 1.8e6, 2.2e6],
    ['It killed around 500,000.', 'approximate', 450000, 550000],
    ['It killed roughly 3,000,000.', 'approximate', 2.7e6, 3.3e6],
    ['It killed some 400,000 men.', 'approximate', 360000, 440000],
    ['It killed nearly 2 million.', 'nearly', 1.8e6, 2e6],
    ['It killed almost 90% of them.', 'nearly', 0.81, 0.9],
    ['It killed over a million.', 'over', 1e6, 1.5e6],
    ['It killed more than four million.', 'over', 4e6, 6e6],
    ['It killed at least 100,000.', 'at-least', 100000, Infinity],
    ['They held up to 90% of the city.', 'up-to', 0, 0.9],
    ['It killed less than a quarter of them.', 'under', 0, 0.25],
    ['It killed fewer than 5,000.', 'under', 0, 5000],
    ['It attacked not fewer than 160 persons.', 'at-least', 160, Infinity],
    ['It attacked not less than 160 persons.', 'at-least', 160, Infinity],
    ['It attacked not more than 160 persons.', 'up-to', 0, 160],
    ['Not above sixty booths were set up.', 'up-to', 0, 60],
    ['It attacked not under 160 persons.', 'at-least', 160, Infinity],
    ['It killed close to two million.', 'approximate', 1.8e6, 2.2e6],
  ];
  for (const [sentence, kind, low, high] of cases) {
    it(`${sentence} → ${kind} ${low} to ${high}`, () => {
      const v = only(sentence);
      assert.equal(v.hedge?.kind, kind);
      near(v.interval.low, low, 'low');
      near(v.interval.high, high, 'high');
      assert.ok(!v.text.includes(v.hedge!.text), 'the range covers the value, not its hedge');
    });
  }
  it('A to B borrows the unit of B', () => {
    const v = only('The siege lasted 3 to 4 months.');
    assert.equal(v.interval.dimension, 'duration');
    near(v.interval.low, 3 * MONTH, 'low');
    near(v.interval.high, 4 * MONTH, 'high');
  });
  it('between A and B spans both', () => {
    const v = only('It killed between 1.5 and 2 million.');
    near(v.interval.low, 1.5e6, 'low');
    near(v.interval.high, 2e6, 'high');
  });
  it('A–B spans both', () => {
    const v = only('It took 10,000–15,000 prisoners.');
    near(v.interval.low, 10000, 'low');
    near(v.interval.high, 15000, 'high');
  });
});

// Issue 9, item 6: values the engine used to misread. Each row: the sentence, then every value it
// states, as written, with its form and interval. Dates are written as ISO days (the first day named
// and the day after the last); counts and shares as numbers; durations in days.
type Expected = [text: string, form: string, low: number | string, high: number | string, implied?: number];

function iso(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return dayNumber(y!, m!, d!);
}

function expectValues(sentence: string, expected: Expected[], context: { year?: number } = {}) {
  const values = extractValues(sentence, 0, context);
  assert.deepEqual(values.map((v) => v.text), expected.map((e) => e[0]), `values of ${JSON.stringify(sentence)}`);
  values.forEach((v, n) => {
    const [text, form, low, high, implied] = expected[n]!;
    assert.equal(v.form, form, `form of ${text}`);
    near(v.interval.low, typeof low === 'string' ? iso(low) : low, `low of ${text}`);
    near(v.interval.high, typeof high === 'string' ? iso(high) : high, `high of ${text}`);
    assert.equal(v.impliedDuration?.nominal, implied, `implied duration of ${text}`);
  });
}

function table(title: string, rows: Array<[string, Expected[]]>, context: { year?: number } = {}) {
  describe(title, () => {
    for (const [sentence, expected] of rows) {
      it(`${sentence} → ${expected.map((e) => `${e[0]} (${e[1]})`).join(', ') || 'no value'}`, () => expectValues(sentence, expected, context));
    }
  });
}

table('values: a scale glued to digits (m, bn, k); a spaced m may be metres', [
  ['They had 1.2m men.', [['1.2m', 'count', 1.15e6, 1.25e6]]],
  ['It cost 3bn.', [['3bn', 'count', 2.7e9, 3.3e9]]],
  ['They took 40k prisoners.', [['40k', 'count', 36000, 44000]]],
  ['They took about 40k prisoners.', [['40k', 'count', 36000, 44000]]],
  ['The wall was 8 m high.', [['8 m', 'count', 7.5, 8.5]]],
  ['The ditch was 48 m wide.', [['48 m', 'count', 47.5, 48.5]]],
  ['A 6m-high wall stood there.', []],
]);

table('values: shares as one part of a whole', [
  ['Three out of four died.', [['Three out of four', 'fraction', 0.675, 0.825]]],
  ['Nine out of ten died.', [['Nine out of ten', 'fraction', 0.85, 0.95]]],
  ['Two in three died.', [['Two in three', 'fraction', 0.6, 2 / 3 + 1 / 15]]],
  ['One in five died.', [['One in five', 'fraction', 0.18, 0.22]]],
  ['One out of every three died.', [['One out of every three', 'fraction', 0.3, 1 / 3 + 1 / 30]]],
  ['He shot 20 in 30 minutes.', [['20', 'count', 18, 22], ['30 minutes', 'duration', 27 / 1440, 33 / 1440]]],
  // (Seconds are time, not a count of something: `the squall lasted only ninety seconds`.)
  ['The squall lasted only ninety seconds.', [['ninety seconds', 'duration', 85 / 86400, 95 / 86400]]],
  ['Thirty-seven men we lost out of No. 3.', [['Thirty-seven', 'count', 36.5, 37.5], ['3', 'count', 2.7, 3.3]]],
]);

table('values: a share something changed by', [
  ['The tax was cut by a third in 1655.', [['a third', 'fraction', 0.3, 1 / 3 + 1 / 30], ['1655', 'year', Date.UTC(1655, 0, 1) / 86_400_000, Date.UTC(1656, 0, 1) / 86_400_000]]],
  ['The tax was cut by half.', [['half', 'fraction', 0.45, 0.55]]],
  ['It was signed by a third party.', []],
  // A share set off by commas after the count it is the share of; not an ordinal set off alone.
  ['In all 1,100 of the town’s 6,000 people, a fifth, had died.', [['1,100', 'count', 1050, 1150], ['6,000', 'count', 5500, 6500], ['a fifth', 'fraction', 0.18, 0.22]]],
  ['He came back, a fifth, and left.', []],
  ['A third man came.', []],
]);

table('values: dozens', [
  ['It took a dozen men.', [['a dozen', 'count', 10.8, 13.2]]],
  ['It took half a dozen men.', [['half a dozen', 'count', 5.4, 6.6]]],
  ['Five and forty souls were aboard.', [['Five and forty', 'count', 44.5, 45.5]]],
  ['Between five and twenty men died.', [['five and twenty', 'count', 5, 20]]],
  ['It took two dozen men.', [['two dozen', 'count', 21.6, 26.4]]],
  ['It took 3 dozen men.', [['3 dozen', 'count', 32.4, 39.6]]],
  ['Dozens of men died.', []],
]);

table('values: half a year, half a month', [
  ['It lasted half a year.', [['half a year', 'duration', 0.45 * YEAR, 0.55 * YEAR]]],
  ['It lasted half a month.', [['half a month', 'duration', 0.45 * MONTH, 0.55 * MONTH]]],
  ['The island lies about half a mile off the quay.', []],
  ['The camp lay about half a league from the walls.', []],
  ['About half the town died.', [['half', 'fraction', 0.45, 0.55]]],
]);

table('values: a year said in words is a year, never a count', [
  ['It began in nineteen forty-one.', [['nineteen forty-one', 'year', '1941-01-01', '1942-01-01']]],
  ['It began in nineteen-forty-one.', [['nineteen-forty-one', 'year', '1941-01-01', '1942-01-01']]],
  ['It began in nineteen hundred and forty-one.', [['nineteen hundred and forty-one', 'year', '1941-01-01', '1942-01-01']]],
  ['The treaty came in eighteen seventy-one.', [['eighteen seventy-one', 'year', '1871-01-01', '1872-01-01']]],
  ['It closed in ten sixty-six.', [['ten sixty-six', 'year', '1066-01-01', '1067-01-01']]],
  ['Nineteen eleven.', [['Nineteen eleven', 'year', '1911-01-01', '1912-01-01']]],
  ['It ended in nineteen hundred.', [['nineteen hundred', 'year', '1900-01-01', '1901-01-01']]],
  ['It was signed on the second of May, eighteen seventy-one.', [['the second of May, eighteen seventy-one', 'date', '1871-05-02', '1871-05-03']]],
  ['It blew on the fourteenth of October, nineteen twenty-four.', [['the fourteenth of October, nineteen twenty-four', 'date', '1924-10-14', '1924-10-15']]],
  ['It fell in May of nineteen forty-two.', [['May of nineteen forty-two', 'date', '1942-05-01', '1942-06-01']]],
  ['It opened on the seventeenth day of June, one thousand seven hundred and ninety-nine.', [['the seventeenth day of June, one thousand seven hundred and ninety-nine', 'date', '1799-06-17', '1799-06-18']]],
  ['It was authorised by an Act of the year one thousand seven hundred and ninety-two.', [['one thousand seven hundred and ninety-two', 'year', '1792-01-01', '1793-01-01']]],
]);

table('values: a month in lower case is a month beside a number, and `may` or `march` only with a year', [
  ['barbarossa started june 22 1941', [['june 22 1941', 'date', '1941-06-22', '1941-06-23']]],
  ['the battle began on 23 august 1942.', [['23 august 1942', 'date', '1942-08-23', '1942-08-24']]],
  ['it fell in may 1945.', [['may 1945', 'date', '1945-05-01', '1945-06-01']]],
  ['in march 1942 the town fell', [['march 1942', 'date', '1942-03-01', '1942-04-01']]],
  ['On the march 27 men died.', [['27', 'count', 26.5, 27.5]]],
  ['we may 5 times a day', [['5', 'count', 4.5, 5.5]]],
  ['in june the town was shelled.', []],
]);

table('values: counts in words stay counts', [
  ['There were nineteen men.', [['nineteen', 'count', 18.5, 19.5]]],
  ['It lasted forty-one days.', [['forty-one days', 'duration', 40.5, 41.5]]],
  ['There were nineteen hundred men.', [['nineteen hundred', 'count', 1850, 1950]]],
  ['We are shut up in the citadel, fourteen hundred of us in all.', [['fourteen hundred', 'count', 1350, 1450]]],
  ['They marched out, nineteen hundred men.', [['nineteen hundred', 'count', 1850, 1950]]],
  ['They lost nineteen hundred and forty-one men.', [['nineteen hundred and forty-one', 'count', 1940.5, 1941.5]]],
  ['In March, two thousand men marched.', [['two thousand', 'count', 1800, 2200]]],
  ['By the survey there remained but one thousand eight hundred and seventy.', [['one thousand eight hundred and seventy', 'count', 1869.5, 1870.5]]],
  ['They fielded twelve twenty-pound guns.', [['twelve', 'count', 11.5, 12.5], ['twenty', 'count', 18, 22]]],
]);

table('values: parts of a year or a decade are dates spanning the part named', [
  ['It ended at the end of 1942.', [['the end of 1942', 'date', '1942-09-01', '1943-01-01']]],
  ['It ended in late 1942.', [['late 1942', 'date', '1942-09-01', '1943-01-01']]],
  ['It began at the beginning of 1942.', [['the beginning of 1942', 'date', '1942-01-01', '1942-05-01']]],
  ['It began at the start of 1942.', [['the start of 1942', 'date', '1942-01-01', '1942-05-01']]],
  ['It came in the middle of 1942.', [['the middle of 1942', 'date', '1942-05-01', '1942-09-01']]],
  ['It came in the first half of 1942.', [['the first half of 1942', 'date', '1942-01-01', '1942-07-01']]],
  ['It came in the second half of 1942.', [['the second half of 1942', 'date', '1942-07-01', '1943-01-01']]],
  ['It came in the first half of July 1942.', [['the first half of July 1942', 'date', '1942-07-01', '1942-07-16']]],
  ['It came in the 1940s.', [['1940s', 'date', '1940-01-01', '1950-01-01']]],
  ['It came in the 1940’s.', [['1940’s', 'date', '1940-01-01', '1950-01-01']]],
  ['It came in the early 1940s.', [['the early 1940s', 'date', '1940-01-01', '1944-01-01']]],
  ['It came in the mid-1940s.', [['the mid-1940s', 'date', '1944-01-01', '1947-01-01']]],
  ['It came in mid-1940s.', [['mid-1940s', 'date', '1944-01-01', '1947-01-01']]],
  ['It came in the late 1940s.', [['the late 1940s', 'date', '1947-01-01', '1950-01-01']]],
  ['It came at the end of the 1940s.', [['the end of the 1940s', 'date', '1947-01-01', '1950-01-01']]],
  ['To end 1942 on a high, they attacked.', [['1942', 'year', '1942-01-01', '1943-01-01']]],
]);

table('values: pairs and ranges of years are dates', [
  ['It came in 1942/43.', [['1942/43', 'date', '1942-01-01', '1944-01-01']]],
  ['It came in 1942/1943.', [['1942/1943', 'date', '1942-01-01', '1944-01-01']]],
  ['It came in the winter of 1942/43.', [['the winter of 1942/43', 'date', '1942-12-01', '1943-03-01']]],
  ['It came in the winter of 1942–43.', [['the winter of 1942–43', 'date', '1942-12-01', '1943-03-01']]],
  ['It came in 1939–40.', [['1939–40', 'date-range', '1939-01-01', '1941-01-01']]],
  ['The war of 1939 to 1940 was short.', [['1939 to 1940', 'date-range', '1939-01-01', '1941-01-01']]],
  ['It came in 1939 and 1940.', [['1939', 'year', '1939-01-01', '1940-01-01'], ['1940', 'year', '1940-01-01', '1941-01-01']]],
  ['It was fought in the winter of 1940.', [['the winter of 1940', 'date', '1939-12-01', '1941-03-01']]],
  ['It came in 1942–1943.', [['1942–1943', 'date-range', '1942-01-01', '1944-01-01']]],
  ['It came in the summer of 1942 – 43 days later it ended.', [
    ['the summer of 1942', 'date', '1942-06-01', '1942-09-01'], ['43 days', 'duration', 42.5, 43.5],
  ]],
]);

table('values: a day and month with no year takes the one year its sentence names', [
  ['It fell on 19 November.', []],
  ['It fell by late 22 November.', []],
  ['It came on the ninth of February.', []],
  ['It opened on 19 November 1942 and the south followed on 20 November.', [
    ['19 November 1942', 'date', '1942-11-19', '1942-11-20'], ['20 November', 'date', '1942-11-20', '1942-11-21'],
  ]],
  ['They fought in 1942 and 1943, and it fell on 19 November.', [
    ['1942', 'year', '1942-01-01', '1943-01-01'], ['1943', 'year', '1943-01-01', '1944-01-01'],
  ]],
]);

table('values: … or else the year of its context', [
  ['It fell on 19 November.', [['19 November', 'date', '1942-11-19', '1942-11-20']]],
  ['It fell by late 22 November.', [['22 November', 'date', '1942-11-22', '1942-11-23']]],
  ['It came on 20 November.', [['20 November', 'date', '1942-11-20', '1942-11-21']]],
  ['It came on the ninth of February.', [['the ninth of February', 'date', '1942-02-09', '1942-02-10']]],
  ['It came on November 20th.', [['November 20th', 'date', '1942-11-20', '1942-11-21']]],
  ['It came on 20 November 1943.', [['20 November 1943', 'date', '1943-11-20', '1943-11-21']]],
  ['It came in 1941 and 1943, on 20 November.', [
    ['1941', 'year', '1941-01-01', '1942-01-01'], ['1943', 'year', '1943-01-01', '1944-01-01'], ['20 November', 'date', '1942-11-20', '1942-11-21'],
  ]],
  ['It ran from 2 May to 11 June.', [['2 May to 11 June', 'date-range', '1942-05-02', '1942-06-12', 41]]],
  ['They held out from the second day of April to the nineteenth, when the soldiers came.', [['the second day of April to the nineteenth', 'date-range', '1942-04-02', '1942-04-20', 18]]],
  ['They held out from 2 April to the 19th.', [['2 April to the 19th', 'date-range', '1942-04-02', '1942-04-20', 18]]],
  ['From 2 April to the 19th Lancers held the ford.', [['2 April', 'date', '1942-04-02', '1942-04-03']]],
  // (The last two days of a list are days of it, no range from one to the other.)
  ['The court sat on the 27th, 28th and 29th of January.', [['29th of January', 'date', '1942-01-29', '1942-01-30']]],
  ['They crossed on 14 and 15 September.', [['14 and 15 September', 'date-range', '1942-09-14', '1942-09-16', 2]]],
], { year: 1942 });

table('values: a month with neither day nor year takes the year around it, after a preposition or a part word', [
  ['In November the town was shelled.', [['November', 'date', '1942-11-01', '1942-12-01']]],
  ['The assault came in August, and failed.', [['August', 'date', '1942-08-01', '1942-09-01']]],
  ['By mid-August the river was crossed.', [['mid-August', 'date', '1942-08-11', '1942-08-21']]],
  ['A major attack was planned for late November.', [['late November', 'date', '1942-11-21', '1942-12-01']]],
  ['They held out until the end of March.', [['the end of March', 'date', '1942-03-21', '1942-04-01']]],
  ['The fighting went on in July and August.', [['July and August', 'date', '1942-07-01', '1942-09-01']]],
  // (`May` and `March` are also words of English: without a preposition or a part word, no date.)
  ['May the town be spared.', []],
  ['March on, the captain said.', []],
  ['August was hot.', []],
], { year: 1942 });

table('values: … and without a year around it, no value', [
  ['In November the town was shelled.', []],
  ['By mid-August the river was crossed.', []],
]);

table('values: a year with its century cut off is no value without a year around it', [
  ["It all goes back to June '41, when the pact was torn up.", []],
  ["In '43 the town fell.", []],
  ["The men's 41 rifles were lost.", [['41', 'count', 40.5, 41.5]]],
]);

table('values: … and with one, the year nearest it (its own sentence first, else its context)', [
  ["It all goes back to June '41, when the pact was torn up.", [["June '41", 'date', '1941-06-01', '1941-07-01']]],
  ["They froze in the winter '41–'42.", [["the winter '41–'42", 'date', '1941-12-01', '1942-03-01']]],
  ["Losses were 4 million by Dec. '41.", [['4 million', 'count', 3.6e6, 4.4e6], ["Dec. '41", 'date', '1941-12-01', '1942-01-01']]],
  ["It ended on Feb. 2nd '43.", [["Feb. 2nd '43", 'date', '1943-02-02', '1943-02-03']]],
  ["It came back in the summer of '02, after 1998.", [["the summer of '02", 'date', '2002-06-01', '2002-09-01'], ['1998', 'year', '1998-01-01', '1999-01-01']]],
], { year: 1942 });

table('values: a year said as people say it, century left out, after `in` and before the clause it dates', [
  ['In fifty-five it was sixty-four per cent Yes.', [['fifty-five', 'year', '1955-01-01', '1956-01-01'], ['sixty-four per cent', 'fraction', 0.635, 0.645]]],
  ['We were out in fifty-three.', [['fifty-three', 'year', '1953-01-01', '1954-01-01']]],
  ['In forty-one, when the pact was torn up, we left.', [['forty-one', 'year', '1941-01-01', '1942-01-01']]],
  // (Before a noun, a count or a length; at a ratio's foot, a share.)
  ['They sank in fifty-five minutes.', [['fifty-five minutes', 'duration', 54.5 / 1440, 55.5 / 1440]]],
  ['One in fifty was killed.', [['One in fifty', 'fraction', 0.018, 0.022]]],
], { year: 1950 });

table('values: … and with no year around it, left a number', [
  ['In fifty-five it was over.', [['fifty-five', 'count', 54.5, 55.5]]],
]);

table('values: `one` after a determiner stands for a thing named before, no share', [
  ['The big one in fifty-three was worse.', [['fifty-three', 'count', 52.5, 53.5]]],
  ['This one in ten was the worst.', [['ten', 'count', 9, 11]]],
  ['Only one in five survived.', [['one in five', 'fraction', 0.18, 0.22]]],
  // (After `that` as a conjunction, a share.)
  ['He adds that one in three men was lost.', [['one in three', 'fraction', 0.3, 1.1 / 3]]],
]);

table('values: a range of days states a duration, counting both ends', [
  ['It ran from 3 June to 9 September 1802.', [['3 June to 9 September 1802', 'date-range', '1802-06-03', '1802-09-10', 99]]],
  ['It ran 3 June – 9 September 1802.', [['3 June – 9 September 1802', 'date-range', '1802-06-03', '1802-09-10', 99]]],
  ['It ran from the second of May to the nineteenth of August, nineteen twenty-seven.', [
    ['the second of May to the nineteenth of August, nineteen twenty-seven', 'date-range', '1927-05-02', '1927-08-20', 110],
  ]],
  ['They shut us out from the fourth of May, nineteen thirty-one, to the twenty-second of January, nineteen thirty-two.', [
    ['the fourth of May, nineteen thirty-one, to the twenty-second of January, nineteen thirty-two', 'date-range', '1931-05-04', '1932-01-23', 264],
  ]],
  ['It ran from 2 May to 11 June 1871.', [['2 May to 11 June 1871', 'date-range', '1871-05-02', '1871-06-12', 41]]],
  ['It ran between 2 May and 11 June 1871.', [['2 May and 11 June 1871', 'date-range', '1871-05-02', '1871-06-12', 41]]],
  ['It ran from 2 May 1871 to 11 June.', [['2 May 1871 to 11 June', 'date-range', '1871-05-02', '1871-06-12', 41]]],
  ['It ran 12 to 30 January 1943.', [['12 to 30 January 1943', 'date-range', '1943-01-12', '1943-01-31', 19]]],
  ['It ran 27 September to 25 November 1942.', [['27 September to 25 November 1942', 'date-range', '1942-09-27', '1942-11-26', 60]]],
  ['It ran from 20 December to 2 February 1943.', [['20 December to 2 February 1943', 'date-range', '1942-12-20', '1943-02-03', 45]]],
  ['In 1941 it ran from 3 June to 9 September 1802.', [
    ['1941', 'year', '1941-01-01', '1942-01-01'], ['3 June to 9 September 1802', 'date-range', '1802-06-03', '1802-09-10', 99],
  ]],
]);

table('values: a range with a month at one end, or of months, states no duration', [
  ['It ran 25 November-December of 1942.', [['25 November-December of 1942', 'date-range', '1942-11-25', '1943-01-01']]],
  ['It ran January 1942 to March 1943.', [['January 1942 to March 1943', 'date-range', '1942-01-01', '1943-04-01']]],
  ['It ran November–December of 1942.', [['November–December of 1942', 'date-range', '1942-11-01', '1943-01-01']]],
]);

table('values: a time of day is neither a count nor a separate date', [
  ['At 07:20 (Moscow time) on 19 November 1942 the guns opened.', [['19 November 1942', 'date', '1942-11-19', '1942-11-20']]],
  ['Posted 2 May 2021 at 9:14 am.', [['2 May 2021', 'date', '2021-05-02', '2021-05-03']]],
  ['It fell at 9 p.m. on 3 May 1943.', [['3 May 1943', 'date', '1943-05-03', '1943-05-04']]],
  ['The attack began at 0500 hours on 3 May 1943.', [['3 May 1943', 'date', '1943-05-03', '1943-05-04']]],
  ['At ten thirty the guns opened.', []],
  ['The museum is open 10:00–16:00 daily.', []],
  ['The fire broke out at about twenty minutes to six on 17 October 1891.', [['17 October 1891', 'date', '1891-10-17', '1891-10-18']]],
  ['The alarm came at half past five and again at a quarter to six.', []],
  ['It began at ten past four.', []],
  ['He shot 20 in 30 minutes to 6 targets.', [['20', 'count', 18, 22], ['30 minutes', 'duration', 27 / 1440, 33 / 1440], ['6', 'count', 5.5, 6.5]]],
]);

// Word tables have no prototype: `constructor`, `toString`, `__proto__` are not number words,
// months or scales (before, `a constructor` was a count with no value at all).
table('values: words an object inherits are plain words', [
  ['He was a constructor of 3 bridges.', [['3', 'count', 2.7, 3.3]]],
  ['It took a toString to build.', []],
  ['Twenty-constructor men came.', [['Twenty', 'count', 18, 22]]],
  ['The siege lasted __proto__ days.', []],
  ['It began on 3 constructor 1850.', [['3', 'count', 2.7, 3.3], ['1850', 'year', '1850-01-01', '1851-01-01']]],
]);

describe('values: finding the intervals that agree with a value (IntervalTable)', () => {
  const count = (low: number, high: number): QuantityInterval => ({ dimension: 'count', low, high, nominal: (low + high) / 2 });

  it('finds exactly the intervals that overlap the value, in the order they were given', () => {
    const bound = fc.oneof(fc.integer({ min: -50, max: 5000 }), fc.constant(Infinity), fc.constant(-Infinity));
    const interval = fc.tuple(bound, bound).map(([a, b]) => count(Math.min(a, b), Math.max(a, b)));
    fc.assert(fc.property(fc.array(interval, { maxLength: 300 }), interval, (intervals, value) => {
      const table = new IntervalTable(intervals.map((i, n) => ({ item: n, interval: i })));
      const expected = intervals.flatMap((i, n) => (intervalsOverlap(value, i) ? [n] : []));
      assert.deepEqual(table.overlapping(value).map((e) => e.item), expected);
    }), { numRuns: 300 });
  });

  it('reads them as intervalsOverlap does: touching ends do not agree, a point inside one does', () => {
    const agreeing = new IntervalTable([count(4.5, 5.5), count(5.5, 6.5), count(40, Infinity), count(6, 6)].map((interval, item) => ({ item, interval })));
    const table: Array<[QuantityInterval, number[]]> = [
      [count(5.5, 6.5), [1, 3]],
      [count(5, 5), [0]],
      [count(100, 110), [2]],
      [count(-Infinity, 4.5), []],
      [count(-Infinity, 4.6), [0]],
    ];
    for (const [value, items] of table) assert.deepEqual(agreeing.overlapping(value).map((e) => e.item), items, JSON.stringify(value));
  });

  it('forEach visits every item with its interval, in the order given, as all() lists them', () => {
    const entries = [count(1, 2), count(10, 20), count(-Infinity, 3)].map((interval, item) => ({ item, interval }));
    const table = new IntervalTable(entries);
    const visited: Array<{ item: number; interval: QuantityInterval }> = [];
    table.forEach((item, interval) => visited.push({ item, interval }));
    assert.deepEqual(visited, entries);
    assert.deepEqual(table.all(), entries);
  });
});

table('values: `a week` is a span only beside a word of time or of lasting', [
  ['It was a year to remember.', []],
]);

table('values: a feast of one day of the year is that day (not a movable feast, nor one that names what follows it)', [
  ['The tenants last paid rent at Martinmas 1765.', [['Martinmas 1765', 'date', '1765-11-11', '1765-11-12']]],
  ['He was executed on Christmas Day 1683.', [['Christmas Day 1683', 'date', '1683-12-25', '1683-12-26']]],
  ['The return of Michaelmas 1673 lists every house.', [['Michaelmas 1673', 'date', '1673-09-29', '1673-09-30']]],
  ['The Candlemas Gale of 1887 drowned 17 men.', [['1887', 'year', '1887-01-01', '1888-01-01'], ['17', 'count', 16.5, 17.5]]],
  ['The term began at Easter 1770.', [['1770', 'year', '1770-01-01', '1771-01-01']]],
  ['They came on Christmas Eve 1683.', [['1683', 'year', '1683-01-01', '1684-01-01']]],
  ['They came on the eve of Martinmas 1765.', [['1765', 'year', '1765-01-01', '1766-01-01']]],
]);

table('values: …and with no year of its own, the year of the text around it', [
  ['The rent fell due at Martinmas, and few paid.', [['Martinmas', 'date', '1765-11-11', '1765-11-12']]],
], { year: 1765 });

table('values: a saint’s day is its day of the year, in the year of the text (not its eve, nor a saint of several days)', [
  ['About the feast of St John the Baptist the fever came.', [['the feast of St John the Baptist', 'date', '1765-06-24', '1765-06-25']]],
  ['On the feast of the apostles Peter and Paul the abbot sealed a charter.', [['the feast of the apostles Peter and Paul', 'date', '1765-06-29', '1765-06-30']]],
  ["They met on St Barnabas's Day.", [["St Barnabas's Day", 'date', '1765-06-11', '1765-06-12']]],
  ['On the eve of the feast of St Michael the river rose.', []],
  ['The feast of St John was kept with bonfires.', []],
], { year: 1765 });
