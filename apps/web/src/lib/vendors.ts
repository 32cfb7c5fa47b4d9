/** How the web app presents a vendor: its one-line summary and what its items are called. */
export interface VendorPresentation {
  summary: string;
  vendorAccountNoun: { one: string; other: string };
  helpGenerateKey: string;
}

const spamtitan: VendorPresentation = {
  summary:
    "Email security billed per licensed mailbox. Tally reads each domain group's licence usage — the maximum over the past 30 days.",
  vendorAccountNoun: { one: "domain group", other: "domain groups" },
  helpGenerateKey: "Settings → User Management → RestAPI Keys",
};

/** The presentation of a vendor by its key; unknown vendors get neutral wording. */
export function describeVendor(vendor: string): VendorPresentation {
  if (vendor === "spamtitan") return spamtitan;
  return {
    summary: "Compare this vendor's reported usage with what you bill.",
    vendorAccountNoun: { one: "vendor account", other: "vendor accounts" },
    helpGenerateKey: "",
  };
}
