// AWS failures as messages a user can act on: the AWS error named, and the fix when we know it.

export class RemoteError extends Error {
  constructor(
    message: string,
    /** The AWS error name (`ResourceNotFoundException`, …), when AWS answered. */
    readonly awsErrorName?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RemoteError';
  }
}

/** Thrown when an alias changed between our read and our write (RevisionId no longer matches). */
export class ConcurrentChangeError extends RemoteError {}

const FIXES: Record<string, (profile: string) => string> = {
  ExpiredTokenException: (p) => `the session token has expired: run aws sso login --profile ${p} (or refresh your credentials)`,
  ExpiredToken: (p) => `the session token has expired: run aws sso login --profile ${p} (or refresh your credentials)`,
  TokenRefreshRequired: (p) => `the SSO session has expired: run aws sso login --profile ${p}`,
  UnrecognizedClientException: () => 'the access key is not valid for this account or region: check the profile and region',
  InvalidSignatureException: () => 'the secret key does not match the access key: check the profile',
  AccessDeniedException: () => 'the credentials are not allowed to do this: check the IAM policy of the profile',
  TooManyRequestsException: () => 'AWS is throttling requests: wait a moment and try again',
  ThrottlingException: () => 'AWS is throttling requests: wait a moment and try again',
  ResourceNotFoundException: () => 'check the function or alias name and the region',
  CredentialsProviderError: (p) => `no credentials found for profile ${p}: run aws configure --profile ${p} or aws sso login --profile ${p}`,
};

/** Wraps an SDK error: `<what failed>: <AWS error name>: <AWS message> — <fix>`. */
export function describeAwsError(what: string, error: unknown, profile = 'default'): RemoteError {
  if (error instanceof RemoteError) return error;
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const fix = FIXES[name]?.(profile);
  return new RemoteError(`${what}: ${name}: ${message}${fix ? ` — ${fix}` : ''}`, name, { cause: error });
}

export async function withAwsErrors<T>(what: string, profile: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw describeAwsError(what, error, profile);
  }
}
