import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { StateMessage } from "../components/state-message.tsx";

/** Any path the app does not know. */
export function NotFoundPage(): JSX.Element {
  return (
    <div class="page">
      <div class="panel">
        <StateMessage
          icon="search"
          title="This page does not exist"
          actions={
            <A class="btn" href="/">
              Go to the home page
            </A>
          }
        >
          The link may be out of date.
        </StateMessage>
      </div>
    </div>
  );
}
