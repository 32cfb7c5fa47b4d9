/**
 * Runs `task` over every item with at most `limit` in flight, in item order; stops starting new
 * items once `signal` aborts. Errors are the task's business: it should not throw.
 *
 * @example await mapWithConcurrency(groups, 8, (group) => fetchOne(group));
 */
export async function mapWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next;
      next += 1;
      await task(items[index] as T, index);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
}
