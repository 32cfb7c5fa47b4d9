import { Route, Router } from "@solidjs/router";
import type { JSX, ParentProps } from "solid-js";
import { AuditLogPage } from "./audit-log/audit-log-page.tsx";
import { SessionProvider } from "./auth/session.tsx";
import { AppShell } from "./components/app-shell.tsx";
import { AccountsPage } from "./directory/accounts-page.tsx";
import { ContractsPage } from "./directory/contracts-page.tsx";
import { ServicesPage } from "./directory/services-page.tsx";
import { ConfigurePage } from "./pages/configure-page.tsx";
import { ConnectWizardPage } from "./pages/connect-wizard-page.tsx";
import { EditMappingsPage } from "./pages/edit-mappings-page.tsx";
import { HomeRedirect } from "./pages/home-redirect.tsx";
import { IntegrationsPage } from "./pages/integrations-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { SignInPage } from "./pages/sign-in-page.tsx";
import { ReconcilePage } from "./reconcile/reconcile-page.tsx";
import { SettingsPage } from "./settings/settings-page.tsx";

function Root(props: ParentProps): JSX.Element {
  return <SessionProvider>{props.children}</SessionProvider>;
}

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
        <Route path="/accounts" component={AccountsPage} />
        <Route path="/services" component={ServicesPage} />
        <Route path="/contracts" component={ContractsPage} />
        <Route path="/audit-log" component={AuditLogPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="*" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
