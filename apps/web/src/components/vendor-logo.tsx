import type { JSX } from "solid-js";

/** A vendor's mark: a coloured tile with its initials (no remote images). */
export function VendorLogo(props: { vendor: string; size?: "sm" | "md" }): JSX.Element {
  const label = () => (props.vendor === "spamtitan" ? "ST" : props.vendor.slice(0, 2).toUpperCase());
  return (
    <span class={`vendor-logo vendor-logo-${props.size ?? "md"}`} data-vendor={props.vendor} aria-hidden="true">
      {label()}
    </span>
  );
}
