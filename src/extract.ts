/** Text in, Document out: the document stage, the passes, then assembly. */
import { ENTITY_TYPES, type Document, type EntityType } from './schema.js';
import { createDocument } from './document/document.js';
import { assembleDocument } from './document/assemble.js';
import { runPipeline } from './pipeline.js';
import type { Lexicon } from './rules/lexicon.js';

export interface ExtractOptions {
  types?: readonly EntityType[];
  referenceDate?: string | null;
  lexicon?: Lexicon;
  explain?: boolean;
  emitText?: boolean;
  warnings?: string[];
}

export function extract(path: string, text: string, options: ExtractOptions = {}): Document {
  const types = options.types ?? ENTITY_TYPES;
  const doc = createDocument(path, text, { referenceDate: options.referenceDate, lexicon: options.lexicon });
  const found = runPipeline(doc, types);
  return assembleDocument(doc, found, { ...options, types });
}
