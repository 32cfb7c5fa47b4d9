import { Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { type ApiProblem, toApiProblem } from "../api/api-problem.ts";
import { signIn } from "../api/auth.ts";
import { safeNextPath, useSession } from "../auth/session.tsx";
import { Icon } from "../components/icon.tsx";
import { describeProblem } from "../lib/describe-problem.ts";

/** Sign in with email and password; wrong credentials and throttling are explained under the form. */
export function SignInPage(): JSX.Element {
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [pending, setPending] = createSignal(false);
  const [problem, setProblem] = createSignal<ApiProblem | null>(null);
  const [missing, setMissing] = createSignal<{ email?: string; password?: string }>({});

  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const empty = {
      ...(email().trim() === "" ? { email: "Enter your email address." } : {}),
      ...(password() === "" ? { password: "Enter your password." } : {}),
    };
    setMissing(empty);
    if (empty.email || empty.password) return;
    setPending(true);
    setProblem(null);
    try {
      const user = await signIn(email().trim(), password());
      session.setUser(user);
      navigate(safeNextPath(search.next), { replace: true });
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setPending(false);
    }
  };

  const message = () => {
    const current = problem();
    if (!current) return null;
    // 401 on login means the credentials, not an expired session.
    if (current.status === 401 || current.code === "invalid_credentials" || current.code === "unauthenticated") {
      return { title: "The email or password is not correct", detail: null, hint: "Check both and try again." };
    }
    return describeProblem(current);
  };

  return (
    <Show when={session.user() == null} fallback={<Navigate href={safeNextPath(search.next)} />}>
      <div class="center-page sign-in">
        <main class="sign-in-card panel">
          <div class="panel-body">
            <div class="sign-in-brand">
              <span class="rail-logo" aria-hidden="true">
                T
              </span>
              <span class="rail-product">Tally</span>
            </div>
            <h1>Sign in</h1>
            <p class="muted sign-in-lead">Reconcile what you bill with what your vendors report.</p>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <div class="field">
                <label class="label" for="sign-in-email">
                  Email
                </label>
                <input
                  id="sign-in-email"
                  class="input"
                  type="email"
                  name="email"
                  autocomplete="username"
                  value={email()}
                  onInput={(event) => setEmail(event.currentTarget.value)}
                  aria-invalid={missing().email ? "true" : undefined}
                  aria-describedby={missing().email ? "sign-in-email-error" : undefined}
                />
                <Show when={missing().email}>
                  <p id="sign-in-email-error" class="field-error">
                    {missing().email}
                  </p>
                </Show>
              </div>
              <div class="field">
                <label class="label" for="sign-in-password">
                  Password
                </label>
                <input
                  id="sign-in-password"
                  class="input"
                  type="password"
                  name="password"
                  autocomplete="current-password"
                  value={password()}
                  onInput={(event) => setPassword(event.currentTarget.value)}
                  aria-invalid={missing().password ? "true" : undefined}
                  aria-describedby={missing().password ? "sign-in-password-error" : undefined}
                />
                <Show when={missing().password}>
                  <p id="sign-in-password-error" class="field-error">
                    {missing().password}
                  </p>
                </Show>
              </div>
              <Show when={message()}>
                {(shown) => (
                  <div
                    class="alert sign-in-alert"
                    classList={{
                      "alert-warning": problem()?.isThrottled === true,
                      "alert-danger": problem()?.isThrottled !== true,
                    }}
                    role="alert"
                  >
                    <span class="alert-icon">
                      <Icon name="alert" />
                    </span>
                    <div class="alert-body">
                      <p class="alert-title">{shown().title}</p>
                      <Show when={shown().hint}>
                        <p>{shown().hint}</p>
                      </Show>
                    </div>
                  </div>
                )}
              </Show>
              <button type="submit" class="btn btn-primary sign-in-submit" disabled={pending()}>
                <Show when={pending()}>
                  <span class="spinner" aria-hidden="true" />
                </Show>
                {pending() ? "Signing in…" : "Sign in"}
              </button>
            </form>
          </div>
        </main>
      </div>
    </Show>
  );
}
