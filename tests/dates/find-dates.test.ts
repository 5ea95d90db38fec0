/**
 * findDates on sentences written for these tests: each row is a sentence, the publication date,
 * and every expression expected in it as [text, value, type, mod]. Anchor 2025-10-23 is a Thursday.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/passes/dates/detect.js';
import { DATE_RULES } from '../../src/passes/dates/rules.js';

/** Every rule that produced an expected expression, to check below that each rule has a row. */
const exercised = new Set<string>();

type Row = [string, string | null, Array<[string, string, string, string | null]>];
const A = '2025-10-23';

function check(rows: Row[]) {
  it.each(rows)('%s (published %s)', (sentence, anchor, expected) => {
    const got = findDates(sentence, anchor).map((d) => [d.text, d.value, d.type, d.mod]);
    expect(got).toEqual(expected);
    for (const d of findDates(sentence, anchor)) {
      expect(sentence.slice(d.start, d.end)).toBe(d.text);
      for (const via of d.via.split('+')) exercised.add(via.replace(/^rule:/, ''));
    }
  });
}

describe('issue examples', () => {
  check([
    ['The minister resigned on Thursday.', A, [['Thursday', '2025-10-23', 'DATE', null]]],
    ['Prices have doubled since February 2022.', A, [['February 2022', '2022-02', 'DATE', null]]],
    ['Output fell last year.', A, [['last year', '2024', 'DATE', null]]],
    ['The plant was built in the 1990s.', A, [['the 1990s', '199X', 'DATE', null]]],
    ['The talks lasted about a year.', A, [['about a year', 'P1Y', 'DURATION', 'APPROX']]],
    ['The shelling began at around 4:30 a.m. in the suburbs.', A, [['around 4:30 a.m.', '2025-10-23T04:30', 'TIME', 'APPROX']]],
    ['Aid is now arriving.', A, [['now', 'PRESENT_REF', 'DATE', null]]],
    ['Sales rose in the week of 2013-W11 and in the 20th century tradition.', A, [['2013-W11', '2013-W11', 'DATE', null], ['the 20th century', '19', 'DATE', null]]],
    ['Results for the third quarter of 2013 were weak.', A, [['the third quarter of 2013', '2013-Q3', 'DATE', null]]],
    ['It rained in the summer of 2013.', A, [['the summer of 2013', '2013-SU', 'DATE', null]]],
    ['The flights resumed recently.', A, [['recently', 'PAST_REF', 'DATE', null]]],
    ['Such ideas belong to the future.', A, [['the future', 'FUTURE_REF', 'DATE', null]]],
    ['The surgery took 4.5 hours.', A, [['4.5 hours', 'PT4.5H', 'DURATION', null]]],
    ['Prices climbed in recent months.', A, [['recent months', 'PXM', 'DURATION', null]]],
    ['The committee meets every week.', A, [['every week', 'P1W', 'SET', null]]],
  ]);
});

describe('past bias and forward cues', () => {
  check([
    ['Police said on Friday that two men were held.', A, [['Friday', '2025-10-17', 'DATE', null]]],
    ['The court will rule on Friday.', A, [['Friday', '2025-10-24', 'DATE', null]]],
    ['The summit is scheduled for Monday.', A, [['Monday', '2025-10-27', 'DATE', null]]],
    ['The team leaves Saturday and the deadline is Monday.', A, [['Saturday', '2025-10-25', 'DATE', null], ['Monday', '2025-10-27', 'DATE', null]]],
    ['Elections were held in December.', A, [['December', '2024-12', 'DATE', null]]],
    ['Elections will be held in December.', A, [['December', '2025-12', 'DATE', null]]],
    ['The upcoming vote in March matters.', A, [['March', '2026-03', 'DATE', null]]],
    ['The deal was signed on Nov. 2.', A, [['Nov. 2', '2024-11-02', 'DATE', null]]],
    ['The deal will be signed on Nov. 2.', A, [['Nov. 2', '2025-11-02', 'DATE', null]]],
    ['The dividend is payable Nov. 14 to holders of record Nov. 1.', A, [['Nov. 14', '2025-11-14', 'DATE', null], ['Nov. 1', '2025-11-01', 'DATE', null]]],
    ['Voting closes Oct. 30.', A, [['Oct. 30', '2025-10-30', 'DATE', null]]],
    ['He said Friday that talks will resume.', A, [['Friday', '2025-10-17', 'DATE', null]]],
    ['Lawyers will appeal against Monday’s ruling.', A, [['Monday', '2025-10-20', 'DATE', null]]],
    ['The blast next to the embassy struck on Friday.', A, [['Friday', '2025-10-17', 'DATE', null]]],
    ['The deadline was set by Nov. 14 and by January.', A, [['Nov. 14', '2025-11-14', 'DATE', null], ['January', '2026-01', 'DATE', null]]],
    ['Without an anchor, Thursday stays open.', null, [['Thursday', 'XXXX-WXX-4', 'DATE', null]]],
  ]);
});

describe('absolute dates', () => {
  check([
    ['Filed on 2024-02-29 and again on 3/22/2013.', A, [['2024-02-29', '2024-02-29', 'DATE', null], ['3/22/2013', '2013-03-22', 'DATE', null]]],
    ['Signed 23/10/2025 and 23.10.2025.', A, [['23/10/2025', '2025-10-23', 'DATE', null], ['23.10.2025', '2025-10-23', 'DATE', null]]],
    ['On Friday, March 22, 2013, the bank shut.', A, [['Friday, March 22, 2013', '2013-03-22', 'DATE', null]]],
    ['It opened on 13 April 2024.', A, [['13 April 2024', '2024-04-13', 'DATE', null]]],
    ['It opened on the 4th of July 1990.', A, [['the 4th of July 1990', '1990-07-04', 'DATE', null]]],
    ['The war ended in May 1945.', A, [['May 1945', '1945-05', 'DATE', null]]],
    ['Talks collapsed in early December.', A, [['early December', '2024-12', 'DATE', 'START']]],
    ['The fire started in late last July.', A, [['late last July', '2025-07', 'DATE', 'END']]],
    ['The flood came last May.', A, [['last May', '2025-05', 'DATE', null]]],
    ['They met in mid-2019.', A, [['mid-2019', '2019', 'DATE', 'MID']]],
    ['A fund set up in 2009 closed.', A, [['2009', '2009', 'DATE', null]]],
    ['Rates rose in the late ’80s and the nineties.', A, [['the late ’80s', '198X', 'DATE', 'END'], ['the nineties', '199X', 'DATE', null]]],
    ['Sales in Q3 2013 and the fourth quarter fell.', A, [['Q3 2013', '2013-Q3', 'DATE', null], ['the fourth quarter', '2025-Q4', 'DATE', null]]],
    ['It snowed last winter and this spring.', A, [['last winter', '2024-WI', 'DATE', null], ['this spring', '2025-SP', 'DATE', null]]],
    ['Shops closed on Christmas Day.', A, [['Christmas Day', '2024-12-25', 'DATE', null]]],
    ['In nineteen ninety-six and the year two thousand, we met on October the twenty-first.', A, [['nineteen ninety-six', '1996', 'DATE', null], ['the year two thousand', '2000', 'DATE', null], ['October the twenty-first', '2025-10-21', 'DATE', null]]],
    ['The bridge reopened on 4 October.', A, [['4 October', '2025-10-04', 'DATE', null]]],
    ['The bridge will reopen on 4 November.', A, [['4 November', '2025-11-04', 'DATE', null]]],
    ['The turkey sale ends on Thanksgiving Day 2024.', A, [['Thanksgiving Day 2024', '2024-11-28', 'DATE', null]]],
  ]);
});

describe('ranges are two expressions', () => {
  check([
    ['Fighting raged between March and May.', A, [['March', '2025-03', 'DATE', null], ['May', '2025-05', 'DATE', null]]],
    ['He served from 2019 to 2021.', A, [['2019', '2019', 'DATE', null], ['2021', '2021', 'DATE', null]]],
    ['The period from January to March 2024 ended.', A, [['January', '2024-01', 'DATE', null], ['March 2024', '2024-03', 'DATE', null]]],
    ['The cup runs from June 11 to July 19, 2026.', A, [['June 11', '2026-06-11', 'DATE', null], ['July 19, 2026', '2026-07-19', 'DATE', null]]],
    ['Prices fell from November 2023 to February.', A, [['November 2023', '2023-11', 'DATE', null], ['February', '2024-02', 'DATE', null]]],
    ['The 2009-2010 season and the 2009-10 budget.', A, [['2009', '2009', 'DATE', null], ['2010', '2010', 'DATE', null], ['2009', '2009', 'DATE', null], ['10', '2010', 'DATE', null]]],
  ]);
});

describe('relative dates', () => {
  check([
    ['Two people died yesterday and one today; more may die tomorrow.', A, [['yesterday', '2025-10-22', 'DATE', null], ['today', '2025-10-23', 'DATE', null], ['tomorrow', '2025-10-24', 'DATE', null]]],
    ['The talks ended late yesterday.', A, [['late yesterday', '2025-10-22', 'DATE', 'END']]],
    ['The storm hit last night and eased this morning.', A, [['last night', '2025-10-22TNI', 'TIME', null], ['this morning', '2025-10-23TMO', 'TIME', null]]],
    // "overnight" in a report of the past is last night; with a forward cue it is tonight
    ['Troops raided the compound overnight.', A, [['overnight', '2025-10-22TNI', 'TIME', null]]],
    ['Crews will work overnight to restore power.', A, [['overnight', '2025-10-23TNI', 'TIME', null]]],
    ['The vote is tonight.', A, [['tonight', '2025-10-23TNI', 'TIME', null]]],
    // "overnight" in a sentence that names a day is that day's night, the nearer day when two are named
    ['A force detained two men during an overnight operation in Kandahar province Monday.', A, [['overnight', '2025-10-20TNI', 'TIME', null], ['Monday', '2025-10-20', 'DATE', null]]],
    ['Rebels attacked a convoy on Monday and raided a village overnight on Oct. 2.', A, [['Monday', '2025-10-20', 'DATE', null], ['overnight', '2025-10-02TNI', 'TIME', null], ['Oct. 2', '2025-10-02', 'DATE', null]]],
    // the publication day itself is not the night's day, nor a day in another sentence
    ['Today officials said the bridge was hit overnight.', A, [['Today', '2025-10-23', 'DATE', null], ['overnight', '2025-10-22TNI', 'TIME', null]]],
    ['The talks ended on Monday. Rockets hit the port overnight.', A, [['Monday', '2025-10-20', 'DATE', null], ['overnight', '2025-10-22TNI', 'TIME', null]]],
    ['Shelling went on overnight.', null, [['overnight', 'XXXX-XX-XXTNI', 'TIME', null]]],
    ['The ministry said earlier this month that prices rose.', A, [['earlier this month', '2025-10', 'DATE', null]]],
    ['Parliament meets this week and next month.', A, [['this week', '2025-W43', 'DATE', null], ['next month', '2025-11', 'DATE', null]]],
    ['The boat sank two days ago.', A, [['two days ago', '2025-10-21', 'DATE', null]]],
    ['The boat sank four years ago.', A, [['four years ago', '2021', 'DATE', null]]],
    ['A few years ago things differed.', A, [['A few years ago', 'PAST_REF', 'DATE', null]]],
    ['He was arrested yesterday; the previous day he had fled.', A, [['yesterday', '2025-10-22', 'DATE', null], ['the previous day', '2025-10-21', 'DATE', null]]],
    ['The previous day had been calm.', A, [['The previous day', '2025-10-22', 'DATE', null]]],
    ['Markets rallied last weekend.', A, [['last weekend', '2025-W42-WE', 'DATE', null]]],
    ['Voters go to the polls this coming Sunday; this past spring was dry.', A, [['this coming Sunday', '2025-10-26', 'DATE', null], ['this past spring', '2025-SP', 'DATE', null]]],
    ['The search resumed Friday afternoon.', A, [['Friday afternoon', '2025-10-17TAF', 'TIME', null]]],
    ['Profits will double by the end of the year.', A, [['the end of the year', '2025', 'DATE', 'END']]],
    ['Output peaked early this year.', A, [['early this year', '2025', 'DATE', 'START']]],
    ['It was the warmest decade of the last century.', A, [['the last century', '19', 'DATE', null]]],
    ['The current crisis began at the time of the vote.', A, [['current', 'PRESENT_REF', 'DATE', null], ['at the time', 'PAST_REF', 'DATE', null]]],
    ['Last year it fell; no anchor.', null, [['Last year', 'XXXX', 'DATE', null]]],
    ['Without an anchor: Oct. 23 and yesterday.', null, [['Oct. 23', 'XXXX-10-23', 'DATE', null], ['yesterday', 'XXXX-XX-XX', 'DATE', null]]],
  ]);
});

describe('times with their date', () => {
  check([
    ['The blast came at 3 p.m. Tuesday.', A, [['3 p.m. Tuesday', '2025-10-21T15:00', 'TIME', null]]],
    ['The blast came on Tuesday at 9:15 p.m.', A, [['Tuesday at 9:15 p.m.', '2025-10-21T21:15', 'TIME', null]]],
    ['The blast came at about 2:40 a.m. on Sunday.', A, [['about 2:40 a.m.', '2025-10-19T02:40', 'TIME', 'APPROX'], ['Sunday', '2025-10-19', 'DATE', null]]],
    ['Polls opened at 07:00 GMT.', A, [['07:00 GMT', '2025-10-23T07:00', 'TIME', null]]],
    ['The curfew starts at 8 p.m. local time (1700 GMT).', A, [['8 p.m. local time', '2025-10-23T20:00', 'TIME', null], ['1700 GMT', '2025-10-23T17:00', 'TIME', null]]],
    ['Rain fell on Tuesday night. Crews worked until 4 a.m.', A, [['Tuesday night', '2025-10-21TNI', 'TIME', null], ['4 a.m.', '2025-10-22T04:00', 'TIME', null]]],
    ['They met at noon.', A, [['noon', '2025-10-23T12:00', 'TIME', null]]],
    ['The alarm rang at 6 am.', null, [['6 am', 'XXXX-XX-XXT06:00', 'TIME', null]]],
  ]);
});

describe('durations', () => {
  check([
    ['The siege lasted 18 months.', A, [['18 months', 'P18M', 'DURATION', null]]],
    ['He served the past two years and will stay the next few months.', A, [['the past two years', 'P2Y', 'DURATION', null], ['the next few months', 'PXM', 'DURATION', null]]],
    ['A four-week course and a 90-day plan.', A, [['four-week', 'P4W', 'DURATION', null], ['90-day', 'P90D', 'DURATION', null]]],
    ['It took two and a half years.', A, [['two and a half years', 'P2.5Y', 'DURATION', null]]],
    ['It took half an hour, then an hour and a half.', A, [['half an hour', 'PT0.5H', 'DURATION', null], ['an hour and a half', 'PT1.5H', 'DURATION', null]]],
    ['After almost seven years, and more than a decade of talks.', A, [['almost seven years', 'P7Y', 'DURATION', 'LESS_THAN'], ['more than a decade', 'P10Y', 'DURATION', 'MORE_THAN']]],
    ['The strike went on for at least three days.', A, [['at least three days', 'P3D', 'DURATION', 'EQUAL_OR_MORE']]],
    ['He waited twenty-five minutes, then several weeks.', A, [['twenty-five minutes', 'PT25M', 'DURATION', null], ['several weeks', 'PXW', 'DURATION', null]]],
    ['The worst floods in years.', A, [['years', 'PXY', 'DURATION', null]]],
    ['It came weeks after the vote.', A, [['weeks', 'PXW', 'DURATION', null]]],
    ['He died three days later.', A, [['three days', 'P3D', 'DURATION', null]]],
  ]);
});

describe('business periods', () => {
  check([
    ['Revenue beat the year-ago quarter and the latest quarter.', A, [['the year-ago quarter', '2024-Q3', 'DATE', null], ['the latest quarter', '2025-Q3', 'DATE', null]]],
    ['Revenue fell from the year-earlier level.', A, [['the year-earlier level', '2024', 'DATE', null]]],
    ['Debt will be repaid by year-end.', A, [['year-end', '2025', 'DATE', 'END']]],
    ['Profit beat the 2024 quarter.', A, [['2024', '2024', 'DATE', null]]],
    ['Third-quarter profit rose. Sales were $4 million, up from $3 million a year earlier.', A, [['Third-quarter', '2025-Q3', 'DATE', null], ['a year earlier', '2024-Q3', 'DATE', null]]],
    ['Membership doubled from a year ago.', A, [['a year ago', '2024', 'DATE', null]]],
  ]);
});

describe('sets', () => {
  check([
    ['Buses run every two hours and each Thursday.', A, [['every two hours', 'PT2H', 'SET', null], ['each Thursday', 'XXXX-WXX-4', 'SET', null]]],
    ['She runs every morning and swims on Tuesdays.', A, [['every morning', 'XXXX-XX-XXTMO', 'SET', null], ['Tuesdays', 'XXXX-WXX-2', 'SET', null]]],
    ['The paper appears daily and the report annually.', A, [['daily', 'P1D', 'SET', null], ['annually', 'P1Y', 'SET', null]]],
    ['They meet twice a year and earn $5 million a year.', A, [['a year', 'P1Y', 'SET', null], ['a year', 'P1Y', 'SET', null]]],
  ]);
});

describe('negative cases: nothing is a date here', () => {
  check([
    ['Officials may resign.', A, []],
    ['May I ask?', A, []],
    ['Thousands march in the capital.', A, []],
    ['United won the match with a 2-1 win.', A, []],
    ['Inflation rose 4.5 percent.', A, []],
    ['Call 555-2013 or (202) 555-1987.', A, []],
    ['The crash happened on Route 66.', A, []],
    ['The bus on Route 1966 broke down.', A, []],
    ['A 45-year-old man and a woman, 30 years old, were hurt.', A, []],
    ['The firm paid $2,013 and €1999.', A, []],
    ['About 2000 troops and 1500 people left.', A, []],
    ['The leaves fall in the wind and water springs from the rock.', A, []],
    ['He grew up in the Monsoon belt and sings a Mayday song.', A, []],
    ['A score of 3.5.2 and version 10.30 are not dates.', A, []],
    ['Quarterly results and monthly payments rose.', A, []],
    ['Add the spring onions and some spring water.', A, []],
    ['The Sunday Times reported on Bloody Sunday.', A, []],
    ['The current was strong.', A, []],
  ]);
});

describe('the rule table', () => {
  it('has a unique name, a reason and an example for every rule', () => {
    expect(new Set(DATE_RULES.map((r) => r.name)).size).toBe(DATE_RULES.length);
    for (const r of DATE_RULES) {
      expect(r.reason.length, r.name).toBeGreaterThan(10);
      expect(r.example, r.name).toContain('→');
      expect(r.pattern.flags, r.name).toContain('g');
    }
  });
  it('has every rule exercised by a row above', () => {
    expect(DATE_RULES.map((r) => r.name).filter((n) => !exercised.has(n))).toEqual([]);
  });
});
