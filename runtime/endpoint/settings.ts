// FunctionSettings from API input: CreateFunction's defaults and UpdateFunctionConfiguration's patches,
// validated with the constraints and messages Lambda uses.
import { invalidParameter, validationError } from './errors';
import { DEFAULT_ROLE, type FunctionSettings } from './model';

/** Runtimes Lambda accepts for new functions (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). */
export const RUNTIMES = [
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x',
  'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14',
  'java11', 'java17', 'java21', 'java25', 'dotnet8', 'dotnet10', 'ruby3.2', 'ruby3.3', 'ruby3.4',
  'provided.al2', 'provided.al2023',
];

export function createSettings(input: Record<string, unknown>): FunctionSettings {
  if (typeof input.Role !== 'string' && input.Role !== undefined) throw validationError('role', input.Role, 'Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+');
  return applySettings(
    {
      runtime: '',
      handler: '',
      role: (input.Role as string | undefined) ?? DEFAULT_ROLE,
      description: '',
      timeout: 3,
      memorySize: 128,
      environment: {},
      architecture: 'x86_64',
      logFormat: 'Text',
      ephemeralStorage: 512,
    },
    input,
    true,
  );
}

/** Applies the members present in `input` (CreateFunction or UpdateFunctionConfiguration). */
export function applySettings(base: FunctionSettings, input: Record<string, unknown>, creating = false): FunctionSettings {
  const s = { ...base, environment: { ...base.environment } };
  if (input.Runtime !== undefined || creating) {
    if (typeof input.Runtime !== 'string' || !RUNTIMES.includes(input.Runtime)) {
      throw invalidParameter(`Value ${String(input.Runtime)} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [${RUNTIMES.join(', ')}] or be a valid ARN`);
    }
    s.runtime = input.Runtime;
  }
  if (input.Handler !== undefined || creating) {
    if (typeof input.Handler !== 'string' || input.Handler.length === 0 || input.Handler.length > 128) {
      throw validationError('handler', input.Handler, 'Member must satisfy regular expression pattern: [^\\s]+');
    }
    s.handler = input.Handler;
  }
  if (typeof input.Role === 'string') s.role = input.Role;
  if (input.Description !== undefined) s.description = String(input.Description);
  if (input.Timeout !== undefined) s.timeout = bounded('timeout', input.Timeout, 1, 900);
  if (input.MemorySize !== undefined) s.memorySize = bounded('memorySize', input.MemorySize, 128, 10240);
  if (input.Environment !== undefined) s.environment = environment(input.Environment);
  if (input.EphemeralStorage !== undefined) {
    s.ephemeralStorage = bounded('ephemeralStorage.size', (input.EphemeralStorage as { Size?: unknown }).Size, 512, 10240);
  }
  if (Array.isArray(input.Architectures)) {
    const [arch] = input.Architectures as unknown[];
    if (arch !== 'x86_64' && arch !== 'arm64') throw validationError('architectures', arch, 'Member must satisfy enum value set: [x86_64, arm64]');
    s.architecture = arch;
  }
  const logFormat = (input.LoggingConfig as { LogFormat?: unknown } | undefined)?.LogFormat;
  if (logFormat !== undefined) {
    if (logFormat !== 'Text' && logFormat !== 'JSON') throw validationError('loggingConfig.logFormat', logFormat, 'Member must satisfy enum value set: [JSON, Text]');
    s.logFormat = logFormat;
  }
  return s;
}

function bounded(member: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw validationError(member, value, 'Member must be an integer');
  if (value < min) throw validationError(member, value, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw validationError(member, value, `Member must have value less than or equal to ${max}`);
  return value;
}

function environment(value: unknown): Record<string, string> {
  const variables = (value as { Variables?: unknown } | null)?.Variables ?? {};
  if (typeof variables !== 'object' || variables === null) throw validationError('environment.variables', variables, 'Member must be a map');
  const result: Record<string, string> = {};
  for (const [key, v] of Object.entries(variables)) {
    if (!/^[a-zA-Z]([a-zA-Z0-9_])+$/.test(key)) throw validationError('environment.variables', key, 'Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+');
    if (key.startsWith('AWS_') && ['AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_LAMBDA_FUNCTION_NAME'].includes(key)) {
      throw invalidParameter(`Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${key}`);
    }
    result[key] = String(v);
  }
  return result;
}
