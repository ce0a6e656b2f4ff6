/// <reference types="vite/client" />
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Calls /api/v1 route handlers in-process with a real Request (a bearer token, so no Next request
// context is needed) and checks each answer against the OpenAPI description: status listed,
// media type listed, JSON body valid against the described schema.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "POST" | "PATCH" | "DELETE";
type ResponseObject = { content?: Record<string, { schema?: unknown }> };
type OperationObject = { responses: Record<string, ResponseObject> };

export const ROUTE_MODULES = import.meta.glob("/app/api/v1/**/route.ts");
export const openApiDocument = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, OperationObject>> };

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(openApiDocument, "openapi.json");

/** "/documents/{documentId}" → "/app/api/v1/documents/[documentId]/route.ts" */
export const routeFileOf = (path: string) => `/app/api/v1${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;

/** Every (method, path) answered with a described 2xx, for the coverage check. */
export const covered = new Set<string>();

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

export type ApiCall = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; token?: string; headers?: Record<string, string>; signal?: AbortSignal };

/** A JSON answer, already checked against the described schema, so tests read its fields freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CheckedBody = any;

export async function callApi(method: Method, path: string, options: ApiCall = {}): Promise<{ status: number; body: CheckedBody; response: Response }> {
  const operation = openApiDocument.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is described`).toBeDefined();
  const load = ROUTE_MODULES[routeFileOf(path)];
  expect(load, `${method} ${path} has a route handler`).toBeDefined();
  const handler = ((await load()) as Record<string, Handler>)[method];
  const params = options.params ?? {};
  const search = options.query ? `?${new URLSearchParams(options.query)}` : "";
  const url = `http://recto.test/api/v1${path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name]))}${search}`;
  const headers = new Headers(options.headers);
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), signal: options.signal });
  const response = await handler(request, { params: Promise.resolve(params) });
  const status = String(response.status);
  const described = operation.responses[status] ?? operation.responses.default;
  expect(described, `${method} ${path} describes status ${status}`).toBeDefined();
  const mediaType = response.headers.get("content-type")?.split(";")[0].trim();
  let body: unknown = null;
  if (described.content) {
    expect(Object.keys(described.content), `${method} ${path} ${status} describes ${mediaType}`).toContain(mediaType);
    if (mediaType === "application/json") {
      body = await response.json();
      const ref = `openapi.json#/${pointer("paths", path, method.toLowerCase(), "responses", operation.responses[status] ? status : "default", "content", "application/json", "schema")}`;
      const validate = ajv.getSchema(ref);
      expect(validate, ref).toBeDefined();
      const isValid = validate!(body);
      expect(validate!.errors ?? [], `${method} ${path} ${status}: ${JSON.stringify(body).slice(0, 400)}`).toEqual([]);
      expect(isValid).toBe(true);
    }
  } else {
    expect(await response.text(), `${method} ${path} ${status} has no body`).toBe("");
  }
  if (response.ok && operation.responses[status]) covered.add(`${method} ${path}`);
  return { status: response.status, body: body as CheckedBody, response };
}
