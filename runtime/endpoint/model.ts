// What the endpoint stores about functions, versions and aliases, and how that renders as the Lambda
// API's FunctionConfiguration and AliasConfiguration shapes. Records are plain JSON (persisted as is).

/** Local functions live in one pretend account; ARNs take the region the caller signed for. */
export const ACCOUNT_ID = '000000000000';
export const DEFAULT_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/lambda-workbench-local`;

export interface FunctionSettings {
  runtime: string;
  handler: string;
  role: string;
  description: string;
  timeout: number;
  memorySize: number;
  environment: Record<string, string>;
  architecture: 'x86_64' | 'arm64';
  logFormat: 'Text' | 'JSON';
  ephemeralStorage: number;
}

/** Where a version's code is: the template's workspace (live) or an immutable copy in the state dir. */
export type CodeRef =
  | { kind: 'workspace'; templateDir: string; codeDir: string; inlineCode?: string }
  | { kind: 'stored'; key: string };

export interface VersionRecord {
  version: string;
  settings: FunctionSettings;
  code: CodeRef;
  codeSha256: string;
  codeSize: number;
  revisionId: string;
  lastModified: string;
  state: 'Pending' | 'Active' | 'Failed';
  stateReason?: string;
  stateReasonCode?: string;
  lastUpdateStatus: 'Successful' | 'InProgress' | 'Failed';
  lastUpdateStatusReason?: string;
  lastUpdateStatusReasonCode?: string;
}

export interface AliasRecord {
  name: string;
  functionVersion: string;
  description: string;
  /** Version → weight (0..1) of the traffic that goes to that version instead of `functionVersion`. */
  additionalVersionWeights?: Record<string, number>;
  revisionId: string;
}

export interface FunctionRecord {
  name: string;
  /** Set for functions declared in a template: `seed` is the settings the template gave at last start. */
  template?: { path: string; id: string; seed: string };
  latest: VersionRecord;
  versions: VersionRecord[];
  nextVersion: number;
  aliases: AliasRecord[];
  reservedConcurrency?: number;
}

export const functionArn = (region: string, name: string, qualifier?: string): string =>
  `arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${name}${qualifier ? `:${qualifier}` : ''}`;

/** Lambda's timestamp format: `2026-11-29T06:58:23.000+0000`. */
export const lambdaTimestamp = (date = new Date()): string => date.toISOString().replace('Z', '+0000');

export function toFunctionConfiguration(fn: FunctionRecord, v: VersionRecord, region: string, qualifiedLatest = false) {
  const s = v.settings;
  const qualified = v.version !== '$LATEST' || qualifiedLatest;
  return {
    FunctionName: fn.name,
    FunctionArn: functionArn(region, fn.name, qualified ? v.version : undefined),
    Runtime: s.runtime,
    Role: s.role,
    Handler: s.handler,
    CodeSize: v.codeSize,
    Description: s.description,
    Timeout: s.timeout,
    MemorySize: s.memorySize,
    LastModified: v.lastModified,
    CodeSha256: v.codeSha256,
    Version: v.version,
    ...(Object.keys(s.environment).length > 0 ? { Environment: { Variables: s.environment } } : {}),
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: v.revisionId,
    State: v.state,
    ...(v.stateReason ? { StateReason: v.stateReason, StateReasonCode: v.stateReasonCode } : {}),
    LastUpdateStatus: v.lastUpdateStatus,
    ...(v.lastUpdateStatusReason
      ? { LastUpdateStatusReason: v.lastUpdateStatusReason, LastUpdateStatusReasonCode: v.lastUpdateStatusReasonCode }
      : {}),
    PackageType: 'Zip',
    Architectures: [s.architecture],
    EphemeralStorage: { Size: s.ephemeralStorage },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: s.logFormat, LogGroup: logGroupName(fn.name) },
  };
}

export function toAliasConfiguration(fn: FunctionRecord, alias: AliasRecord, region: string) {
  return {
    AliasArn: functionArn(region, fn.name, alias.name),
    Name: alias.name,
    FunctionVersion: alias.functionVersion,
    Description: alias.description,
    ...(alias.additionalVersionWeights ? { RoutingConfig: { AdditionalVersionWeights: alias.additionalVersionWeights } } : {}),
    RevisionId: alias.revisionId,
  };
}

export const logGroupName = (functionName: string): string => `/aws/lambda/${functionName}`;

/** Published versions compare equal when code and configuration are (PublishVersion then returns the old one). */
export const sameSnapshot = (a: VersionRecord, b: VersionRecord): boolean =>
  a.codeSha256 === b.codeSha256 && JSON.stringify(a.settings) === JSON.stringify(b.settings);
