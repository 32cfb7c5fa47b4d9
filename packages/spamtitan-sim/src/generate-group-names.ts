import { createPrng, pickOne } from "./create-prng.ts";

const STEMS = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark",
  "Wayne",
  "Wonka",
  "Hooli",
  "Vandelay",
  "Soylent",
  "Cyberdyne",
  "Tyrell",
  "Massive Dynamic",
  "Pied Piper",
  "Gringotts",
  "Oscorp",
  "Aperture",
  "Blue Sun",
  "Nakatomi",
  "Monarch",
  "Bluth",
  "Dunder Mifflin",
  "Prestige",
  "Sterling",
  "Kramerica",
  "Northwind",
  "Contoso",
  "Fabrikam",
  "Tailspin",
  "Litware",
  "Adatum",
  "Proseware",
  "Wingtip",
  "Lucerne",
  "Alpine Ski",
  "Coho",
  "Margie",
  "Trey",
  "Fourth Coffee",
  "Woodgrove",
  "Riverbend",
  "Harbor Point",
  "Oakridge",
  "Silverline",
  "Brightwater",
  "Ironclad",
  "Redwood",
  "Summit",
  "Keystone",
  "Evergreen",
  "Pinnacle",
  "Lakeside",
  "Granite",
  "Copperfield",
  "Bayview",
  "Highland",
  "Meadowbrook",
  "Clearview",
  "Stonebridge",
] as const;
const KINDS = [
  "",
  " Dental",
  " Legal",
  " Logistics",
  " Accounting",
  " Engineering",
  " Clinic",
  " Realty",
  " Foods",
] as const;
const SUFFIXES = [
  " Ltd",
  " Inc.",
  " LLC",
  " GmbH",
  " Corporation",
  " Group",
  " & Partners",
  " S.A.",
  " Pty Ltd",
  "",
] as const;

/** Names that real domain groups carry and that matching code must survive. */
const TRICKY_NAMES = [
  "Acme Ltd",
  "Acme Ltd.",
  "Ｆｕｌｌｗｉｄｔｈ Ｔｒａｄｉｎｇ Ｃｏ",
  "Café Müller GmbH",
  "Zürich Ölwerke AG",
  "Globex Corporation",
  "Globex Corporation",
  "<b>Bold</b> & Sons",
  "Ærøskøbing Fiskeri ApS",
  "Société Générale des Eaux de Montréal et des Environs, Division des Services Informatiques Partagés",
  "  Northwind Traders  ",
  "İstanbul Tekstil A.Ş.",
] as const;

/**
 * Generates company-like domain group names deterministically: the first ones are the tricky cases
 * (Unicode, a duplicate, near-duplicates, HTML-looking, very long), the rest are unique plain names.
 *
 * @example generateGroupNames(7, 3) // ["Acme Ltd", "Acme Ltd.", "Ｆｕｌｌｗｉｄｔｈ Ｔｒａｄｉｎｇ Ｃｏ"]
 */
export function generateGroupNames(seed: number, count: number): string[] {
  const random = createPrng(seed ^ 0x5eed);
  const names: string[] = TRICKY_NAMES.slice(0, count);
  const used = new Set(names);
  let attempt = 0;
  while (names.length < count) {
    attempt += 1;
    const base = `${pickOne(random, STEMS)}${pickOne(random, KINDS)}${pickOne(random, SUFFIXES)}`;
    // Past the combinations, number the names so the list stays unique and finite.
    const name = attempt > 2_000 ? `${base} ${names.length + 1}` : base;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }
  return names;
}

/**
 * The names the simulator gives its domain groups for a seed and count, in id order, so a demo can
 * create PSA accounts that match most of them.
 *
 * @example demoGroupNames(7, 200).length // 200
 */
export function demoGroupNames(seed: number, count: number): string[] {
  return generateGroupNames(seed, count);
}
