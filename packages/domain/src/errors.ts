/**
 * Typed outcomes that the function glue turns into 4xx responses with stable codes.
 * Anything thrown that is not a DomainError is a bug and becomes a generic 500.
 */
export interface FieldProblem {
  path: string;
  message: string;
  /** A stable code for what is wrong, where the caller may want to switch on it. */
  code?: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;
  abstract readonly code: string;
  readonly fields: FieldProblem[] | undefined;
  constructor(message: string, fields?: FieldProblem[]) {
    super(message);
    this.name = new.target.name;
    this.fields = fields;
  }
}

export class InvalidInput extends DomainError {
  readonly status = 400;
  readonly code = "validation_failed";
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly code = "unauthenticated";
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly code = "forbidden";
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly code = "not_found";
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly code: string;
  constructor(message: string, code = "conflict", fields?: FieldProblem[]) {
    super(message, fields);
    this.code = code;
  }
}

/** A well-formed request the service cannot act on, e.g. a postcode outside the covered area. */
export class Unprocessable extends DomainError {
  readonly status = 422;
  readonly code: string;
  constructor(message: string, code: string, fields?: FieldProblem[]) {
    super(message, fields);
    this.code = code;
  }
}
