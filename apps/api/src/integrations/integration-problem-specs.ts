import { problemResponseSpec } from "../http/problem-schema.ts";

/** The OpenAPI 404 of every route under /integrations/:id. */
export const integrationNotFoundSpec = {
  404: problemResponseSpec("No such integration (or item) in this organization"),
};

/** The OpenAPI problems of the routes that call the vendor. */
export const vendorProblems = {
  422: problemResponseSpec(
    "Invalid input, or the vendor refused: validation_failed, vendor_auth_failed, vendor_forbidden, vendor_not_spamtitan",
  ),
  502: problemResponseSpec("The vendor cannot be reached or failed: vendor_unreachable, vendor_error"),
  503: problemResponseSpec("The vendor rate-limits: vendor_rate_limited"),
  504: problemResponseSpec("The vendor did not answer in time: vendor_timeout"),
};
