import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { OrganizationUser, Role } from "../api/types.ts";
import { changeUserRole, createUser, listUsers, removeUser } from "../api/users.ts";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { ListStates } from "../components/list-states.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import type { FieldErrors } from "../directory/field-errors.ts";
import { FormDialog } from "../directory/form-dialog.tsx";
import { TextField } from "../directory/text-field.tsx";
import { formatDateTime } from "../lib/format.ts";
import { roleLabels, roles } from "./roles.ts";

function NewUserDialog(props: { onSaved: (user: OrganizationUser) => void; onClose: () => void }): JSX.Element {
  const [email, setEmail] = createSignal("");
  const [name, setName] = createSignal("");
  const [role, setRole] = createSignal<Role>("reconciler");
  const [password, setPassword] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const submit = async (): Promise<FieldErrors | undefined> => {
    const found: FieldErrors = {};
    if (!/^[^\s@]+@[^\s@]+$/.test(email().trim())) found.email = "Enter an email address like name@example.com.";
    if (name().trim() === "") found.name = "Enter the person's name.";
    if (password().length < 12) found.password = "Use at least 12 characters.";
    if (Object.keys(found).length > 0) return found;
    props.onSaved(await createUser({ email: email().trim(), name: name().trim(), role: role(), password: password() }));
    return undefined;
  };
  return (
    <FormDialog
      title="Add user"
      description="They sign in with this email and password; share the password with them safely."
      submitLabel="Add user"
      onClose={props.onClose}
      submit={submit}
      setErrors={setErrors}
      conflictField="email"
    >
      <TextField
        id="user-email"
        label="Email"
        type="email"
        required
        value={email()}
        onInput={setEmail}
        error={errors().email}
        autocomplete="off"
      />
      <TextField id="user-name" label="Name" required value={name()} onInput={setName} error={errors().name} />
      <div class="field">
        <label class="label" for="user-role">
          Role
        </label>
        <select
          id="user-role"
          class="input"
          value={role()}
          onChange={(event) => setRole(event.currentTarget.value as Role)}
        >
          <For each={roles}>{(option) => <option value={option}>{roleLabels[option].name}</option>}</For>
        </select>
        <p class="hint">{roleLabels[role()].description}</p>
      </div>
      <TextField
        id="user-password"
        label="Initial password"
        type="password"
        required
        value={password()}
        onInput={setPassword}
        error={errors().password}
        hint="At least 12 characters."
        autocomplete="new-password"
      />
    </FormDialog>
  );
}

/** Settings → Users (admin): the organization's users, their roles, add and remove. */
export function UsersSection(props: { currentUserId: string }): JSX.Element {
  const [users, { refetch, mutate }] = createResource(listUsers);
  const [adding, setAdding] = createSignal(false);
  const [removing, setRemoving] = createSignal<OrganizationUser | null>(null);
  const [error, setError] = createSignal<unknown>(null);

  const setRole = async (user: OrganizationUser, role: Role): Promise<void> => {
    setError(null);
    try {
      const saved = await changeUserRole(user.id, role);
      mutate((list) => (list ?? []).map((item) => (item.id === saved.id ? saved : item)));
    } catch (caught) {
      setError(caught);
      void refetch();
    }
  };
  const confirmRemove = async (user: OrganizationUser): Promise<void> => {
    setError(null);
    try {
      await removeUser(user.id);
      mutate((list) => (list ?? []).filter((item) => item.id !== user.id));
      setRemoving(null);
    } catch (caught) {
      setRemoving(null);
      setError(caught);
    }
  };

  return (
    <section class="panel settings-section" aria-labelledby="users-title">
      <header class="panel-header">
        <div>
          <h2 id="users-title">Users</h2>
          <p class="muted">Who can sign in to your organization, and what each may do.</p>
        </div>
        <button type="button" class="btn btn-primary btn-sm" onClick={() => setAdding(true)}>
          Add user
        </button>
      </header>
      <Show when={error()}>
        <div class="panel-body">
          <ProblemAlert error={error()} context="Changing users" />
        </div>
      </Show>
      <ListStates
        list={users}
        loadingLabel="Loading users…"
        errorContext="Loading users"
        compact
        emptyIcon="accounts"
        emptyTitle="No users"
        onRetry={refetch}
      >
        <table class="data-table">
          <caption class="visually-hidden">Users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={users()}>
              {(user) => (
                <tr>
                  <th scope="row" class="cell-name">
                    {user.name}
                    <Show when={user.id === props.currentUserId}>
                      <span class="muted"> (you)</span>
                    </Show>
                  </th>
                  <td>{user.email}</td>
                  <td>
                    <select
                      class="input role-select"
                      aria-label={`Role of ${user.name}`}
                      value={user.role}
                      onChange={(event) => void setRole(user, event.currentTarget.value as Role)}
                    >
                      <For each={roles}>{(option) => <option value={option}>{roleLabels[option].name}</option>}</For>
                    </select>
                  </td>
                  <td class="muted">{formatDateTime(user.createdAt)}</td>
                  <td class="cell-actions">
                    <Show when={user.id !== props.currentUserId}>
                      <button
                        type="button"
                        class="btn btn-sm btn-danger-outline"
                        aria-label={`Remove ${user.name}`}
                        onClick={() => setRemoving(user)}
                      >
                        Remove
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ListStates>
      <Show when={adding()}>
        <NewUserDialog
          onClose={() => setAdding(false)}
          onSaved={(user) => {
            mutate((list) => [...(list ?? []), user]);
            setAdding(false);
          }}
        />
      </Show>
      <Show when={removing()}>
        {(user) => (
          <ConfirmDialog
            title={`Remove ${user().name}?`}
            description={<>{user().email} can no longer sign in; their past actions stay in the audit log.</>}
            confirmLabel="Remove user"
            onConfirm={() => void confirmRemove(user())}
            onClose={() => setRemoving(null)}
          />
        )}
      </Show>
    </section>
  );
}
