import type { JSX } from "solid-js";
import type { IntegrationStatus } from "../api/types.ts";

const look: Record<IntegrationStatus, { label: string; tone: string }> = {
  available: { label: "Available", tone: "" },
  mapping: { label: "Setup in progress", tone: "badge-warning" },
  active: { label: "Connected", tone: "badge-success" },
  error: { label: "Needs attention", tone: "badge-danger" },
};

/** An integration's status as a badge: Available, Setup in progress, Connected, Needs attention. */
export function IntegrationStatusBadge(props: { status: IntegrationStatus }): JSX.Element {
  return <span class={`badge badge-dot ${look[props.status].tone}`}>{look[props.status].label}</span>;
}

/** Whether an integration counts as "Connected" for the filter (set up, whether or not it is healthy). */
export function isConnected(status: IntegrationStatus): boolean {
  return status !== "available";
}
