/** People: compromise's person tagger. Refiners later trim titles and merge aliases. */
import type { Found, Pass } from './types.js';
import { viewMentions } from './compromise-spans.js';

export const peoplePass: Pass = {
  name: '02-people',
  serves: ['people'],
  run(doc, found): Found {
    const names = viewMentions(doc.text, doc.nlp.people(), 'person', 'compromise:people');
    return { ...found, names: [...found.names, ...names] };
  },
};
