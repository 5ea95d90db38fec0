/**
 * Vague quantities and the minimum each one stands for: the one documented table.
 *
 * The minimums follow the conflict-data coders' published conventions (the ISAF press-release
 * annotation notes: "a couple" 2; "several", "a few", "some", "a group", "a small group", "multiple" 3;
 * "numerous", "a handful" 4; "a large number" 5) extended with the round-number words
 * ("dozens" 24 = two dozen, "scores" 40 = two score, "hundreds" 200, "thousands" 2000 ...).
 * A vague figure has `vague: true`, `min` from this table and `max: null`.
 * Phrases are lower-case words; an "of" after them is optional and skipped ("dozens of people").
 * The longest phrase wins ("several thousand" before "several").
 */
export interface VagueQuantity {
  phrase: string;
  min: number;
  reason: string;
  example: string;
}

export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  { phrase: 'a couple', min: 2, reason: 'coders read "a couple" as two', example: 'a couple of villagers were hurt' },
  { phrase: 'a pair', min: 2, reason: 'a pair is two', example: 'a pair of gunmen were arrested' },
  { phrase: 'several', min: 3, reason: 'coders read "several" as at least three', example: 'several insurgents were detained' },
  { phrase: 'a few', min: 3, reason: 'coders read "a few" as at least three', example: 'a few civilians were wounded' },
  { phrase: 'few', min: 3, reason: 'as "a few" when it stands as a quantity', example: 'killing few fighters' },
  { phrase: 'multiple', min: 3, reason: 'coders read "multiple" as at least three', example: 'detained multiple suspects' },
  { phrase: 'some', min: 3, reason: 'coders read "some" as at least three', example: 'some protesters were arrested' },
  { phrase: 'a group', min: 3, reason: 'coders read "a group" as at least three', example: 'a group of insurgents was captured' },
  { phrase: 'a small group', min: 3, reason: 'coders read "a small group" as at least three', example: 'detained a small group of men' },
  { phrase: 'a number', min: 3, reason: 'as "several": an unspecified count of more than two', example: 'a number of people were injured' },
  { phrase: 'many', min: 3, reason: 'as "several": an unspecified count of more than two', example: 'many residents fled' },
  { phrase: 'numerous', min: 4, reason: 'coders read "numerous" as at least four', example: 'detained numerous suspected insurgents' },
  { phrase: 'a handful', min: 4, reason: 'coders read "a handful" as at least four', example: 'a handful of soldiers were hurt' },
  { phrase: 'a large number', min: 5, reason: 'coders read "a large number" as at least five', example: 'a large number of civilians were displaced' },
  { phrase: 'a large group', min: 5, reason: 'as "a large number"', example: 'a large group of migrants went missing' },
  { phrase: 'dozens', min: 24, reason: 'the smallest plural of a dozen: two dozen', example: 'dozens of people were injured' },
  { phrase: 'scores', min: 40, reason: 'the smallest plural of a score: two score', example: 'scores were killed' },
  { phrase: 'hundreds', min: 200, reason: 'the smallest plural of a hundred', example: 'hundreds were detained' },
  { phrase: 'several hundred', min: 300, reason: '"several" (3) hundreds', example: 'several hundred people fled' },
  { phrase: 'thousands', min: 2000, reason: 'the smallest plural of a thousand', example: 'thousands were displaced' },
  { phrase: 'several thousand', min: 3000, reason: '"several" (3) thousands', example: 'several thousand more wounded' },
  { phrase: 'tens of thousands', min: 20000, reason: 'the smallest plural of ten thousand', example: 'tens of thousands fled' },
  { phrase: 'hundreds of thousands', min: 200000, reason: 'the smallest plural of a hundred thousand', example: 'hundreds of thousands were displaced' },
  { phrase: 'millions', min: 2000000, reason: 'the smallest plural of a million', example: 'millions were displaced' },
];

/** A plural noun with no quantity at all ("insurgents were detained") stands for this many (coders' rule). */
export const BARE_PLURAL_MIN = 2;
