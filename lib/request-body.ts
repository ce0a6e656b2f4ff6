import { AppError } from "@/lib/errors";

/** The refusal for a body of `bytes` (its declared size, or what had arrived when the cap was passed). */
export type TooLarge = (bytes: number, isDeclared: boolean) => AppError;

/**
 * The request's body as a stream that ends in `tooLarge()` as soon as more than `maxBytes` have
 * arrived, and stops pulling from the client then. A declared Content-Length over the cap is
 * refused before any byte is read; a chunked body has none, so the count is what holds.
 */
export function cappedBody(request: Request, maxBytes: number, tooLarge: TooLarge): ReadableStream<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(declared, true);
  if (!request.body) return new ReadableStream({ start: (controller) => controller.close() });
  const reader = request.body.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await reader.read();
        if (next.done) return controller.close();
        size += next.value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          return controller.error(tooLarge(size, false));
        }
        controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/** The multipart form of a request, read through cappedBody: TOO_LARGE past the cap, VALIDATION when unreadable. */
export async function readCappedForm(request: Request, maxBytes: number, tooLarge: TooLarge): Promise<FormData> {
  let refusal: AppError | null = null;
  const body = cappedBody(request, maxBytes, (bytes, isDeclared) => (refusal = tooLarge(bytes, isDeclared)));
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  try {
    return await new Response(body, { headers }).formData();
  } catch {
    throw refusal ?? new AppError({ code: "VALIDATION", message: "The upload could not be read (it may have been cut off); try again." });
  }
}
