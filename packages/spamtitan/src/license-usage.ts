/** One day of a Licensing Stats report. */
export interface LicenseUsageDay {
  date: string;
  usage: number;
}

/** A group's Licensing Stats over a window, as this client reads them. */
export interface LicenseUsage {
  domainGroupId: number;
  startDate: string;
  endDate: string;
  /** The billed quantity: the reported `maximum`, else the max of `days[].usage`. */
  maximum: number;
  /** Where `maximum` came from. */
  maximumSource: "reported" | "days";
  average: number | null;
  /** The daily series, empty when the server sent none. */
  days: LicenseUsageDay[];
}
