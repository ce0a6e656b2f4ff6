"use client";

import { useState } from "react";
import { revokeApiTokenAction } from "../actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  async function revoke() {
    if (!window.confirm(`Revoke the token "${name}"? Scripts using it get 401 from now on.`)) return;
    const result = await revokeApiTokenAction({ tokenId });
    setError(result?.serverError ?? null);
  }
  return (
    <>
      <button type="button" className="button secondary small" onClick={revoke} aria-label={`Revoke ${name}`}>Revoke</button>
      {error ? <span role="alert" className="error">{error}</span> : null}
    </>
  );
}
