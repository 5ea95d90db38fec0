/**
 * Casualty figures in sentences written for these tests: each row is a sentence and every figure
 * expected in it as [category, count, min, max, vague, qualifier, group], in text order.
 * Negative rows expect no figure at all.
 */
import { describe, expect, it } from 'vitest';
import { asRow, run, type Figure } from './helpers.js';

type Row = [string, Figure[]];

function check(rows: Row[]) {
  it.each(rows)('%s', (sentence, expected) => {
    const { figures } = run(sentence);
    expect(figures.map(asRow)).toEqual(expected);
    for (const f of figures) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });
}

describe('killed: verbs, nouns, voices', () => {
  check([
    ['Gunmen killed three police officers in Kandahar on Monday.', [['killed', 3, 3, 3, false, null, 'police officers']]],
    ['Three police officers were killed in the attack.', [['killed', 3, 3, 3, false, null, 'police officers']]],
    ['Five soldiers have been killed since the ceasefire.', [['killed', 5, 5, 5, false, null, 'soldiers']]],
    ['Twelve people died when the bus overturned.', [['killed', 12, 12, 12, false, null, 'people']]],
    ['Four climbers perished on the mountain.', [['killed', 4, 4, 4, false, null, 'climbers']]],
    ['Eighteen migrants drowned off the coast.', [['killed', 18, 18, 18, false, null, 'migrants']]],
    ['At least 30 people lost their lives in the floods.', [['killed', 30, 30, null, false, 'at least', 'people']]],
    ['The ministry reported 14 deaths overnight.', [['killed', 14, 14, 14, false, null, null]]],
    ['Rescuers recovered 12 bodies from the rubble.', [['killed', 12, 12, 12, false, null, null]]],
    ['The bodies of three fishermen were found on the beach.', [['killed', 3, 3, 3, false, null, 'fishermen']]],
    ['Police said two men were shot dead outside the bar.', [['killed', 2, 2, 2, false, null, 'men']]],
    ['A 45-year-old man was killed in the crash.', [['killed', 1, 1, 1, false, null, '45-year-old man']]],
    ['Two paramedics and their patient were killed when the ambulance was hit.', [['killed', 3, 3, 3, false, null, 'paramedics and their patient']]],
    ['Nine fatalities were confirmed by the coroner.', [['killed', 9, 9, 9, false, null, null]]],
    ['Militants executed four hostages on Sunday.', [['killed', 4, 4, 4, false, null, 'hostages']]],
    ['Soldiers killed a suspected militant near the checkpoint.', [['killed', 1, 1, 1, false, null, 'suspected militant']]],
    ['An insurgent was killed by a coalition airstrike.', [['killed', 1, 1, 1, false, null, 'insurgent']]],
    ['He was sentenced to 20 years for killing two people.', [['killed', 2, 2, 2, false, null, 'people']]],
    ['The security force killed the Taliban leader, Alaudin.', [['killed', 1, 1, 1, false, null, 'Taliban leader']]],
    ['The patrol killed insurgent commander Fayez Jan.', [['killed', 1, 1, 1, false, null, 'insurgent commander Fayez Jan']]],
    ['Twenty-one soldiers were killed in the ambush.', [['killed', 21, 21, 21, false, null, 'soldiers']]],
    ['Nearly 3,000 people died in the earthquake.', [['killed', 3000, 3000, 3000, false, 'nearly', 'people']]],
    ['Up to 30 people were killed.', [['killed', 30, 1, 30, false, 'up to', 'people']]],
    ['As many as 60 civilians were killed.', [['killed', 60, 1, 60, false, 'as many as', 'civilians']]],
    ['The forces killed several of them.', [['killed', 3, 3, null, true, null, null]]],
    ['Two of the wounded later died in hospital.', [['killed', 2, 2, 2, false, null, 'wounded']]],
    ['He was engaged and killed.', [['killed', 1, 1, 1, false, null, null]]],
  ]);
});

describe('injured', () => {
  check([
    ['Seven passengers were injured when the train derailed.', [['injured', 7, 7, 7, false, null, 'passengers']]],
    ['A policeman was hurt in the scuffle.', [['injured', 1, 1, 1, false, null, 'policeman']]],
    ['Dozens of people were hospitalised after the gas leak.', [['injured', 24, 24, null, true, null, 'people']]],
    ['The explosion injured more than 50 people.', [['injured', 51, 51, null, false, 'more than', 'people']]],
    ['The riot left 40 injured.', [['injured', 40, 40, 40, false, null, null]]],
    ['Between 20 and 30 protesters were wounded by rubber bullets.', [['injured', 20, 20, 30, false, null, 'protesters']]],
    ['Officers wounded 20 to 30 demonstrators.', [['injured', 20, 20, 30, false, null, 'demonstrators']]],
    ['One hundred and five people were injured.', [['injured', 105, 105, 105, false, null, 'people']]],
    ['A dozen tourists were hurt.', [['injured', 12, 12, 12, false, null, 'tourists']]],
    ['Fewer than 10 people were injured.', [['injured', 9, 1, 9, false, 'fewer than', 'people']]],
    ['Some 40 people were injured.', [['injured', 40, 40, 40, false, 'some', 'people']]],
  ]);
});

describe('missing', () => {
  check([
    ['Twelve fishermen are missing after the storm.', [['missing', 12, 12, 12, false, null, 'fishermen']]],
    ['Four hikers went missing on Saturday.', [['missing', 4, 4, 4, false, null, 'hikers']]],
    ['Seven crew members remain unaccounted for.', [['missing', 7, 7, 7, false, null, 'crew members']]],
    ['About 200 people are still missing.', [['missing', 200, 200, 200, false, 'about', 'people']]],
    ['Two dozen miners are missing.', [['missing', 24, 24, 24, false, null, 'miners']]],
  ]);
});

describe('captured: captured, kidnapped, abducted, taken hostage', () => {
  check([
    ['Gunmen kidnapped two engineers near the border.', [['captured', 2, 2, 2, false, null, 'engineers']]],
    ['Twenty passengers were taken hostage by the hijackers.', [['captured', 20, 20, 20, false, null, 'passengers']]],
    ['Rebels abducted several aid workers last week.', [['captured', 3, 3, null, true, null, 'aid workers']]],
    ['The abduction of 276 schoolgirls shocked the world.', [['captured', 276, 276, 276, false, null, 'schoolgirls']]],
    ['Troops captured a rebel commander and two of his bodyguards.', [['captured', 3, 3, 3, false, null, 'rebel commander and two of his bodyguards']]],
    ['The militants are holding 30 hostages.', [['captured', 30, 30, 30, false, null, null]]],
    ['The force confirmed the capture of a senior leader.', [['captured', 1, 1, 1, false, null, 'senior leader']]],
    ['Gunmen stormed the hotel and took 40 guests hostage.', [['captured', 40, 40, 40, false, null, 'guests']]],
    ['Rebels are holding two aid workers captive.', [['captured', 2, 2, 2, false, null, 'aid workers']]],
  ]);
});

describe('arrested: arrested, detained, in custody', () => {
  check([
    ['Police arrested 12 protesters outside parliament.', [['arrested', 12, 12, 12, false, null, 'protesters']]],
    ['Three suspects are in custody.', [['arrested', 3, 3, 3, false, null, 'suspects']]],
    ['Two men were taken into custody on Friday.', [['arrested', 2, 2, 2, false, null, 'men']]],
    ['Authorities detained numerous suspected smugglers.', [['arrested', 4, 4, null, true, null, 'suspected smugglers']]],
    ['Insurgents were detained during the raid.', [['arrested', 2, 2, null, true, null, 'Insurgents']]],
    ['A couple of students were arrested at the rally.', [['arrested', 2, 2, null, true, null, 'students']]],
    ['The arrest of three suspects was announced on Monday.', [['arrested', 3, 3, 3, false, null, 'suspects']]],
    ['Police rounded up a handful of looters.', [['arrested', 4, 4, null, true, null, 'looters']]],
    ['Officers apprehended a small group of men near the station.', [['arrested', 3, 3, null, true, null, 'men']]],
    ['A large number of demonstrators were detained.', [['arrested', 5, 5, null, true, null, 'demonstrators']]],
    ['Security forces detained multiple suspects.', [['arrested', 3, 3, null, true, null, 'suspects']]],
    ['Scores of opposition supporters were arrested.', [['arrested', 40, 40, null, true, null, 'opposition supporters']]],
    ['Hundreds were arrested across the country.', [['arrested', 200, 200, null, true, null, null]]],
    ['Soldiers detained a few villagers for questioning.', [['arrested', 3, 3, null, true, null, 'villagers']]],
    ['Some protesters were arrested.', [['arrested', 3, 3, null, true, null, 'protesters']]],
    ['The force detained a group of insurgents.', [['arrested', 3, 3, null, true, null, 'insurgents']]],
    ['Over 100 people were arrested.', [['arrested', 101, 101, null, false, 'over', 'people']]],
    ['A 24-year-old suspect was arrested on Tuesday.', [['arrested', 1, 1, 1, false, null, '24-year-old suspect']]],
    ['Police detained the man, a known smuggler, and two accomplices.', [['arrested', 3, 3, 3, false, null, 'man, a known smuggler, and two accomplices']]],
    ['The unit detained an Islamic Movement of Uzbekistan facilitator.', [['arrested', 1, 1, 1, false, null, 'Islamic Movement of Uzbekistan facilitator']]],
    ['Afghan Forces Detain Two Insurgents in Helmand', [['arrested', 2, 2, 2, false, null, 'Insurgents']]],
    ['The two wounded were detained by police.', [['injured', 2, 2, 2, false, null, null], ['arrested', 2, 2, 2, false, null, 'wounded']]],
  ]);
});

describe('displaced', () => {
  check([
    ['Thousands fled the fighting in the north.', [['displaced', 2000, 2000, null, true, null, null]]],
    ['The floods left 1,200 homeless.', [['displaced', 1200, 1200, 1200, false, null, null]]],
    ['About 5,000 residents were evacuated from the valley.', [['displaced', 5000, 5000, 5000, false, 'about', 'residents']]],
    ['The war has displaced more than 2 million people.', [['displaced', 2000001, 2000001, null, false, 'more than', 'people']]],
    ['Several thousand villagers fled their homes.', [['displaced', 3000, 3000, null, true, null, 'villagers']]],
    ['Tens of thousands were displaced by the offensive.', [['displaced', 20000, 20000, null, true, null, null]]],
    ['Hundreds of thousands have fled.', [['displaced', 200000, 200000, null, true, null, null]]],
    ['1.5 million people have fled the country.', [['displaced', 1500000, 1500000, 1500000, false, null, 'people']]],
  ]);
});

describe('unspecified casualties', () => {
  check([
    ['The shelling caused 40 casualties.', [['casualties', 40, 40, 40, false, null, null]]],
    ['Officials reported dozens of casualties.', [['casualties', 24, 24, null, true, null, null]]],
    ['There were 12 casualties, including three children.', [['casualties', 12, 12, 12, false, null, null]]],
  ]);
});

describe('two figures in one clause, headlines, subsets', () => {
  check([
    ['The fire left 58 dead and 75 wounded.', [['killed', 58, 58, 58, false, null, null], ['injured', 75, 75, 75, false, null, null]]],
    ['The airstrike killed two insurgents and wounded three others.', [['killed', 2, 2, 2, false, null, 'insurgents'], ['injured', 3, 3, 3, false, null, 'insurgents']]],
    ['The bomb exploded in a market, killing three and wounding 12.', [['killed', 3, 3, 3, false, null, null], ['injured', 12, 12, 12, false, null, null]]],
    ['The blast killed one and injured 16.', [['killed', 1, 1, 1, false, null, null], ['injured', 16, 16, 16, false, null, null]]],
    ['Three soldiers were killed and four were wounded.', [['killed', 3, 3, 3, false, null, 'soldiers'], ['injured', 4, 4, 4, false, null, 'soldiers']]],
    ['At least 600 North Korean soldiers have been killed and several thousand more wounded.', [
      ['killed', 600, 600, null, false, 'at least', 'North Korean soldiers'], ['injured', 3000, 3000, null, true, null, 'North Korean soldiers']]],
    ['Authorities said 3 people were missing and 14 injured.', [['missing', 3, 3, 3, false, null, 'people'], ['injured', 14, 14, 14, false, null, 'people']]],
    ['The force killed two insurgents and detained one suspected insurgent.', [['killed', 2, 2, 2, false, null, 'insurgents'], ['arrested', 1, 1, 1, false, null, 'suspected insurgent']]],
    ['3 killed in blast', [['killed', 3, 3, 3, false, null, null]]],
    ['5 Dead After Storm Hits Coast', [['killed', 5, 5, 5, false, null, null]]],
    ['Two Killed, Three Hurt in Highway Crash', [['killed', 2, 2, 2, false, null, null], ['injured', 3, 3, 3, false, null, null]]],
    ['Police Arrest 12 After Protest', [['arrested', 12, 12, 12, false, null, null]]],
    ['Twenty people, including five children, were killed.', [['killed', 20, 20, 20, false, null, 'people']]],
    ['The strike killed 20 civilians, including five children.', [['killed', 20, 20, 20, false, null, 'civilians']]],
    ['Muhammad Yah, a senior commander in the area, was killed.', [['killed', 1, 1, 1, false, null, 'Muhammad Yah']]],
    ['Two suspected associates of the weapons dealer were detained.', [['arrested', 2, 2, 2, false, null, 'suspected associates of the weapons dealer']]],
    ['The force captured a facilitator directly involved in the attacks.', [['captured', 1, 1, 1, false, null, 'facilitator']]],
  ]);
});

describe('negatives: nothing is a casualty figure', () => {
  check([
    ['The 45-year-old was elected in 2013.', []],
    ['The company killed its plans to raise $5 million.', []],
    ['Unemployment rose 5 percent in 2012.', []],
    ['The report runs to 300 pages.', []],
    ['Troops captured 12 rifles and two trucks.', []],
    ['The army deployed 3,000 troops to the border.', []],
    ['Pyongyang has sent thousands of troops to Russia.', []],
    ['No casualties were reported.', []],
    ['No civilian casualties were reported during the operation.', []],
    ['None of its service members were injured.', []],
    ['The driver escaped unharmed.', []],
    ['Experts warn the virus could kill thousands.', []],
    ['The rebels threatened to kill the hostages.', []],
    ['No one was hurt in the blaze.', []],
    ['Nobody was killed.', []],
    ['The 3rd Battalion lost 2 vehicles.', []],
    ['The seized weapons included 40 rifles.', []],
    ['The plan would displace 10,000 residents.', []],
    ['At least 12 people will be evacuated tomorrow.', []],
    ['The operation killed no civilians.', []],
    ['A 2009 study found 12 percent of patients were injured.', []],
    ['Officials said 15 per cent of the displaced had returned.', []],
    ['The museum honours the dead of both wars.', []],
    ['The storm damaged 300 homes and 40 schools.', []],
    ['If the dam breaks, it could kill hundreds.', []],
    ['The company arrested its decline in 2019.', []],
    ['The memorial honours troops killed while fighting abroad.', []],
    ['Insurgents were not detained.', []],
    ['The gang threatened to take the workers hostage.', []],
    ['The team captured a bridge over the river.', []],
    ['The unit detained two days ago was released.', []],
  ]);
});
