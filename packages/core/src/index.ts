export { normalizeName } from "./names/normalize-name.ts";
