// Errors as the Node runtime interface client shapes them: the posted body ({errorType, errorMessage,
// trace}), the log form ("Invoke Error \t{…}"), the X-Ray cause header, and the Runtime.* load errors.
import { types } from 'node:util';
import type { ErrorBody } from './rapid-client';

/** `Runtime.<ClassName>` errors; as in the RIC the name lives on the prototype, so logs do not repeat it. */
class RuntimeError extends Error {
  constructor(reason: unknown) {
    super(String(reason));
  }
}
export class ImportModuleError extends RuntimeError {}
export class HandlerNotFound extends RuntimeError {}
export class MalformedHandlerName extends RuntimeError {}
export class UserCodeSyntaxError extends RuntimeError {}
export class CallbackHandlerDeprecated extends RuntimeError {}
export class NodeJsExit extends RuntimeError {}
export class JSONStringifyError extends RuntimeError {}
export class UnhandledPromiseRejection extends RuntimeError {
  constructor(
    readonly reason: unknown,
    readonly promise: Promise<unknown>,
  ) {
    super(reason);
  }
}
for (const type of [ImportModuleError, HandlerNotFound, MalformedHandlerName, UserCodeSyntaxError, CallbackHandlerDeprecated, NodeJsExit, JSONStringifyError, UnhandledPromiseRejection]) {
  type.prototype.name = `Runtime.${type.name}`;
}

/** 4.x sets `name` in its error constructors: an own property, which its logs then show. */
export function withOwnName<T extends Error>(error: T): T {
  if (error instanceof RuntimeError) Object.defineProperty(error, 'name', { value: error.name, enumerable: true, writable: true, configurable: true });
  return error;
}

const escapeDel = (text: string): string => text.replace(/\x7F/g, '%7F');

function isErrorLike(value: unknown): value is Error {
  if (types.isNativeError(value)) return true;
  const v = value as Partial<Error> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.message === 'string' && typeof v.stack === 'string';
}

export function toErrorBody(error: unknown): ErrorBody {
  if (isErrorLike(error)) {
    return { errorType: escapeDel(String(error.name)), errorMessage: escapeDel(String(error.message)), trace: escapeDel(String(error.stack)).split('\n') };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

/** The text-format log payload: the error's own enumerable properties, `code`, and `stack` as lines. */
export function toFormatted(error: unknown): string {
  const withProperties = (_key: string, value: unknown): unknown => {
    if (!(value instanceof Error)) return value;
    const result: Record<string, unknown> = { errorType: value.name, errorMessage: value.message, code: (value as { code?: unknown }).code, ...value };
    if (typeof value.stack === 'string') result.stack = value.stack.split('\n');
    return result;
  };
  try {
    return `\t${JSON.stringify(error, withProperties)}`;
  } catch {
    return `\t${JSON.stringify(toErrorBody(error))}`;
  }
}

/** `Lambda-Runtime-Function-XRay-Error-Cause`: the exception with its parsed stack frames. */
export function xrayCause(error: unknown): string | undefined {
  if (!isErrorLike(error)) return undefined;
  const stack = String(error.stack)
    .split('\n')
    .slice(1)
    .map((line) => /^\s+at (?:(.*) \()?(.*?):(\d+):\d+\)?$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ path: match[2], line: Number(match[3]), label: match[1] ?? 'anonymous' }));
  const paths = [...new Set(stack.map((frame) => frame.path))];
  try {
    return JSON.stringify({ working_directory: process.cwd(), exceptions: [{ type: error.name, message: error.message, stack }], paths });
  } catch {
    return undefined;
  }
}
