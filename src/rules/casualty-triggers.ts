/**
 * Words that report people killed, injured, missing, captured, arrested or displaced, as data.
 *
 * `kind` says where the victims stand relative to the word:
 *  - verb:      active object on the right ("killed three insurgents"), or passive / headline subject
 *               on the left ("three insurgents were killed", "3 killed in blast");
 *  - nominal:   the victims follow "of" ("the capture of a Taliban leader");
 *  - intransitive: subject on the left only ("12 people died");
 *  - state:     an adjective or noun that takes its number on the left ("58 dead", "12 missing",
 *               "20 casualties"); a number is required unless a form of "be" precedes ("civilians are missing");
 *  - toll:      the figure follows ("the death toll rose to 27").
 * `words` is a lower-case token sequence; the longest match wins ("shot dead" before "dead").
 */
import type { CasualtyCategory } from '../schema.js';

export type TriggerKind = 'verb' | 'nominal' | 'intransitive' | 'state' | 'toll';

export interface Trigger {
  words: string;
  category: CasualtyCategory;
  kind: TriggerKind;
  /** Base or present form: only counted with a subject or object, never after a modal or "to". */
  base?: boolean;
  reason: string;
  example: string;
}

const verb = (category: CasualtyCategory, forms: string[], reason: string, example: string, base: string[] = []): Trigger[] => [
  ...forms.map((words) => ({ words, category, kind: 'verb' as const, reason, example })),
  ...base.map((words) => ({ words, category, kind: 'verb' as const, base: true, reason, example })),
];

export const TRIGGERS: readonly Trigger[] = [
  // killed
  ...verb('killed', ['killed', 'killing', 'slain', 'slew', 'massacred', 'executed', 'assassinated', 'shot dead', 'gunned down', 'fatally wounded', 'fatally injured', 'fatally shot', 'mortally wounded', 'killed in action'],
    'reports a death caused by someone', 'killed two insurgents; 3 killed in blast', ['kill', 'kills']),
  { words: 'died', category: 'killed', kind: 'intransitive', reason: 'reports a death', example: '12 people died' },
  { words: 'drowned', category: 'killed', kind: 'intransitive', reason: 'reports a death', example: 'eighteen migrants drowned' },
  { words: 'perished', category: 'killed', kind: 'intransitive', reason: 'reports a death', example: 'five climbers perished' },
  { words: 'lost their lives', category: 'killed', kind: 'intransitive', reason: 'reports a death', example: '30 people lost their lives' },
  { words: 'were found dead', category: 'killed', kind: 'intransitive', reason: 'reports a death', example: 'two men were found dead' },
  { words: 'dead', category: 'killed', kind: 'state', reason: 'the dead, counted', example: '58 dead and 75 wounded' },
  { words: 'deaths', category: 'killed', kind: 'state', reason: 'deaths, counted', example: '14 deaths were confirmed' },
  { words: 'fatalities', category: 'killed', kind: 'state', reason: 'deaths, counted', example: 'nine fatalities' },
  { words: 'bodies', category: 'killed', kind: 'state', reason: 'bodies recovered, counted', example: 'rescuers found 12 bodies' },
  { words: 'bodies of', category: 'killed', kind: 'nominal', reason: 'bodies recovered, counted', example: 'the bodies of three men' },
  { words: 'killing of', category: 'killed', kind: 'nominal', reason: 'a death as a noun', example: 'the killing of two aid workers' },
  { words: 'death toll', category: 'killed', kind: 'toll', reason: 'the running count of deaths', example: 'the death toll rose to 27' },
  { words: 'toll', category: 'killed', kind: 'toll', reason: 'the running count of deaths', example: 'the toll stood at 40' },
  // injured
  ...verb('injured', ['wounded', 'wounding', 'injured', 'injuring', 'hurt', 'hospitalised', 'hospitalized', 'maimed'],
    'reports people hurt', 'killing three and wounding 12; two soldiers were injured', ['wound', 'wounds', 'injure', 'injures']),
  { words: 'injuries', category: 'injured', kind: 'state', reason: 'injured people, counted', example: '40 injuries were reported' },
  { words: 'treated for injuries', category: 'injured', kind: 'intransitive', reason: 'reports people hurt', example: 'six people were treated for injuries' },
  // missing
  { words: 'missing', category: 'missing', kind: 'state', reason: 'people whose fate is unknown', example: '12 people are missing' },
  { words: 'went missing', category: 'missing', kind: 'intransitive', reason: 'people whose fate is unknown', example: 'four hikers went missing' },
  { words: 'unaccounted for', category: 'missing', kind: 'state', reason: 'people whose fate is unknown', example: 'seven crew are unaccounted for' },
  // captured (captured, kidnapped, abducted, taken hostage)
  ...verb('captured', ['captured', 'capturing', 'kidnapped', 'kidnapping', 'abducted', 'abducting', 'taken hostage', 'held hostage', 'taken captive', 'held captive', 'taken prisoner'],
    'people taken by force', 'captured a Taliban leader; 20 passengers were taken hostage', ['capture', 'captures', 'kidnap', 'kidnaps', 'abduct', 'abducts']),
  { words: 'hostages', category: 'captured', kind: 'state', reason: 'people held, counted', example: '30 hostages' },
  { words: 'capture of', category: 'captured', kind: 'nominal', reason: 'a capture as a noun', example: 'the capture of a Taliban leader' },
  { words: 'kidnapping of', category: 'captured', kind: 'nominal', reason: 'a kidnapping as a noun', example: 'the kidnapping of two engineers' },
  { words: 'abduction of', category: 'captured', kind: 'nominal', reason: 'an abduction as a noun', example: 'the abduction of 276 schoolgirls' },
  // arrested (arrested, detained, in custody)
  ...verb('arrested', ['arrested', 'arresting', 'detained', 'detaining', 'apprehended', 'rounded up', 'taken into custody', 'taken in custody'],
    'people held by the authorities', 'detained several suspected insurgents; 12 protesters were arrested', ['arrest', 'arrests', 'detain', 'detains', 'apprehend']),
  { words: 'in custody', category: 'arrested', kind: 'state', reason: 'people held by the authorities', example: 'two suspects are in custody' },
  { words: 'arrest of', category: 'arrested', kind: 'nominal', reason: 'an arrest as a noun', example: 'the arrest of three suspects' },
  { words: 'detention of', category: 'arrested', kind: 'nominal', reason: 'a detention as a noun', example: 'the detention of two journalists' },
  // displaced
  ...verb('displaced', ['displaced', 'displacing', 'evacuated', 'evacuating', 'forced from their homes', 'driven from their homes'],
    'people forced from their homes', '1,200 residents were evacuated', ['displace', 'evacuate']),
  { words: 'fled', category: 'displaced', kind: 'intransitive', reason: 'people forced from their homes', example: 'thousands fled the fighting' },
  { words: 'homeless', category: 'displaced', kind: 'state', reason: 'people left without a home', example: 'the storm left 300 homeless' },
  // unspecified
  { words: 'casualties', category: 'casualties', kind: 'state', reason: 'killed and injured, not told apart', example: 'the attack caused 40 casualties' },
  { words: 'casualty toll', category: 'casualties', kind: 'toll', reason: 'the running count of casualties', example: 'the casualty toll reached 90' },
];
