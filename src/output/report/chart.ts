/**
 * The casualty timeline: an inline SVG of stacked bars, one bar per month with casualty figures,
 * one colour per category (classes `c-killed` … styled in styles.ts, so dark mode can recolour).
 * Months without figures get no bar; a gap of more than a month is marked on the axis.
 */
import type { CasualtyCategory } from '../../schema.js';
import type { MonthTotals } from './corpus.js';
import { escapeHtml } from './escape.js';

export const CATEGORY_ORDER: readonly CasualtyCategory[] = ['killed', 'injured', 'missing', 'captured', 'arrested', 'displaced', 'casualties'];

const HEIGHT = 260;
const TOP = 24; // room for the total above the tallest bar
const BOTTOM = 56; // room for month labels
const LEFT = 64; // room for the axis numbers
const SLOT = 36; // width given to each month
const BAR = 24;

/** A round step for about four gridlines: 1, 2, 5 × 10^n. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  return Math.max(1, step);
}

/** Bar labels stay narrow: 950, 1.2k, 36k, 1.5M. */
export function compact(n: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function timelineSvg(timeline: readonly MonthTotals[]): string {
  if (timeline.length === 0) return '<p class="empty">No casualty figures with a month to chart.</p>';
  const total = (m: MonthTotals) => Object.values(m.values).reduce((a, b) => a + (b ?? 0), 0);
  const max = Math.max(...timeline.map(total));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => Math.round((TOP + plot - (v / top) * plot) * 100) / 100;
  const width = LEFT + timeline.length * SLOT + 16;
  const parts: string[] = [];
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line class="grid" x1="${LEFT}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}"/>`);
    parts.push(`<text class="tick" x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString('en')}</text>`);
  }
  timeline.forEach((m, i) => {
    const x = LEFT + i * SLOT + (SLOT - BAR) / 2;
    const present = CATEGORY_ORDER.filter((c) => (m.values[c] ?? 0) > 0);
    const title = `${monthLabel(m.month)}: ${present.map((c) => `${c} ${m.values[c]!.toLocaleString('en')}`).join(', ')}`;
    let base = 0;
    const rects = present.map((c) => {
      const v = m.values[c]!;
      const rect = `<rect class="c-${c}" x="${x}" y="${y(base + v)}" width="${BAR}" height="${y(base) - y(base + v)}"/>`;
      base += v;
      return rect;
    });
    const gap = i > 0 && monthNumber(m.month) - monthNumber(timeline[i - 1].month) > 1;
    const labelX = x + BAR / 2;
    parts.push(
      `<g class="bar" data-month="${escapeHtml(m.month)}" tabindex="0" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${rects.join('')}` +
        `<text class="total" x="${labelX}" y="${y(base) - 4}" text-anchor="middle">${compact(base)}</text>` +
        `<text class="month" x="${labelX}" y="${HEIGHT - BOTTOM + 14}" text-anchor="end" transform="rotate(-45 ${labelX} ${HEIGHT - BOTTOM + 14})">${escapeHtml(monthLabel(m.month))}</text></g>`,
    );
    if (gap) parts.push(`<text class="gap" x="${LEFT + i * SLOT}" y="${HEIGHT - BOTTOM + 4}" text-anchor="middle">⋯</text>`);
  });
  parts.push(`<line class="axis" x1="${LEFT}" x2="${width - 8}" y1="${y(0)}" y2="${y(0)}"/>`);
  const used = CATEGORY_ORDER.filter((c) => timeline.some((m) => (m.values[c] ?? 0) > 0));
  const legend = used.map((c) => `<li><svg width="12" height="12" aria-hidden="true"><rect class="c-${c}" width="12" height="12"/></svg>${c}</li>`).join('');
  return (
    `<svg class="timeline" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="group" aria-label="Casualty figures per month">${parts.join('')}</svg>` +
    `<ul class="chart-legend">${legend}</ul>`
  );
}
