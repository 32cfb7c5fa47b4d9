import { render } from "solid-js/web";
import { formatPeriod } from "./lib/format.ts";

const root = document.getElementById("root");
if (root) render(() => <main>Tally — {formatPeriod(new Date().toISOString().slice(0, 7))}</main>, root);
