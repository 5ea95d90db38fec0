/** Organisations: compromise's organisation tagger. */
import type { Found, Pass } from './types.js';
import { viewMentions } from './compromise-spans.js';

export const organizationsPass: Pass = {
  name: '04-organizations',
  serves: ['organizations'],
  run(doc, found): Found {
    const names = viewMentions(doc.text, doc.nlp.organizations(), 'organization', 'compromise:organizations');
    return { ...found, names: [...found.names, ...names] };
  },
};
