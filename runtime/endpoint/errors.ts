// The errors the local endpoint returns, named and shaped as AWS returns them: an HTTP status, the
// `x-amzn-errortype` header and a JSON body whose members follow each error's shape in the service model.

/** Lambda REST errors: status and the body member the service model names for the message. */
const LAMBDA_ERRORS = {
  ResourceNotFoundException: { status: 404, messageKey: 'Message' },
  ResourceConflictException: { status: 409, messageKey: 'message' },
  InvalidParameterValueException: { status: 400, messageKey: 'message' },
  InvalidRequestContentException: { status: 400, messageKey: 'message' },
  TooManyRequestsException: { status: 429, messageKey: 'message' },
  PreconditionFailedException: { status: 412, messageKey: 'message' },
  RequestTooLargeException: { status: 413, messageKey: 'message' },
  ValidationException: { status: 400, messageKey: 'message' },
  ServiceException: { status: 500, messageKey: 'Message' },
  InvalidRuntimeException: { status: 502, messageKey: 'Message' },
  AccessDeniedException: { status: 403, messageKey: 'Message' },
  UnknownOperationException: { status: 404, messageKey: 'message' },
} as const;

export type LambdaErrorCode = keyof typeof LAMBDA_ERRORS;

/** CloudWatch Logs (JSON 1.1) errors: every one is `{ __type, message }`, status 400. */
export type LogsErrorCode = 'ResourceNotFoundException' | 'InvalidParameterException' | 'UnknownOperationException';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? body.Message ?? code));
    this.name = code;
  }
}

export function lambdaError(code: LambdaErrorCode, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): ApiError {
  const { status, messageKey } = LAMBDA_ERRORS[code];
  const type = status >= 500 ? 'Service' : 'User';
  return new ApiError(code, status, { Type: type, [messageKey]: message, ...extra }, headers);
}

export function logsError(code: LogsErrorCode, message: string): ApiError {
  return new ApiError(code, 400, { __type: code, message });
}

export const notFound = (what: string, arn: string): ApiError => lambdaError('ResourceNotFoundException', `${what} not found: ${arn}`);

export const invalidParameter = (message: string): ApiError => lambdaError('InvalidParameterValueException', message);

/** AWS's front-end wording for a value that breaks a member constraint. */
export function validationError(member: string, value: unknown, constraint: string): ApiError {
  return lambdaError('ValidationException', `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`);
}

export const revisionMismatch = (): ApiError =>
  lambdaError(
    'PreconditionFailedException',
    'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
  );
