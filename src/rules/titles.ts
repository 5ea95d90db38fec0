/**
 * Titles and roles that stand before a name but are not part of it.
 * "President Joe Biden" → Joe Biden; "Gen. Mark Milley" → Mark Milley; "spokesman John Kirby" → John Kirby.
 * Compared case-insensitively, with a trailing full stop optional.
 */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary',
  'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman', 'chairwoman',
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'ayatollah', 'imam', 'rev', 'father',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant',
  'cpl', 'corporal', 'pvt', 'private', 'adm', 'admiral', 'cmdr', 'commander', 'marshal', 'brig', 'brigadier',
  'judge', 'justice', 'officer', 'inspector', 'detective', 'chief', 'director', 'ceo', 'coach',
  'superintendent', 'trooper', 'commissioner', 'sheriff', 'constable', 'councillor', 'councilman', 'councilwoman',
  'adviser', 'advisor',
  'bishop', 'archbishop', 'rabbi', 'pastor', 'reverend', 'secretary-general', 'undersecretary', 'deputy',
];
