export { normalizeApiUrl } from "./normalize-api-url.ts";
