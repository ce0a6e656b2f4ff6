import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Edges (pages, actions, routes) reach the database only through lib/ use cases.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db/*", "**/lib/db/*"], message: "Call a lib/<module>/queries.ts or mutations.ts function instead." },
          { group: ["@/generated/*", "@prisma/*"], message: "Prisma stays inside lib/." },
        ],
      }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "dist/**", "**/.*.ts", "node_modules/**", "generated/**", ".data/**", "next-env.d.ts", "bench/work/**"]),
]);
