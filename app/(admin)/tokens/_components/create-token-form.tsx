"use client";

import { useId, useState } from "react";
import { useServerAction } from "@/app/_components/use-server-action";
import { ROLES } from "@/lib/auth/permissions";
import { createApiTokenAction } from "../actions";

/** Creates a token and shows it once: only its hash is stored. */
export function CreateTokenForm({ users, viewerId }: { users: { id: string; label: string }[]; viewerId: string }) {
  const id = useId();
  const { run, error } = useServerAction({ refreshRoute: true });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  async function submit(formData: FormData) {
    setCreated(null);
    const outcome = await run(createApiTokenAction, {
      name: String(formData.get("name") ?? ""),
      role: String(formData.get("role") ?? "translator") as (typeof ROLES)[number],
      userId: String(formData.get("userId") ?? viewerId),
    });
    if (outcome.ok && outcome.data) setCreated(outcome.data);
  }

  return (
    <section className="card" aria-labelledby="create-token-title">
      <h2 id="create-token-title">Create a token</h2>
      <form action={submit} className="form inline-form">
        <label>
          Name
          <input name="name" required maxLength={100} placeholder="CMS import" />
        </label>
        {/* Labels beside, not around, the selects: a wrapping label would make every option's text part of the name. */}
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} name="role" defaultValue="editor">
          {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
        </select>
        <label htmlFor={`${id}-user`}>Acts as</label>
        <select id={`${id}-user`} name="userId" defaultValue={viewerId}>
          {users.map((user) => <option key={user.id} value={user.id}>{user.label}</option>)}
        </select>
        <button type="submit" className="button">Create token</button>
      </form>
      {error ? <p role="alert" className="error">{error.message}</p> : null}
      {created ? (
        <div role="status" className="one-time-password">
          <p>
            Token <strong>{created.name}</strong>: <code>{created.token}</code>
          </p>
          <p className="subtle">Copy it now into the script&apos;s secret store; it will not be shown again.</p>
        </div>
      ) : null}
    </section>
  );
}
