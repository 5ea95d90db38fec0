/** Places: the names typed place (src/passes/names.ts); refine/place-info adds country and kind. */
import type { Found, Pass } from './types.js';
import { documentNames } from './names.js';

export const placesPass: Pass = {
  name: '03-places',
  serves: ['places'],
  run(doc, found): Found {
    return { ...found, names: [...found.names, ...documentNames(doc).filter((m) => m.type === 'place')] };
  },
};
