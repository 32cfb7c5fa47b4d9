const names: Record<string, string> = { spamtitan: "SpamTitan" };

/** A vendor key as people read it, e.g. "spamtitan" → "SpamTitan". */
export function vendorName(vendor: string): string {
  return names[vendor] ?? vendor.charAt(0).toUpperCase() + vendor.slice(1);
}
