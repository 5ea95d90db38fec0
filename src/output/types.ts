/** A streaming output format: pieces of text written in order, so nothing holds the whole corpus. */
import type { ChalkInstance } from 'chalk';
import type { Document, FileError } from '../schema.js';

export interface Formatter {
  /** Written before the first document. */
  start(): string;
  /** Written for each document, in input order. */
  document(doc: Document): string;
  /** Written for each input that could not be read, in input order. */
  error(error: FileError): string;
  /** Written after the last document. */
  end(): string;
}

export interface FormatOptions {
  /** Colours for the table format; json, ndjson and csv never use them. */
  chalk: ChalkInstance;
}

export type FormatterFactory = (options: FormatOptions) => Formatter;
