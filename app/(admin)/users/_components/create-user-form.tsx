"use client";

import { useState } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { ROLES } from "@/lib/auth/permissions";
import { createUserAction } from "../actions";
import { OneTimePassword } from "./one-time-password";

export function CreateUserForm() {
  const { run, error } = useServerAction();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);

  async function submit(formData: FormData) {
    const { data } = await run(createUserAction, {
      email: String(formData.get("email") ?? ""),
      name: String(formData.get("name") ?? ""),
      role: String(formData.get("role") ?? "translator") as (typeof ROLES)[number],
    });
    setCreated(data ?? null);
  }

  return (
    <section className="card create-user" aria-labelledby="create-user-title">
      <h2 id="create-user-title">Add a user</h2>
      <form action={submit} className="form inline-form">
        <label>
          Name
          <input name="name" required maxLength={200} />
        </label>
        <label>
          Email
          <input name="email" type="email" required maxLength={254} />
        </label>
        <label>
          Role
          <select name="role" defaultValue="translator">
            {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
          </select>
        </label>
        <button type="submit" className="button">Create user</button>
      </form>
      <ActionAlert error={error} />
      {created ? <OneTimePassword email={created.email} password={created.password} /> : null}
    </section>
  );
}
