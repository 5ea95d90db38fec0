/** The values of --format, apart from the formatters themselves, so the CLI can check them without loading any. */
export const FORMAT_NAMES = ['json', 'ndjson', 'csv', 'table', 'html'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
