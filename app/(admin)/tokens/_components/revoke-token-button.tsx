"use client";

import { useServerAction } from "@/app/_components/use-server-action";
import { revokeApiTokenAction } from "../actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { run, error } = useServerAction({ refreshRoute: true });
  async function revoke() {
    if (!window.confirm(`Revoke the token "${name}"? Scripts using it get 401 from now on.`)) return;
    await run(revokeApiTokenAction, { tokenId });
  }
  return (
    <>
      <button type="button" className="button secondary small" onClick={revoke} aria-label={`Revoke ${name}`}>Revoke</button>
      {error ? <span role="alert" className="error">{error.message}</span> : null}
    </>
  );
}
