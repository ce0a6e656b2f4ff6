import { buildOpenApiDocument } from "@/lib/api/openapi";

/** The OpenAPI 3.1 description of this API, generated from its zod schemas; public, like any API reference. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
