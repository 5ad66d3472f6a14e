// Reading an account's functions, versions and aliases, page by page.
import {
  GetFunctionCommand,
  ListAliasesCommand,
  ListFunctionsCommand,
  ListVersionsByFunctionCommand,
  type AliasConfiguration,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import type { AwsConnection } from './connection';
import { withAwsErrors } from './errors';

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; undefined on the last page. */
  nextMarker?: string;
}

export async function fetchFunctions(connection: AwsConnection, marker?: string, signal?: AbortSignal): Promise<Page<FunctionConfiguration>> {
  const page = await withAwsErrors('List functions', connection.profile, () =>
    connection.lambda.send(new ListFunctionsCommand({ Marker: marker, MaxItems: 50 }), { abortSignal: signal }),
  );
  return { items: page.Functions ?? [], nextMarker: page.NextMarker };
}

export async function fetchFunction(connection: AwsConnection, name: string, signal?: AbortSignal) {
  return withAwsErrors(`Get function ${name}`, connection.profile, () =>
    connection.lambda.send(new GetFunctionCommand({ FunctionName: name }), { abortSignal: signal }),
  );
}

export async function fetchVersions(connection: AwsConnection, name: string, marker?: string, signal?: AbortSignal): Promise<Page<FunctionConfiguration>> {
  const page = await withAwsErrors(`List versions of ${name}`, connection.profile, () =>
    connection.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: name, Marker: marker, MaxItems: 50 }), { abortSignal: signal }),
  );
  return { items: page.Versions ?? [], nextMarker: page.NextMarker };
}

/** Every version of a function, all pages. */
export async function fetchAllVersions(connection: AwsConnection, name: string, signal?: AbortSignal): Promise<FunctionConfiguration[]> {
  const versions: FunctionConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await fetchVersions(connection, name, marker, signal);
    versions.push(...page.items);
    marker = page.nextMarker;
  } while (marker);
  return versions;
}

export async function fetchAliases(connection: AwsConnection, name: string, signal?: AbortSignal): Promise<AliasConfiguration[]> {
  const aliases: AliasConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await withAwsErrors(`List aliases of ${name}`, connection.profile, () =>
      connection.lambda.send(new ListAliasesCommand({ FunctionName: name, Marker: marker }), { abortSignal: signal }),
    );
    aliases.push(...(page.Aliases ?? []));
    marker = page.NextMarker;
  } while (marker);
  return aliases;
}

/** `v7 90% / v8 10%` for a weighted alias, `v7` otherwise. */
export function describeRouting(alias: Pick<AliasConfiguration, 'FunctionVersion' | 'RoutingConfig'>): string {
  const weights = Object.entries(alias.RoutingConfig?.AdditionalVersionWeights ?? {});
  const main = alias.FunctionVersion === '$LATEST' ? '$LATEST' : `v${alias.FunctionVersion}`;
  if (weights.length === 0) return main;
  const extra = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const parts = [`${main} ${percent(1 - extra)}`, ...weights.map(([version, weight]) => `v${version} ${percent(weight)}`)];
  return parts.join(' / ');
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}
