import { A, Navigate, useLocation } from "@solidjs/router";
import { For, type JSX, Match, type ParentProps, Show, Switch } from "solid-js";
import { useSession } from "../auth/session.tsx";
import { Icon, type IconName } from "./icon.tsx";
import { ProblemAlert } from "./problem-alert.tsx";
import { LoadingState } from "./state-message.tsx";

const navigation: { href: string; label: string; icon: IconName }[] = [
  { href: "/reconcile", label: "Reconcile", icon: "reconcile" },
  { href: "/integrations", label: "Integrations", icon: "integrations" },
  { href: "/accounts", label: "Accounts", icon: "accounts" },
  { href: "/services", label: "Services", icon: "services" },
  { href: "/contracts", label: "Contracts", icon: "contracts" },
  { href: "/audit-log", label: "Audit log", icon: "audit" },
  { href: "/settings", label: "Settings", icon: "settings" },
];

const roleLabel = { owner: "Owner", admin: "Admin", reconciler: "Reconciler", viewer: "Viewer" } as const;

function initialsOf(name: string): string {
  const parts = name.split(/[\s@._-]+/).filter((part) => part !== "");
  return ((parts[0]?.[0] ?? "?") + (parts[1]?.[0] ?? "")).toUpperCase();
}

/**
 * The signed-in frame: the left rail (product, navigation, the user and Sign out) and the page.
 * Renders the page only once who-am-I answered; a 401 goes to Sign in.
 */
export function AppShell(props: ParentProps): JSX.Element {
  const session = useSession();
  const location = useLocation();
  return (
    <Switch>
      <Match when={session.user()}>
        {(user) => (
          <div class="shell">
            <a class="skip-link" href="#main">
              Skip to content
            </a>
            <aside class="rail">
              <div class="rail-brand">
                <span class="rail-logo" aria-hidden="true">
                  T
                </span>
                <span class="rail-brand-text">
                  <span class="rail-product">Tally</span>
                  <Show when={user().organization.name}>
                    <span class="rail-org" title={user().organization.name}>
                      {user().organization.name}
                    </span>
                  </Show>
                </span>
              </div>
              <nav class="rail-nav" aria-label="Main">
                <ul>
                  <For each={navigation}>
                    {(item) => (
                      <li>
                        <A href={item.href} class="rail-link" activeClass="is-active">
                          <Icon name={item.icon} />
                          <span>{item.label}</span>
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              </nav>
              <div class="rail-user">
                <span class="avatar" aria-hidden="true">
                  {initialsOf(user().name || user().email)}
                </span>
                <div class="rail-user-text">
                  <span class="rail-user-name" title={user().email}>
                    {user().name || user().email}
                  </span>
                  <span class="rail-user-role">{roleLabel[user().role]}</span>
                </div>
                <button
                  type="button"
                  class="btn btn-ghost btn-sm rail-signout"
                  onClick={() => void session.signOut()}
                  title="Sign out"
                >
                  <Icon name="signOut" />
                  <span class="visually-hidden">Sign out</span>
                </button>
              </div>
            </aside>
            <main id="main" class="main" tabIndex={-1}>
              {props.children}
            </main>
          </div>
        )}
      </Match>
      <Match when={session.user() === null}>
        <Navigate href={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} />
      </Match>
      <Match when={session.error()}>
        <div class="center-page">
          <div class="panel panel-body" style={{ width: "min(440px, 100%)" }}>
            <ProblemAlert error={session.error()} onRetry={() => void session.refresh()} />
          </div>
        </div>
      </Match>
      <Match when={session.user() === undefined}>
        <div class="center-page">
          <LoadingState label="Loading Tally…" />
        </div>
      </Match>
    </Switch>
  );
}
