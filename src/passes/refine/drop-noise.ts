/**
 * Drops name mentions that are page furniture, not article text: photo credits
 * ("File Photo byMike Bravo/Unsplash", "Photo: Getty Images"). A credit line names a
 * photographer and an image service, and the glued or slashed forms make their names
 * unreliable, so glean reports no names from such lines (see docs/names.md).
 */
import type { Found, NameMention, Pass } from '../types.js';

/** Lines that credit an image, as data: each with its reason. */
export const CREDIT_LINES: readonly { pattern: RegExp; reason: string; example: string }[] = [
  { pattern: /^\s*(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|credits?)\s*(?:by|:|\/|©|courtesy)/i, reason: 'a line that starts by crediting an image', example: 'File Photo by Mike Bravo/Unsplash' },
  { pattern: /\/(?:unsplash|getty images|reuters|ap|afp|shutterstock|pexels|pixabay|wikimedia commons)\s*$/i, reason: 'a line ending in an image service', example: 'Mike Bravo/Unsplash' },
  { pattern: /^\s*©/, reason: 'a copyright line', example: '© 2025 Reuters' },
];

export function isCreditLine(line: string): boolean {
  return line.length < 200 && CREDIT_LINES.some((r) => r.pattern.test(line));
}

/** The line around `at`, or '' when it is longer than a credit line can be (keeps huge one-line texts linear). */
function lineAt(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(at, at + 200);
  const nl = before.lastIndexOf('\n');
  const end = after.indexOf('\n');
  if ((nl < 0 && at > 200) || (end < 0 && at + 200 < text.length)) return '';
  return before.slice(nl + 1) + (end < 0 ? after : after.slice(0, end));
}

export const dropNoiseRefiner: Pass = {
  name: 'refine/drop-noise',
  serves: ['people', 'places', 'organizations'],
  run(doc, found): Found {
    const names: NameMention[] = found.names.filter((m) => !isCreditLine(lineAt(doc.text, m.start)));
    return { ...found, names };
  },
};
