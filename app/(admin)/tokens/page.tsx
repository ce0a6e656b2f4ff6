import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { findApiTokens } from "@/lib/api-tokens/queries";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findUsers } from "@/lib/users/queries";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "never");

export default async function TokensPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) forbidden();
  const [tokens, users] = await Promise.all([findApiTokens({ viewer }), findUsers({ viewer })]);
  const activeUsers = users.filter((user) => !user.banned).map((user) => ({ id: user.id, label: `${user.name} (${user.email}, ${user.role})` }));
  return (
    <main>
      <h1>API tokens</h1>
      <p className="subtle">
        Scripts call the HTTP API (described at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>) with <code>Authorization: Bearer &lt;token&gt;</code>.
        A token acts as its user with at most its role; revoke it when the script is retired. Creating and revoking are in the audit log.
      </p>
      <CreateTokenForm users={activeUsers} viewerId={viewer.userId} />
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Acts as</th>
            <th scope="col">Role</th>
            <th scope="col">Last used (UTC)</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td><code>{token.prefix}…</code></td>
              <td>{token.user.name}</td>
              <td>{token.role}</td>
              <td>{when(token.lastUsedAt)}</td>
              <td>{token.revokedAt ? `Revoked ${when(token.revokedAt)}` : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
