import { cardKeyOf, type Period, parsePeriod } from "@tally/core";

/** The parts of a card id (core's card key `vendor:period:account:service`). */
export interface CardIdParts {
  vendor: string;
  period: Period;
  accountId: string;
  serviceId: string;
}

function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Splits a card id into its parts; undefined when it is not a key core would make. */
export function parseCardId(id: string): CardIdParts | undefined {
  const parts = id.split(":");
  if (parts.length !== 4) return undefined;
  const [vendorPart = "", periodPart = "", accountPart = "", servicePart = ""] = parts;
  const vendor = decodePart(vendorPart);
  const accountId = decodePart(accountPart);
  const serviceId = decodePart(servicePart);
  const period = parsePeriod(periodPart);
  if (vendor === undefined || accountId === undefined || serviceId === undefined || !period.ok) return undefined;
  // Only the canonical spelling names a card, so one card never has two ids.
  if (cardKeyOf(vendor, period.value, accountId, serviceId) !== id) return undefined;
  return { vendor, period: period.value, accountId, serviceId };
}
