/**
 * glean's compromise parse: the tagger with only the work the passes read from it.
 *
 * The passes read two things from compromise: sentences (the terms and the text between them) and
 * the spans of people(), places() and organizations(), which match name tags (Person, Place,
 * Organization and their kinds). So two of compromise's steps are trimmed, for glean's parses only
 * (the hooks are swapped for the length of one nlp() call; anything else in the process that calls
 * nlp() gets compromise unchanged):
 *  - the 'chunks' hook, which groups terms into noun and verb phrases for .chunks() and .nouns(),
 *    is not run;
 *  - the post-tagger, which sweeps 570 match patterns over every sentence, keeps the 78 patterns
 *    that set or remove a name tag; the rest tell verbs from nouns and adjectives, which no pass reads.
 * Together they take the parse from about 1.5× to 0.6× the time of compromise's own (bench:speed
 * corpus); the names benchmark (bench:ner) is the check that the names did not suffer.
 */
import nlp from 'compromise';

export type NlpView = ReturnType<typeof nlp>;

/** Tags whose setting or removal can change people(), places() or organizations(). */
const NAME_TAGS = new Set([
  'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific',
  'Place', 'Country', 'City', 'Region', 'Address',
  'Organization', 'SportsTeam', 'Company', 'School',
  'ProperNoun', 'Acronym',
]);

interface PostTagPattern { tag?: string | string[]; unTag?: string | string[]; notIf?: unknown }

/** True when a post-tagger pattern sets or removes a name tag ("#Person", "Organization", "#Noun #City"). */
export function touchesNameTag(pattern: PostTagPattern): boolean {
  return [pattern.tag, pattern.unTag].some((tags) => tags !== undefined && String(tags).split(/[\s,#]+/).some((t) => NAME_TAGS.has(t)));
}

type Term = { index: [number, number] };
interface TaggerView {
  world: {
    model: { two: { matches: PostTagPattern[] } };
    methods: {
      one: { buildNet(matches: PostTagPattern[], world: unknown): unknown };
      two: { quickSplit(docs: Term[][]): Term[][] };
    };
  };
  docs: Term[][];
  update(pointers: number[][]): { sweep(net: unknown): unknown };
  uncache(): void;
  unfreeze(): void;
}

const world = nlp.world() as unknown as TaggerView['world'] & { hooks: string[] };

/**
 * Copies of the name patterns, taken before any parse: compromise compiles a pattern in place when it
 * builds its match net (its `notIf` string becomes a parsed list), and a compiled one cannot be compiled
 * again. Should something have parsed with compromise before this module loaded, its patterns are no
 * longer pristine and glean keeps compromise's own post-tagger, unpruned.
 */
const pristine = world.model.two.matches.every((p) => p.notIf === undefined || typeof p.notIf === 'string');
const NAME_PATTERNS = pristine ? world.model.two.matches.filter(touchesNameTag).map((p) => ({ ...p })) : null;

let net: unknown;

/** compromise's own postTagger compute (src/2-two/postTagger/compute), run with the name patterns only. */
function namePostTagger(view: TaggerView): TaggerView {
  const { methods } = view.world;
  net ??= methods.one.buildNet(NAME_PATTERNS!, view.world);
  // like compromise, sweep the text split at commas
  const pointers = methods.two.quickSplit(view.docs).map((terms) => {
    const [n, start] = terms[0].index;
    return [n, start, start + terms.length];
  });
  view.update(pointers).sweep(net);
  view.uncache();
  view.unfreeze();
  return view;
}

nlp.plugin({ compute: { namePostTagger } } as unknown as Parameters<typeof nlp.plugin>[0]);

const GLEAN_HOOKS = world.hooks
  .filter((h) => h !== 'chunks')
  .map((h) => (h === 'postTagger' && NAME_PATTERNS ? 'namePostTagger' : h));

/** nlp(text) with glean's hooks. */
export function parse(text: string): NlpView {
  const hooks = world.hooks;
  world.hooks = GLEAN_HOOKS;
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}
