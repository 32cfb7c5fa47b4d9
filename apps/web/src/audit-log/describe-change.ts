/** One field that an audit event changed. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as the audit log shows it: strings as is, nothing as "—", the rest as compact JSON. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value === "" ? "“”" : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The fields that differ between an event's `before` and `after` (a creation lists every field
 * of `after`, a deletion every field of `before`); plain values compare as one field "value".
 *
 * @example describeChange({ quantity: 10 }, { quantity: 12 }) // [{ field: "quantity", before: "10", after: "12" }]
 */
export function describeChange(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return showValue(before) === showValue(after)
      ? []
      : [{ field: "value", before: showValue(before), after: showValue(after) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (field === "updatedAt" || field === "createdAt") continue;
    const was = showValue(from[field]);
    const now = showValue(to[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

const cardActions: Record<string, string> = {
  "card.approve": "Card approved",
  "card.adjust": "Card adjusted",
  "card.dismiss": "Card dismissed",
  "card.attach": "Card attached to a contract",
};

/** An event type as words, e.g. "contract_line.updated" → "Contract line updated", "card.approve" → "Card approved". */
export function describeEventType(type: string): string {
  const known = cardActions[type];
  if (known) return known;
  const words = type.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
