// Alias changes: create, promote (directly or as a weighted canary), complete, roll back.
// Every write carries the RevisionId we read, so a concurrent change is reported, never overwritten.
// The version an alias pointed to before a promotion is recorded in the alias's own Description, so
// every client (another machine, a CI job, the console) can roll back, not only this one.
import {
  CreateAliasCommand,
  GetAliasCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
  type AliasConfiguration,
} from '@aws-sdk/client-lambda';
import type { AwsConnection } from './connection';
import { ConcurrentChangeError, describeAwsError, RemoteError, withAwsErrors } from './errors';

const PREVIOUS_MARKER = /\s*\[lambda-workbench previous=([^\]\s]+)\]$/;

export function previousVersionOf(description: string | undefined): string | undefined {
  return description?.match(PREVIOUS_MARKER)?.[1];
}

function withPrevious(description: string | undefined, previous: string | undefined): string {
  const base = (description ?? '').replace(PREVIOUS_MARKER, '');
  return previous ? `${base} [lambda-workbench previous=${previous}]`.trim() : base;
}

export async function fetchAlias(connection: AwsConnection, fn: string, alias: string, signal?: AbortSignal): Promise<AliasConfiguration> {
  return withAwsErrors(`Get alias ${fn}:${alias}`, connection.profile, () =>
    connection.lambda.send(new GetAliasCommand({ FunctionName: fn, Name: alias }), { abortSignal: signal }),
  );
}

export async function createAlias(connection: AwsConnection, fn: string, alias: string, version: string, description?: string): Promise<AliasConfiguration> {
  return withAwsErrors(`Create alias ${fn}:${alias}`, connection.profile, () =>
    connection.lambda.send(new CreateAliasCommand({ FunctionName: fn, Name: alias, FunctionVersion: version, Description: description })),
  );
}

export async function publishVersion(connection: AwsConnection, fn: string, description?: string) {
  return withAwsErrors(`Publish a version of ${fn}`, connection.profile, () =>
    connection.lambda.send(new PublishVersionCommand({ FunctionName: fn, Description: description })),
  );
}

export interface PromoteOptions {
  /** Percentage (0 < weight < 100) of traffic sent to the new version as a canary. */
  weight?: number;
}

/**
 * Without a weight: the alias moves to `version`, its weights are cleared and the old version is recorded
 * for rollback (this also completes a canary). With a weight: the alias keeps its version and sends
 * `weight`% to `version`.
 */
export async function promoteAlias(connection: AwsConnection, fn: string, alias: string, version: string, options: PromoteOptions = {}): Promise<AliasConfiguration> {
  const current = await fetchAlias(connection, fn, alias);
  if (options.weight !== undefined) {
    if (!(options.weight > 0 && options.weight < 100)) throw new RemoteError(`Canary weight must be between 0 and 100 (exclusive): ${options.weight}`);
    if (current.FunctionVersion === version) throw new RemoteError(`Alias ${alias} already points to version ${version}: a canary needs another version`);
    return updateAlias(connection, fn, alias, current, {
      FunctionVersion: current.FunctionVersion,
      RoutingConfig: { AdditionalVersionWeights: { [version]: options.weight / 100 } },
      Description: current.Description,
    });
  }
  const previous = current.FunctionVersion === version ? previousVersionOf(current.Description) : current.FunctionVersion;
  return updateAlias(connection, fn, alias, current, {
    FunctionVersion: version,
    RoutingConfig: { AdditionalVersionWeights: {} },
    Description: withPrevious(current.Description, previous),
  });
}

/** Drops a canary; or, when there is none, moves the alias back to the version recorded before its promotion. */
export async function rollbackAlias(connection: AwsConnection, fn: string, alias: string): Promise<AliasConfiguration> {
  const current = await fetchAlias(connection, fn, alias);
  const weights = current.RoutingConfig?.AdditionalVersionWeights ?? {};
  if (Object.keys(weights).length > 0) {
    return updateAlias(connection, fn, alias, current, {
      FunctionVersion: current.FunctionVersion,
      RoutingConfig: { AdditionalVersionWeights: {} },
      Description: current.Description,
    });
  }
  const previous = previousVersionOf(current.Description);
  if (!previous) throw new RemoteError(`Nothing to roll back: alias ${alias} has no canary and no recorded previous version`);
  return updateAlias(connection, fn, alias, current, {
    FunctionVersion: previous,
    RoutingConfig: { AdditionalVersionWeights: {} },
    Description: withPrevious(current.Description, undefined),
  });
}

async function updateAlias(
  connection: AwsConnection,
  fn: string,
  alias: string,
  current: AliasConfiguration,
  change: Pick<AliasConfiguration, 'FunctionVersion' | 'RoutingConfig' | 'Description'>,
): Promise<AliasConfiguration> {
  try {
    return await connection.lambda.send(
      new UpdateAliasCommand({ FunctionName: fn, Name: alias, ...change, RevisionId: current.RevisionId }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'PreconditionFailedException') {
      throw new ConcurrentChangeError(
        `Alias ${fn}:${alias} was changed by someone else since it was read (revision ${current.RevisionId}); nothing was overwritten — refresh and try again`,
        error.name,
        { cause: error },
      );
    }
    throw describeAwsError(`Update alias ${fn}:${alias}`, error, connection.profile);
  }
}
