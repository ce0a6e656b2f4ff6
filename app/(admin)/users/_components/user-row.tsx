"use client";

import { useState } from "react";
import { useServerAction } from "@/app/_components/use-server-action";
import type { UserSummary } from "@/lib/users/queries";
import { ROLES } from "@/lib/auth/permissions";
import { resetPasswordAction, setActiveAction, setRoleAction } from "../actions";
import { OneTimePassword } from "./one-time-password";

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const [role, setRole] = useState(user.role);
  const [reset, setReset] = useState<{ email: string; password: string } | null>(null);
  const { run, error, notice } = useServerAction();
  const message = error?.message ?? notice;

  async function resetPassword() {
    if (!window.confirm(`Reset the password of ${user.email}? They are signed out everywhere.`)) return;
    const { data } = await run(resetPasswordAction, { userId: user.id });
    setReset(data ?? null);
  }

  async function toggleActive() {
    const verb = user.banned ? "Reactivate" : "Deactivate";
    if (!user.banned && !window.confirm(`Deactivate ${user.email}? They are signed out now and cannot sign in; their history stays.`)) return;
    await run(setActiveAction, { userId: user.id, isActive: user.banned }, { success: () => `${verb}d.` });
  }

  return (
    <tr aria-label={user.name}>
      <td>{user.name}{isSelf ? " (you)" : ""}</td>
      <td>{user.email}</td>
      <td>
        <label className="inline">
          <span className="visually-hidden">Role of {user.name}</span>
          <select value={role} disabled={isSelf} onChange={(event) => setRole(event.target.value as UserSummary["role"])}>
            {ROLES.map((choice) => <option key={choice} value={choice}>{choice}</option>)}
          </select>
        </label>{" "}
        {role !== user.role ? (
          <button type="button" className="button small" onClick={() => run(setRoleAction, { userId: user.id, role }, { success: () => "Role saved." })}>
            Save role
          </button>
        ) : null}
      </td>
      <td>{user.banned ? <span className="badge low">deactivated</span> : <span className="badge">active</span>}</td>
      <td className="actions">
        <button type="button" className="button secondary small" onClick={resetPassword}>Reset password</button>{" "}
        {isSelf ? null : (
          <button type="button" className="button secondary small" onClick={toggleActive}>{user.banned ? "Reactivate" : "Deactivate"}</button>
        )}
        {message ? <p role="status" className="subtle">{message}</p> : null}
        {reset ? <OneTimePassword email={reset.email} password={reset.password} /> : null}
      </td>
    </tr>
  );
}
