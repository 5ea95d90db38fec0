/**
 * `--format json`: one JsonOutput object, written document by document. The bytes are exactly
 * JSON.stringify({ schemaVersion, documents, errors }, null, 2) + "\n"; errors are held until the end.
 */
import { SCHEMA_VERSION, type FileError } from '../schema.js';
import type { FormatterFactory } from './types.js';

const indent = (json: string, spaces: number) => json.replace(/\n/g, `\n${' '.repeat(spaces)}`);

const json: FormatterFactory = () => {
  let documents = 0;
  const errors: FileError[] = [];
  return {
    start: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`,
    document: (doc) => `${documents++ === 0 ? '\n' : ',\n'}    ${indent(JSON.stringify(doc, null, 2), 4)}`,
    error: (error) => {
      errors.push(error);
      return '';
    },
    end: () => `${documents > 0 ? '\n  ' : ''}],\n  "errors": ${indent(JSON.stringify(errors, null, 2), 2)}\n}\n`,
  };
};

export default json;
