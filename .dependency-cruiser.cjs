// Module boundaries, checked by `npm run lint:deps` (part of `npm run lint`). See CONTRIBUTING.md.

/** Modules that compute on plain data: no database, no framework, no queue. */
const PURE = [
  "^lib/(align|diff|exchange|qa|quality-estimation|status|text|word-align)/",
  "^lib/alignment/edit-beads[.]ts$",
  "^lib/export/(?!mutations|queries)[^/]+[.]ts$",
  "^lib/review/(mqm-score|suggestion-hash)[.]ts$",
];

/** What a pure module may not reach, directly or through another module. */
const IMPURE = [
  "^lib/db/",
  "^lib/jobs/",
  "^generated/",
  "node_modules/(@prisma|pg|pg-boss|next|react|react-dom|server-only)/",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Files may not import each other in a circle: one of them holds something both need; move it.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-circular-modules",
      severity: "error",
      comment: "lib modules may not depend on each other in a circle (review -> findings -> review): move the shared part to a module both import.",
      scope: "folder",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
    {
      name: "pure-imports-no-database",
      severity: "error",
      comment: "Pure modules compute on plain data; reading or writing the database belongs in a queries.ts/mutations.ts.",
      from: { path: PURE },
      to: { path: IMPURE, reachable: true },
    },
    {
      name: "lib-never-imports-app",
      severity: "error",
      comment: "lib/ is the domain; app/ is the Next.js edge that calls it, never the other way.",
      from: { path: "^lib/" },
      to: { path: "^app/" },
    },
    {
      name: "domain-never-imports-the-edge",
      severity: "error",
      comment: "lib/http.ts and lib/safe-action.ts adapt lib to HTTP and server actions; domain code throws AppError instead.",
      from: { path: "^lib/", pathNot: "^lib/(http|safe-action)[.]ts$" },
      to: { path: "^lib/(http|safe-action)[.]ts$" },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^generated/"] },
    exclude: { path: "^([.]next|dist)/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
