/** A password shown once: it is stored only as a hash, so this is the admin's only chance to copy it. */
export function OneTimePassword({ email, password }: { email: string; password: string }) {
  return (
    <div role="status" className="one-time-password">
      <p>
        Password for <strong>{email}</strong>: <code>{password}</code>
      </p>
      <p className="subtle">Copy it now and hand it over privately; it will not be shown again.</p>
    </div>
  );
}
