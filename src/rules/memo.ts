/**
 * A function's results kept by argument, for functions called with the same names over and over
 * (gazetteer lookups). At most `max` are kept: when full the memory is emptied and starts again, so
 * a long run over many documents stays within a fixed size.
 */
export function boundedMemo<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = fn(key);
    if (memo.size >= max) memo.clear();
    memo.set(key, value);
    return value;
  };
}
