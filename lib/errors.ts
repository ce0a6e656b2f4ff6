export const ERROR_STATUS = {
  /** Nobody is signed in. */
  UNAUTHENTICATED: 401,
  /** Signed in, but the role lacks the permission. */
  FORBIDDEN: 403,
  /** An id that names no row. */
  NOT_FOUND: 404,
  /** Stale version: someone changed the row since it was read. */
  CONFLICT: 409,
  /** The row is in a state that does not allow the action. */
  INVALID_STATE: 409,
  /** Input that parses but makes no sense. */
  VALIDATION: 422,
  /** Input over a size limit. */
  TOO_LARGE: 413,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The one error type lib code throws for expected failures; edges map it to a status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe to show to the user; defaults to `message`. */
  readonly userMessage: string;
  readonly details?: unknown;

  constructor(options: { code: ErrorCode; message: string; userMessage?: string; details?: unknown }) {
    super(options.message);
    this.name = "AppError";
    this.code = options.code;
    this.userMessage = options.userMessage ?? options.message;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
