// The AWS explorer's data layer, without vscode: connection → functions → versions, aliases, log streams.
// Each node knows how to load its children lazily; failures become error nodes with a retry, never
// silent empty folders. The extension maps these nodes to TreeItems one to one.
import { DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { AliasConfiguration, FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { AwsConnection } from './connection';
import { describeAwsError } from './errors';
import { describeRouting, fetchAliases, fetchAllVersions, fetchFunctions } from './functions';
import { logGroupOf } from './logs';

export type ExplorerNodeKind = 'connection' | 'function' | 'versions' | 'version' | 'aliases' | 'alias' | 'logs' | 'logStream' | 'error' | 'loadMore' | 'empty';

export interface ExplorerNode {
  kind: ExplorerNodeKind;
  /** Stable id, unique in the tree (keeps expansion state across refreshes). */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon name. */
  icon: string;
  /** Loads the children; absent for leaves. */
  children?: () => Promise<ExplorerNode[]>;
  /** What commands act on: the connection, function name, version, alias, log stream. */
  connection?: AwsConnection;
  functionName?: string;
  version?: string;
  alias?: AliasConfiguration;
  logStream?: string;
  /** Error and load-more nodes: what to do on click (re-load the parent's children). */
  retry?: boolean;
}

export function connectionNode(connection: AwsConnection): ExplorerNode {
  return {
    kind: 'connection',
    id: `connection:${connection.label}`,
    label: connection.label,
    icon: 'cloud',
    children: () => guarded(`functions:${connection.label}`, () => functionPages(connection)),
  };
}

/** Function pages, 50 at a time; a "Load more" node at the end loads the next page in place. */
async function functionPages(connection: AwsConnection, marker?: string, loaded: ExplorerNode[] = []): Promise<ExplorerNode[]> {
  const page = await fetchFunctions(connection, marker);
  const nodes = [...loaded, ...page.items.map((f) => functionNode(connection, f))];
  if (nodes.length === 0) return [{ kind: 'empty', id: `empty:${connection.label}`, label: 'No functions in this region', icon: 'info' }];
  if (!page.nextMarker) return nodes;
  const next = page.nextMarker;
  return [...nodes, { kind: 'loadMore', id: `more:${connection.label}:${next}`, label: 'Load more…', icon: 'ellipsis', retry: true, children: () => functionPages(connection, next, nodes) }];
}

export function functionNode(connection: AwsConnection, fn: FunctionConfiguration): ExplorerNode {
  const name = fn.FunctionName ?? '';
  const id = `function:${connection.label}:${name}`;
  return {
    kind: 'function',
    id,
    label: name,
    description: [fn.Runtime, fn.MemorySize ? `${fn.MemorySize} MB` : undefined].filter(Boolean).join(' · '),
    tooltip: [`${name}`, `Runtime: ${fn.Runtime ?? 'container image'}`, `Memory: ${fn.MemorySize} MB`, `Timeout: ${fn.Timeout} s`, `Last modified: ${fn.LastModified}`].join('\n'),
    icon: 'symbol-function',
    connection,
    functionName: name,
    children: async () => [
      { kind: 'versions', id: `${id}:versions`, label: 'Versions', icon: 'versions', connection, functionName: name, children: () => guarded(`${id}:versions`, () => versionNodes(connection, name)) },
      { kind: 'aliases', id: `${id}:aliases`, label: 'Aliases', icon: 'tag', connection, functionName: name, children: () => guarded(`${id}:aliases`, () => aliasNodes(connection, name)) },
      { kind: 'logs', id: `${id}:logs`, label: 'Logs', icon: 'output', connection, functionName: name, children: () => guarded(`${id}:logs`, () => logStreamNodes(connection, name)) },
    ],
  };
}

async function versionNodes(connection: AwsConnection, name: string): Promise<ExplorerNode[]> {
  const versions = await fetchAllVersions(connection, name);
  return versions
    .sort((a, b) => versionOrder(b.Version) - versionOrder(a.Version))
    .map((v) => ({
      kind: 'version' as const,
      id: `version:${connection.label}:${name}:${v.Version}`,
      label: v.Version === '$LATEST' ? '$LATEST' : `v${v.Version}`,
      description: [v.Description, v.CodeSha256?.slice(0, 12)].filter(Boolean).join(' · '),
      tooltip: `Version ${v.Version}\nCodeSha256: ${v.CodeSha256}\nLast modified: ${v.LastModified}${v.Description ? `\n${v.Description}` : ''}`,
      icon: 'git-commit',
      connection,
      functionName: name,
      version: v.Version,
    }));
}

function versionOrder(version: string | undefined): number {
  return version === '$LATEST' ? Number.MAX_SAFE_INTEGER : Number(version);
}

async function aliasNodes(connection: AwsConnection, name: string): Promise<ExplorerNode[]> {
  const aliases = await fetchAliases(connection, name);
  if (aliases.length === 0) return [{ kind: 'empty', id: `empty:aliases:${connection.label}:${name}`, label: 'No aliases', icon: 'info' }];
  return aliases.map((a) => ({
    kind: 'alias' as const,
    id: `alias:${connection.label}:${name}:${a.Name}`,
    label: a.Name ?? '',
    description: describeRouting(a),
    tooltip: `${a.Name} → ${describeRouting(a)}${a.Description ? `\n${a.Description}` : ''}`,
    icon: Object.keys(a.RoutingConfig?.AdditionalVersionWeights ?? {}).length ? 'split-horizontal' : 'tag',
    connection,
    functionName: name,
    alias: a,
  }));
}

async function logStreamNodes(connection: AwsConnection, name: string): Promise<ExplorerNode[]> {
  const result = await connection.logs.send(
    new DescribeLogStreamsCommand({ logGroupName: logGroupOf(name), orderBy: 'LastEventTime', descending: true, limit: 20 }),
  ).catch((error: unknown) => {
    // A function that never ran has no log group yet: that is an empty folder, not an error.
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return { logStreams: [] };
    throw describeAwsError(`Read log streams of ${name}`, error, connection.profile);
  });
  const streams = result.logStreams ?? [];
  if (streams.length === 0) return [{ kind: 'empty', id: `empty:logs:${connection.label}:${name}`, label: 'No logs yet', icon: 'info' }];
  return streams.map((s) => ({
    kind: 'logStream' as const,
    id: `log:${connection.label}:${name}:${s.logStreamName}`,
    label: s.logStreamName ?? '',
    description: s.lastEventTimestamp ? new Date(s.lastEventTimestamp).toISOString() : undefined,
    icon: 'file-text',
    connection,
    functionName: name,
    logStream: s.logStreamName,
  }));
}

/** Runs a loader; a failure becomes one error node whose click retries. */
async function guarded(id: string, load: () => Promise<ExplorerNode[]>): Promise<ExplorerNode[]> {
  try {
    return await load();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ kind: 'error', id: `error:${id}`, label: message, tooltip: `${message}\nClick to retry.`, icon: 'error', retry: true }];
  }
}
