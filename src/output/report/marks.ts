/**
 * Mentions as properly nested highlight spans. Mentions may nest ("Kyiv" inside "12 people were
 * killed in Kyiv") or cross ("the Kyiv region" person-vs-place mistakes); HTML elements can only
 * nest. A mention is never dropped or shortened: where it crosses another, it is cut into
 * fragments that share its id, so the fragments' text joined is exactly the mention's text.
 */
export interface Span {
  /** UTF-16 index of the first character. */
  start: number;
  /** UTF-16 index just past the last character. */
  end: number;
  /** The mention's number; every fragment of it carries this. */
  id: number;
}

interface Node extends Span {
  children: Node[];
}

/**
 * Fragments in document order, outer before inner: [start, end, id] with start < end, each
 * either inside or apart from every other, so a reader can open and close elements with a stack.
 */
export function nestSpans(spans: readonly Span[]): Array<[number, number, number]> {
  const root: Node = { start: -Infinity, end: Infinity, id: -1, children: [] };
  // outer first: longer spans stay whole, shorter ones nest inside them
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  for (const s of sorted) insert(root, s.start, s.end, s.id);
  const out: Array<[number, number, number]> = [];
  const walk = (node: Node) => {
    for (const child of node.children) {
      out.push([child.start, child.end, child.id]);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** First child whose end is past `at` (children are disjoint and sorted, so ends are sorted too). */
function firstEndingAfter(children: readonly Node[], at: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insert(parent: Node, start: number, end: number, id: number): void {
  const kids = parent.children;
  let first = firstEndingAfter(kids, start);
  let last = first;
  while (last < kids.length && kids[last].start < end) last++;
  last--; // kids[first..last] overlap [start, end)
  if (last < first) {
    kids.splice(first, 0, { start, end, id, children: [] });
    return;
  }
  const head = kids[first];
  if (first === last && head.start <= start && end <= head.end) {
    insert(head, start, end, id); // wholly inside one child (an identical span nests inside the earlier one)
    return;
  }
  if (head.start < start) {
    // crosses the left neighbour: the overlap goes inside it
    insert(head, start, head.end, id);
    start = head.end;
    first++;
  }
  const tail = kids[last];
  if (last >= first && tail.end > end) {
    // crosses the right neighbour: the overlap goes inside it
    insert(tail, tail.start, end, id);
    end = tail.start;
    last--;
  }
  if (start >= end) return;
  const node: Node = { start, end, id, children: kids.slice(first, last + 1) };
  kids.splice(first, Math.max(0, last - first + 1), node);
}
