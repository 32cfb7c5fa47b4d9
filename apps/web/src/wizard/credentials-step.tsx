import { createSignal, type JSX, Show } from "solid-js";
import { type ApiProblem, toApiProblem } from "../api/api-problem.ts";
import { authenticateSpamTitan } from "../api/integrations.ts";
import type { SpamTitanCredentials } from "../api/types.ts";
import { Icon } from "../components/icon.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { isHttpUrl } from "../lib/is-http-url.ts";

/** Which field a vendor problem is about, so it can be marked invalid. */
function fieldOf(problem: ApiProblem): "apiUrl" | "apiKey" | null {
  if (problem.code === "vendor_auth_failed" || problem.code === "vendor_forbidden") return "apiKey";
  if (problem.code === "vendor_unreachable" || problem.code === "vendor_not_spamtitan") return "apiUrl";
  if (problem.code === "validation_failed")
    return problem.fieldError("apiUrl") ? "apiUrl" : problem.fieldError("apiKey") ? "apiKey" : null;
  return null;
}

/**
 * Step 2: the API URL and key, Authenticate (checks only, stores nothing), then Next (connects).
 * A failed check says which problem it was, beside the field it concerns.
 */
export function CredentialsStep(props: {
  vendorName: string;
  helpPath: string;
  connecting: boolean;
  connectError: unknown;
  onBack: () => void;
  onNext: (credentials: SpamTitanCredentials) => void;
}): JSX.Element {
  const [apiUrl, setApiUrl] = createSignal("");
  const [apiKey, setApiKey] = createSignal("");
  const [checking, setChecking] = createSignal(false);
  const [problem, setProblem] = createSignal<ApiProblem | null>(null);
  const [authenticated, setAuthenticated] = createSignal<SpamTitanCredentials | null>(null);
  const [missing, setMissing] = createSignal<{ apiUrl?: string; apiKey?: string }>({});

  const edit = (field: "apiUrl" | "apiKey", value: string): void => {
    (field === "apiUrl" ? setApiUrl : setApiKey)(value);
    // Changed details must be authenticated again before Next.
    setAuthenticated(null);
    setMissing((current) => ({ ...current, [field]: undefined }));
  };

  const authenticate = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (authenticated()) {
      const credentials = authenticated();
      if (credentials) props.onNext(credentials);
      return;
    }
    const found = {
      ...(apiUrl().trim() === ""
        ? { apiUrl: "Enter the API URL." }
        : !isHttpUrl(apiUrl())
          ? { apiUrl: "Enter a full URL starting with https://, e.g. https://spamtitan.example.com/restapi." }
          : {}),
      ...(apiKey().trim() === "" ? { apiKey: "Enter the API key." } : {}),
    };
    setMissing(found);
    if (found.apiUrl || found.apiKey) return;
    const credentials = { apiUrl: apiUrl().trim(), apiKey: apiKey().trim() };
    setChecking(true);
    setProblem(null);
    try {
      await authenticateSpamTitan(credentials);
      setAuthenticated(credentials);
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setChecking(false);
    }
  };

  const invalid = (field: "apiUrl" | "apiKey") =>
    Boolean(missing()[field]) || (problem() ? fieldOf(problem() as ApiProblem) === field : false);
  const describedBy = (field: "apiUrl" | "apiKey") =>
    [missing()[field] ? `${field}-error` : "", invalid(field) && problem() ? "credentials-problem" : ""]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <form class="panel wizard-panel" onSubmit={(event) => void authenticate(event)} noValidate>
      <div class="panel-body credentials">
        <div class="credentials-fields">
          <h2>Enter your {props.vendorName} details</h2>
          <p class="muted wizard-lead">Tally checks them with {props.vendorName} before anything is stored.</p>
          <div class="field">
            <label class="label" for="apiUrl">
              API URL
            </label>
            <input
              id="apiUrl"
              class="input"
              type="url"
              inputmode="url"
              autocomplete="off"
              spellcheck={false}
              placeholder="https://spamtitan.example.com/restapi"
              value={apiUrl()}
              onInput={(event) => edit("apiUrl", event.currentTarget.value)}
              aria-invalid={invalid("apiUrl") ? "true" : undefined}
              aria-describedby={describedBy("apiUrl")}
            />
            <Show when={missing().apiUrl}>
              <p id="apiUrl-error" class="field-error">
                {missing().apiUrl}
              </p>
            </Show>
          </div>
          <div class="field">
            <label class="label" for="apiKey">
              API key
            </label>
            <input
              id="apiKey"
              class="input mono"
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={apiKey()}
              onInput={(event) => edit("apiKey", event.currentTarget.value)}
              aria-invalid={invalid("apiKey") ? "true" : undefined}
              aria-describedby={describedBy("apiKey")}
            />
            <Show when={missing().apiKey}>
              <p id="apiKey-error" class="field-error">
                {missing().apiKey}
              </p>
            </Show>
          </div>
          <Show when={problem()}>
            {(current) => (
              <ProblemAlert id="credentials-problem" class="credentials-alert" error={current()} showCode />
            )}
          </Show>
          <Show when={authenticated()}>
            <div class="alert alert-success credentials-alert" role="status">
              <span class="alert-icon">
                <Icon name="check" />
              </span>
              <div class="alert-body">
                <p class="alert-title">Authenticated with {props.vendorName}</p>
                <p>Press Next to connect and import your domain groups.</p>
              </div>
            </div>
          </Show>
          <Show when={props.connectError}>
            <div class="credentials-alert">
              {/* Connect re-authenticates, so its failure is one of the same problems. */}
              <ProblemAlert error={props.connectError} context="Connecting" />
            </div>
          </Show>
        </div>
        <aside class="help-box" aria-labelledby="help-title">
          <h3 id="help-title">
            <Icon name="key" size={14} /> How to generate an API key in {props.vendorName}
          </h3>
          <ol>
            <li>Sign in to your {props.vendorName} admin console.</li>
            <li>
              Go to <strong>{props.helpPath}</strong>.
            </li>
            <li>Create a key for Tally and copy it.</li>
            <li>Paste the key here with your server's API URL.</li>
          </ol>
          <p class="hint">The key is stored encrypted and never shown again — only its last four characters.</p>
        </aside>
      </div>
      <div class="panel-footer">
        <button type="button" class="btn" onClick={() => props.onBack()}>
          Back
        </button>
        <Show
          when={authenticated()}
          fallback={
            <button type="submit" class="btn btn-primary" disabled={checking()}>
              <Show when={checking()}>
                <span class="spinner" aria-hidden="true" />
              </Show>
              {checking() ? "Authenticating…" : "Authenticate"}
            </button>
          }
        >
          <button type="submit" class="btn btn-primary" disabled={props.connecting}>
            <Show when={props.connecting}>
              <span class="spinner" aria-hidden="true" />
            </Show>
            {props.connecting ? "Connecting…" : "Next"}
          </button>
        </Show>
      </div>
    </form>
  );
}
