import { useLocation, useNavigate } from "@solidjs/router";
import {
  type Accessor,
  createContext,
  createSignal,
  type JSX,
  onCleanup,
  type ParentProps,
  useContext,
} from "solid-js";
import { ApiProblem } from "../api/api-problem.ts";
import { getCurrentUser, signOut as requestSignOut } from "../api/auth.ts";
import { onUnauthenticated } from "../api/request.ts";
import type { CurrentUser } from "../api/types.ts";

/** Who is signed in, and the session's actions. */
export interface Session {
  /** The signed-in user; `undefined` while loading, `null` when no one is signed in. */
  user: Accessor<CurrentUser | null | undefined>;
  /** The error of the last `who am I` when it was not a plain 401. */
  error: Accessor<unknown>;
  /** Reads `GET /auth/me` again. */
  refresh: () => Promise<void>;
  /** Remembers the user the sign-in page just signed in. */
  setUser: (user: CurrentUser) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session>();

/** The path to come back to after signing in, kept only when it is one of ours. */
export function safeNextPath(next: string | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/sign-in") ? next : "/";
}

/**
 * Holds the session for the whole app: asks who am I once, and sends the person to Sign in (with
 * the page to return to) whenever any call answers 401.
 */
export function SessionProvider(props: ParentProps): JSX.Element {
  const navigate = useNavigate();
  const location = useLocation();
  const [user, setUser] = createSignal<CurrentUser | null | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(null);

  const refresh = async (): Promise<void> => {
    setError(null);
    try {
      setUser(await getCurrentUser());
    } catch (caught) {
      if (caught instanceof ApiProblem && caught.status === 401) setUser(null);
      else setError(caught);
    }
  };

  const stopListening = onUnauthenticated(() => {
    if (location.pathname === "/sign-in") return;
    setUser(null);
    navigate(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
  });
  onCleanup(stopListening);
  void refresh();

  const session: Session = {
    user,
    error,
    refresh,
    setUser: (next) => setUser(next),
    signOut: async () => {
      try {
        await requestSignOut();
      } finally {
        setUser(null);
        navigate("/sign-in", { replace: true });
      }
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

/** The session of the surrounding `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>");
  return session;
}

/** The signed-in user; only for screens inside the signed-in shell, which renders nothing until there is one. */
export function useCurrentUser(): Accessor<CurrentUser> {
  const session = useSession();
  // Keeps the last user while the shell unmounts after Sign out, so no screen sees `null`.
  let last: CurrentUser | undefined;
  return () => {
    const user = session.user();
    if (user) last = user;
    if (!last) throw new Error("useCurrentUser is only for screens inside the signed-in shell");
    return last;
  };
}
