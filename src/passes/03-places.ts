/** Places: compromise's place tagger. */
import type { Found, Pass } from './types.js';
import { viewMentions } from './compromise-spans.js';

export const placesPass: Pass = {
  name: '03-places',
  serves: ['places'],
  run(doc, found): Found {
    const names = viewMentions(doc.text, doc.nlp.places(), 'place', 'compromise:places');
    return { ...found, names: [...found.names, ...names] };
  },
};
