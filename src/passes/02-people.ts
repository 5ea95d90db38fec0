/** People: the names typed person (src/passes/names.ts). Refiners later trim titles and merge aliases. */
import type { Found, Pass } from './types.js';
import { documentNames } from './names.js';

export const peoplePass: Pass = {
  name: '02-people',
  serves: ['people'],
  run(doc, found): Found {
    return { ...found, names: [...found.names, ...documentNames(doc).filter((m) => m.type === 'person')] };
  },
};
