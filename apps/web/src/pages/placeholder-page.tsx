import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import type { IconName } from "../components/icon.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { StateMessage } from "../components/state-message.tsx";

/** A section that is not built yet, shown as a designed empty state instead of a blank page. */
export function PlaceholderPage(props: {
  title: string;
  description: string;
  icon: IconName;
  emptyTitle: string;
  emptyText: string;
}): JSX.Element {
  return (
    <div class="page">
      <PageHeader title={props.title} description={props.description} />
      <div class="panel">
        <StateMessage
          icon={props.icon}
          title={props.emptyTitle}
          actions={
            <A href="/integrations" class="btn">
              Go to Integrations
            </A>
          }
        >
          {props.emptyText}
        </StateMessage>
      </div>
    </div>
  );
}
