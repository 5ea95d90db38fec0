/**
 * Input defaults, kept apart from the readers so that the CLI's main thread can show and check
 * options without loading the HTML parser (only the workers read files).
 */
export const HTML_EXTENSIONS = ['html', 'htm', 'xhtml'];
export const DEFAULT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', ...HTML_EXTENSIONS];
/** --max-bytes: larger files are skipped with TOO_LARGE. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** --input-format: files (paths on the command line) or ndjson ({ "path", "text" } lines on stdin). */
export type InputFormat = 'files' | 'ndjson';
export const INPUT_FORMATS: readonly InputFormat[] = ['files', 'ndjson'];
