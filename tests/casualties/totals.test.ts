/**
 * Document totals (docs/casualties.md, "Totals") and superseded figures, on texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import type { Totals } from '../../src/schema.js';
import type { CasualtyFound } from '../../src/passes/types.js';
import { computeTotals } from '../../src/passes/totals.js';

type Row = [string, Totals];

describe('totals', () => {
  const rows: Row[] = [
    // an updated toll: the latest counts
    ['Twenty people were killed in the blast. Later the death toll rose to 27.', { killed: { min: 27, max: 27 } }],
    ['The death toll rose to 27, up from 20.', { killed: { min: 27, max: 27 } }],
    ['The death toll has risen from 12 to 15.', { killed: { min: 15, max: 15 } }],
    // conflicting sources: the lowest minimum
    ['Police said 12 people were killed. Hospital officials said 15 people were killed.', { killed: { min: 12, max: 12 } }],
    ['According to the army, 40 rebels were killed. The rebels said 9 fighters were killed.', { killed: { min: 9, max: 9 } }],
    // different groups add up
    ['Three soldiers were killed in the north. Two civilians were killed in the south.', { killed: { min: 5, max: 5 } }],
    ['The attack killed two soldiers and a policeman.', { killed: { min: 3, max: 3 } }],
    // a figure repeated in the text counts once
    ['Gunmen killed four villagers on Monday. Police confirmed that four villagers were killed.', { killed: { min: 4, max: 4 } }],
    ['Forces killed several insurgents. The patrol returned fire, killing several insurgents.', { killed: { min: 3, max: null } }],
    // people named again are not new people
    ['Troops captured a rebel commander. The commander was detained for questioning.', { captured: { min: 1, max: 1 } }],
    ['Troops captured a rebel commander. They later detained the commander and three of his aides.', { arrested: { min: 4, max: 4 } }],
    ['Police arrested a man on Friday. He was released on bail.', { arrested: { min: 1, max: 1 } }],
    // marked as new people: they add up
    ['Police detained several suspects. Officers also arrested two more suspects.', { arrested: { min: 5, max: null } }],
    ['The force arrested a militant leader. Two additional suspects were detained.', { arrested: { min: 3, max: 3 } }],
    // a bare plural counts only when nothing better does
    ['Insurgents were detained. The force detained three insurgents.', { arrested: { min: 3, max: 3 } }],
    ['Suspected insurgents were detained during the raid.', { arrested: { min: 2, max: null } }],
    // a precise figure replaces a vague one it does not fall short of
    ['The force detained several suspects. It detained four suspects at the compound.', { arrested: { min: 4, max: 4 } }],
    // a past attack the text looks back on is not this event's figure
    ['Police arrested a man linked to a bombing that killed 12 people.', { arrested: { min: 1, max: 1 } }],
    // a running count over a period counts only when no event figure does
    ['Over the past 24 hours, 14 insurgents were killed. In Helmand, the patrol killed one insurgent.', { killed: { min: 1, max: 1 } }],
    ['A commander and two advisers were killed in the strike. The missile hit their car, killing all three.', { killed: { min: 3, max: 3 } }],
    ['Troops killed two fighters and detained three others. Later they killed two fighters and detained three others.', { killed: { min: 2, max: 2 }, arrested: { min: 3, max: 3 } }],
    ['Police detained more than 10 suspects on Monday. In all, officers detained 11 suspects.', { arrested: { min: 11, max: null } }],
    ['Seventeen Killed in Raid\nSoldiers killed seventeen rebels in the raid. Seven rebels were killed at the gate.', { killed: { min: 17, max: 17 } }],
    ['Nothing happened today.', {}],
  ];
  it.each(rows)('%s', (text, totals) => {
    expect(run(text).totals).toEqual(totals);
  });
});

describe('totals by place', () => {
  it('keeps figures for two towns apart', () => {
    const text = 'Gunmen kidnapped 27 worshippers in Kajuru. In Kauru, gunmen kidnapped a couple of farmers.';
    expect(run(text, { places: [['Kajuru', 'city'], ['Kauru', 'city']] }).totals).toEqual({ captured: { min: 29, max: null } });
  });
  it('keeps figures for two provinces apart', () => {
    const text = 'In Helmand province, the force detained two insurgents. In Kandahar province, the force detained two insurgents.';
    expect(run(text).totals).toEqual({ arrested: { min: 4, max: 4 } });
  });
});

describe('totals of long documents', () => {
  // figures as the pass gives them, without a compromise parse of a long text (not ours to time)
  const figure = (i: number): CasualtyFound => ({
    start: i * 20, end: i * 20 + 10, text: 'x', category: 'killed', count: i + 1, min: i + 1, max: i + 1, vague: false, qualifier: null,
    group: null, date: null, place: null, source: null, superseded: false, via: 'test',
  });
  it.each([[400], [20_000]])('stay fast with %i figures in one family', (n) => {
    const figures = Array.from({ length: n }, (_, i) => figure(i));
    const t0 = performance.now();
    expect(computeTotals(figures).killed).toEqual({ min: (n * (n + 1)) / 2, max: (n * (n + 1)) / 2 });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('superseded', () => {
  it('marks the figure an update replaces, and the old value written beside it', () => {
    const { figures } = run('Twenty people were killed in the blast. Later the death toll rose to 27, up from 20.');
    expect(figures.map((f) => [f.text, f.min, f.superseded])).toEqual([
      ['Twenty people were killed', 20, true],
      ['death toll rose to 27', 27, false],
      ['up from 20', 20, true],
    ]);
  });
  it('keeps a figure for another group', () => {
    const { figures } = run('Two soldiers were killed. The civilian death toll rose to 30.');
    expect(figures.map((f) => [f.min, f.superseded])).toEqual([[2, false], [30, false]]);
  });
});
