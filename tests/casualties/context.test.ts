/**
 * Date, place and source of casualty figures, on texts written for these tests. Dates and places
 * are supplied as the dates and names passes would find them, so only the attribution is tested.
 */
import { describe, expect, it } from 'vitest';
import { run, type Given } from './helpers.js';
import { tokenize } from '../../src/passes/casualties/tokens.js';
import { findFigures } from '../../src/passes/casualties/figures.js';
import { eventPlaces, sourceOf } from '../../src/passes/casualties/context.js';

type Row = [string, Given, Array<[string | null, string | null]>];

describe('date and place of the event', () => {
  const rows: Row[] = [
    // the date named for the event in the sentence; the dateline is the publication, not the event
    ['KABUL, Afghanistan (Jan. 25, 2013)\nDuring an operation in Andar district, Ghazni province, yesterday, the force killed two insurgents.',
      { publishedAt: '2013-01-25', dates: [['Jan. 25, 2013', '2013-01-25'], ['yesterday', '2013-01-24']], places: [['Andar', 'region'], ['Ghazni', 'region']] },
      [['2013-01-24', 'Ghazni']]],
    // a date in the header above the dateline names the report: a figure without a date of its own takes the publication date
    ['Operational Update, Jan. 5, 2013\nKABUL, Afghanistan (Jan. 4, 2013) – A patrol killed two insurgents in Kandahar province.',
      { publishedAt: '2013-01-04', dates: [['Jan. 5, 2013', '2013-01-05'], ['Jan. 4, 2013', '2013-01-04']] }, [['2013-01-04', 'Kandahar']]],
    // dates after the dateline are the body's
    ['KABUL, Afghanistan (Jan. 4, 2013) – Forces searched a compound on Jan. 2, 2013.\nA patrol killed two insurgents.',
      { publishedAt: '2013-01-04', dates: [['Jan. 4, 2013', '2013-01-04'], ['Jan. 2, 2013', '2013-01-02']] }, [['2013-01-02', null]]],
    // without a dateline, the opening line is body text
    ['Police raided a house in Lyon on Monday.\nThree men were arrested.',
      { publishedAt: '2025-10-23', dates: [['Monday', '2025-10-20']], places: [['Lyon', 'city']] }, [['2025-10-20', 'Lyon']]],
    // a figure whose sentence and paragraph name no day takes the lede's day, the first the article names before it
    ['Gunmen stormed the town on Thursday, killing at least 15 people.\n\nA handful of police officers were wounded in a gun battle.',
      { publishedAt: '2025-10-31', dates: [['Thursday', '2025-10-30']] }, [['2025-10-30', null], ['2025-10-30', null]]],
    // … and before that, the day of the first figure that has one (the story's event, not the writer's trip)
    ['I got back to the city last night.\n\nFloods hit the valley on Tuesday night, killing eight people.\n\nMore than 5,000 people were displaced.',
      { publishedAt: '2025-10-23', dates: [['last night', '2025-10-22TNI'], ['Tuesday night', '2025-10-21TNI']] }, [['2025-10-21', null], ['2025-10-21', null]]],
    // … but not a day named only after it
    ['Three people were killed in a blast.\n\nA similar bomb on Monday wounded two.',
      { publishedAt: '2025-10-23', dates: [['Monday', '2025-10-20']] }, [['2025-10-23', null], ['2025-10-20', null]]],
    // the header's date is not the lede's
    ['Updated Nov. 7, 2024\nA strike on Tuesday hit a camp.\n\nFive people were wounded.',
      { publishedAt: '2024-11-07', dates: [['Nov. 7, 2024', '2024-11-07'], ['Tuesday', '2024-11-05']] }, [['2024-11-05', null]]],
    // a day right after a reporting verb is the report's: the event's day wins over it
    ['A drone strike on Tuesday killed three militants, the Pentagon said on Wednesday.',
      { publishedAt: '2024-11-07', dates: [['Tuesday', '2024-11-05'], ['Wednesday', '2024-11-06']] }, [['2024-11-05', null]]],
    ['Two men were detained in the raid, police told reporters Wednesday; the raid began Tuesday.',
      { publishedAt: '2024-11-07', dates: [['Wednesday', '2024-11-06'], ['Tuesday', '2024-11-05']] }, [['2024-11-05', null]]],
    // the start of a period ("since Oct. 1") is no lede's day nor a headline's …
    ['The campaign has gone on since Oct. 1, officials said.\n\nTwo insurgents were killed in the raid.',
      { publishedAt: '2010-12-04', dates: [['Oct. 1', '2010-10-01']] }, [['2010-12-04', null]]],
    ['Leaders Captured in Khost\nKABUL, Afghanistan (Dec. 4, 2010) - The campaign has gone on since Oct. 1.',
      { publishedAt: '2010-12-04', dates: [['Dec. 4, 2010', '2010-12-04'], ['Oct. 1', '2010-10-01']] }, [['2010-12-04', null]]],
    // … but a figure's own when its sentence names no other day
    ['Three aid workers have been missing since 28 August.', { publishedAt: '2024-09-05', dates: [['28 August', '2024-08-28']] }, [['2024-08-28', null]]],
    // … and still the figure's when the sentence names no other
    ['Police said on Monday that two men were arrested.',
      { publishedAt: '2025-10-23', dates: [['Monday', '2025-10-20']] }, [['2025-10-20', null]]],
    // a headline figure takes the date of the body's figure of its family …
    ['Two Soldiers Killed in Border Clash\nKABUL, Afghanistan (Mar. 1, 2010) - Two soldiers were killed on Friday, officials said.',
      { publishedAt: '2010-03-01', dates: [['Mar. 1, 2010', '2010-03-01'], ['Friday', '2010-02-26']] }, [['2010-02-26', null], ['2010-02-26', null]]],
    // … and without one, the first day the body names
    ['Insurgents Killed in Night Operation\nKABUL, Afghanistan (Mar. 1, 2010) - A patrol searched a compound for a bomb maker on Saturday night.',
      { publishedAt: '2010-03-01', dates: [['Mar. 1, 2010', '2010-03-01'], ['Saturday night', '2010-02-27TNI']] }, [['2010-02-27', null]]],
    // a headline that names its own day keeps it
    ['Two Killed in Blast on Monday\nKABUL (Reuters) - Police sealed off the market on Tuesday.',
      { publishedAt: '2025-10-23', dates: [['Monday', '2025-10-20'], ['Tuesday', '2025-10-21']] }, [['2025-10-20', null]]],
    // no date in the text: the publication date
    ['Two soldiers were killed in Kherson.', { publishedAt: '2025-10-23', places: [['Kherson', 'city']] }, [['2025-10-23', 'Kherson']]],
    // a later sentence without a date or place takes those of the sentence before it in the same block
    ['Police raided a house in Lyon on Monday. Three men were arrested.',
      { publishedAt: '2025-10-23', dates: [['Monday', '2025-10-20']], places: [['Lyon', 'city']] }, [['2025-10-20', 'Lyon']]],
    // the date after the verb is the event's; the one before is the report's
    ['Today, officials confirmed a leader was arrested in Kandahar province on Sunday.',
      { publishedAt: '2025-10-23', dates: [['Today', '2025-10-23'], ['Sunday', '2025-10-19']] }, [['2025-10-19', 'Kandahar']]],
    // a month or a year is background, not the day of the event
    ['Since the war began in February 2022, at least 600 soldiers have been killed.',
      { publishedAt: '2025-10-23', dates: [['February 2022', '2022-02']] }, [['2025-10-23', null]]],
    // a region ranks above a city, a city above a country
    ['In Ukraine, shelling in Kharkiv killed four people, officials in the Kharkiv region said.',
      { places: [['Ukraine', 'country'], ['Kharkiv', 'city']] }, [['2025-10-23', 'Kharkiv']]],
  ];
  it.each(rows)('%s', (text, given, expected) => {
    expect(run(text, given).figures.map((f) => [f.date, f.place])).toEqual(expected);
  });
});

describe('source', () => {
  const rows: Array<[string, Array<string | null>]> = [
    ['According to South Korean intelligence estimates, at least 600 North Korean soldiers have been killed.', ['South Korean intelligence']],
    ['Three people were killed in the blast, a police spokesman said.', ['police spokesman']],
    ['Officials said 12 villagers were abducted.', ['Officials']],
    ['The health ministry reported 40 injured.', ['health ministry']],
    ['"They were killed in cold blood," said Colonel Ivan Petrov, the regional commander. Two guards were killed.', [null]],
    ['Two guards were killed at the gate.', [null]],
    ['A hospital director in the town, Dr. Ana Ruiz, said her staff had counted 22 bodies.', ['hospital director in the town']],
    ['Two villagers were wounded and taken to a clinic in the capital, the regional capital, said Musa Bello, a police spokesman.', ['Musa Bello']],
    ['But local officials in the province said 11 people were killed.', ['local officials in the province']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(run(text).figures.map((f) => f.source)).toEqual(expected);
  });
});

describe('pathological input runs in linear time', () => {
  // the pass's own regular expressions and loops, on one sentence of 1 MB (the compromise parse is not ours to time)
  it.each([['a'], ['1'], [','], ['killed '], ['A.'], ['1,000'], ['the '], ['at least '], ['-'], ['\n'], ['3 killed, '], ['1,000,000x ']])('1 MB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const tokens = tokenize(text, 0);
    findFigures(tokens, { isPlace: () => false });
    sourceOf(tokens, text);
    eventPlaces(text, []);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
