import type { JSX } from "solid-js";
import { Show } from "solid-js";
import { canManageIntegrations } from "../api/auth.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { TokensSection } from "./tokens-section.tsx";
import { UsersSection } from "./users-section.tsx";
import "./settings.css";

/** Settings: users (owners and admins only) and the signed-in user's API tokens. */
export function SettingsPage(): JSX.Element {
  const user = useCurrentUser();
  return (
    <div class="page">
      <PageHeader
        title="Settings"
        description={`${user().organization.name || "Your organization"}: users and API tokens.`}
      />
      <Show
        when={canManageIntegrations(user().role)}
        fallback={<p class="alert alert-info">Users are managed by the owners and admins of your organization.</p>}
      >
        <UsersSection currentUserId={user().id} />
      </Show>
      <TokensSection />
    </div>
  );
}
