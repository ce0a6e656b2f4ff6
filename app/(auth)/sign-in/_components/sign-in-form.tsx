"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "../actions";

const INITIAL: SignInState = { error: null };

export function SignInForm() {
  const [state, action, isPending] = useActionState(signIn, INITIAL);
  return (
    <form action={action} className="form">
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.error ? <p role="alert" className="error">{state.error}</p> : null}
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
