/** How many rows a directory table renders before asking the person to search. */
export const maxShownRows = 200;

/**
 * The first `limit` items and how many were left out, so a table of thousands stays fast and
 * says that it is cut.
 *
 * @example firstRows([1, 2, 3], 2) // { rows: [1, 2], hidden: 1 }
 */
export function firstRows<T>(items: readonly T[], limit = maxShownRows): { rows: readonly T[]; hidden: number } {
  return { rows: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}
