import { z } from "zod";
import { createDocument, type ZodOpenApiObject, type ZodOpenApiOperationObject, type ZodOpenApiResponseObject } from "zod-openapi";
import * as out from "@/lib/api/schema";
import { API_PATHS, type OperationSpec } from "@/lib/api/paths";

/** Where the API lives and where this description is served (app/api/v1/openapi.json/route.ts). */
export const API_BASE_PATH = "/api/v1";
export const OPENAPI_PATH = `${API_BASE_PATH}/openapi.json`;


const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: out.errorSchema } } });

function toOperation(spec: OperationSpec): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    responses[status] = response instanceof z.ZodType ? { description: spec.summary, content: { "application/json": { schema: response } } } : response;
  }
  const permission = spec.permission ? `\n\nNeeds the permission \`${spec.permission}\` (see the roles matrix in the README).` : "";
  return {
    summary: spec.summary,
    description: `${spec.description ?? spec.summary}${permission}`,
    tags: [spec.tag],
    ...(spec.permission ? {} : { security: [] }),
    requestParams: { ...(spec.params ? { path: spec.params } : {}), ...(spec.query ? { query: spec.query } : {}) },
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: spec.body } } } } : {}),
    responses: {
      ...responses,
      ...(spec.permission ? { "401": errorResponse("No valid token or session (UNAUTHENTICATED)."), "403": errorResponse("The role lacks the permission (FORBIDDEN).") } : {}),
      default: errorResponse("Any other error: NOT_FOUND 404, CONFLICT or INVALID_STATE 409, TOO_LARGE 413, VALIDATION 422, UNAVAILABLE 503, INTERNAL 500."),
    },
  };
}

let cached: ReturnType<typeof createDocument> | null = null;

/** The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the handlers parse with. */
export function buildOpenApiDocument(): ReturnType<typeof createDocument> {
  if (cached) return cached;
  const paths: ZodOpenApiObject["paths"] = {};
  for (const [path, methods] of Object.entries(API_PATHS)) {
    paths[path] = Object.fromEntries(Object.entries(methods).map(([method, spec]) => [method, toOperation(spec)]));
  }
  cached = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Recto HTTP API",
      version: "1.0.0",
      description:
        "Import French originals with their English adaptations, review them, list automatic findings and export the results. " +
        "Scripts authenticate with an API token (`Authorization: Bearer recto_…`) that an admin creates on the API tokens page " +
        "or with `recto tokens create`; the web UI's session cookie works too. Errors answer `{ error: { code, message } }`.",
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token (recto_…) created by an admin." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "recto.session_token", description: "The web UI's session (state-changing requests must also send this app's Origin)." },
      },
    },
    paths,
  });
  return cached;
}
