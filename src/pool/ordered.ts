/**
 * Map over a stream of items concurrently, yielding the results in input order as soon as the
 * next one in order is ready. At most `window` items are in flight (started but not yet yielded),
 * so memory stays flat however long the stream is. `fn` must not reject.
 */
export async function* orderedMap<I, O>(
  source: AsyncIterable<I> | Iterable<I>,
  fn: (item: I, index: number) => Promise<O>,
  window: number,
): AsyncGenerator<O> {
  const it: AsyncIterator<I> | Iterator<I> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<I>)[Symbol.asyncIterator]() : (source as Iterable<I>)[Symbol.iterator]();
  const pending: Promise<O>[] = [];
  let pull: Promise<IteratorResult<I>> | null = null;
  let done = false;
  let index = 0;
  try {
    for (;;) {
      if (!done && !pull && pending.length < window) pull = Promise.resolve(it.next());
      if (pending.length === 0) {
        if (!pull) return;
        const next = await pull;
        pull = null;
        if (next.done) done = true;
        else pending.push(fn(next.value, index++));
        continue;
      }
      // whichever comes first: the next result in order, or the next item to start
      const head = pending[0];
      const first = pull ? await Promise.race([head.then(() => 'head' as const), pull.then(() => 'pull' as const)]) : 'head';
      if (first === 'head') {
        pending.shift();
        yield await head;
      } else {
        const next = await pull!;
        pull = null;
        if (next.done) done = true;
        else pending.push(fn(next.value, index++));
      }
    }
  } finally {
    if (!done) await it.return?.();
  }
}
