/** Organisations: the names typed organization (src/passes/names.ts). */
import type { Found, Pass } from './types.js';
import { documentNames } from './names.js';

export const organizationsPass: Pass = {
  name: '04-organizations',
  serves: ['organizations'],
  run(doc, found): Found {
    return { ...found, names: [...found.names, ...documentNames(doc).filter((m) => m.type === 'organization')] };
  },
};
