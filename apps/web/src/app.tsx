import { Route, Router } from "@solidjs/router";
import type { JSX, ParentProps } from "solid-js";
import { SessionProvider } from "./auth/session.tsx";
import { AppShell } from "./components/app-shell.tsx";
import { ConfigurePage } from "./pages/configure-page.tsx";
import { ConnectWizardPage } from "./pages/connect-wizard-page.tsx";
import { EditMappingsPage } from "./pages/edit-mappings-page.tsx";
import { HomeRedirect } from "./pages/home-redirect.tsx";
import { IntegrationsPage } from "./pages/integrations-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { PlaceholderPage } from "./pages/placeholder-page.tsx";
import { SignInPage } from "./pages/sign-in-page.tsx";
import { ReconcilePage } from "./reconcile/reconcile-page.tsx";

function Root(props: ParentProps): JSX.Element {
  return <SessionProvider>{props.children}</SessionProvider>;
}

const placeholders = {
  accounts: () => (
    <PlaceholderPage
      title="Accounts"
      description="Your customers, as your PSA knows them."
      icon="accounts"
      emptyTitle="Accounts will be listed here"
      emptyText="Search, create and edit your customer accounts, or import them from a CSV file."
    />
  ),
  services: () => (
    <PlaceholderPage
      title="Services"
      description="Your catalog: what you sell, with unit price and cost."
      icon="services"
      emptyTitle="Services will be listed here"
      emptyText="Search, create and edit catalog services, or import them from a CSV file."
    />
  ),
  contracts: () => (
    <PlaceholderPage
      title="Contracts"
      description="Recurring agreements and their billed lines."
      icon="contracts"
      emptyTitle="Contracts will be listed here"
      emptyText="Each contract's lines carry the quantity you bill, which reconciliation compares with vendor usage."
    />
  ),
  audit: () => (
    <PlaceholderPage
      title="Audit log"
      description="Who did what, and when — before and after."
      icon="audit"
      emptyTitle="The audit log will be shown here"
      emptyText="Every connection, mapping and reconciliation decision is recorded and can be filtered here."
    />
  ),
  settings: () => (
    <PlaceholderPage
      title="Settings"
      description="Users and API tokens of your organization."
      icon="settings"
      emptyTitle="Settings will be shown here"
      emptyText="Invite users with a role, and create API tokens to automate Tally."
    />
  ),
};

/** The whole web app: Sign in outside the shell, every other screen inside it. */
export function App(): JSX.Element {
  return (
    <Router root={Root}>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/" component={AppShell}>
        <Route path="/" component={HomeRedirect} />
        <Route path="/reconcile" component={ReconcilePage} />
        <Route path="/integrations" component={IntegrationsPage} />
        <Route path="/integrations/:vendor/connect" component={ConnectWizardPage} />
        <Route path="/integrations/:id" component={ConfigurePage} />
        <Route path="/integrations/:id/mappings/:side" component={EditMappingsPage} />
        <Route path="/accounts" component={placeholders.accounts} />
        <Route path="/services" component={placeholders.services} />
        <Route path="/contracts" component={placeholders.contracts} />
        <Route path="/audit-log" component={placeholders.audit} />
        <Route path="/settings" component={placeholders.settings} />
        <Route path="*" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
