// The AWS explorer's data layer: lazy children, pagination, weighted aliases and error nodes.
import { strict as assert } from 'node:assert';
import { DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ListAliasesCommand, ListFunctionsCommand, ListVersionsByFunctionCommand } from '@aws-sdk/client-lambda';
import { connectionNode, type ExplorerNode } from '../../remote';
import { useMockedAws } from './mocked-aws';

async function childrenOf(node: ExplorerNode | undefined): Promise<ExplorerNode[]> {
  assert.ok(node?.children, `${node?.label} has no children`);
  return node.children();
}

describe('remote: explorer tree data', () => {
  const aws = useMockedAws('dev', 'us-east-1');

  it('lists functions page by page behind a "Load more…" node', async () => {
    aws.lambda
      .on(ListFunctionsCommand, { Marker: undefined })
      .resolves({ Functions: [{ FunctionName: 'thumbnail', Runtime: 'nodejs20.x', MemorySize: 512 }], NextMarker: 'p2' })
      .on(ListFunctionsCommand, { Marker: 'p2' })
      .resolves({ Functions: [{ FunctionName: 'worker', Runtime: 'python3.12', MemorySize: 128 }] });
    const first = await childrenOf(connectionNode(aws.connection));
    assert.deepEqual(first.map((n) => [n.kind, n.label, n.description]), [
      ['function', 'thumbnail', 'nodejs20.x · 512 MB'],
      ['loadMore', 'Load more…', undefined],
    ]);
    const all = await childrenOf(first[1]);
    assert.deepEqual(all.map((n) => n.label), ['thumbnail', 'worker']);
  });

  it('shows versions newest first and weighted aliases as "v1 90% / v2 10%"', async () => {
    aws.lambda.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'thumbnail' }] });
    aws.lambda.on(ListVersionsByFunctionCommand).resolves({ Versions: [{ Version: '$LATEST' }, { Version: '1', Description: 'first' }, { Version: '2' }] });
    aws.lambda.on(ListAliasesCommand).resolves({ Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } } }] });
    const [fn] = await childrenOf(connectionNode(aws.connection));
    const [versions, aliases, logFolder] = await childrenOf(fn);
    assert.deepEqual((await childrenOf(versions)).map((n) => n.label), ['$LATEST', 'v2', 'v1']);
    const [live] = await childrenOf(aliases);
    assert.equal(live.label, 'live');
    assert.equal(live.description, 'v1 90% / v2 10%');
    aws.logs.on(DescribeLogStreamsCommand).rejects(Object.assign(new Error('The specified log group does not exist.'), { name: 'ResourceNotFoundException' }));
    assert.deepEqual((await childrenOf(logFolder)).map((n) => [n.kind, n.label]), [['empty', 'No logs yet']]);
  });

  it('turns a failure into an error node with a retry instead of an empty folder', async () => {
    aws.lambda.on(ListFunctionsCommand).rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' }));
    const [error] = await childrenOf(connectionNode(aws.connection));
    assert.equal(error.kind, 'error');
    assert.equal(error.retry, true);
    assert.match(error.label, /^List functions: AccessDeniedException: User is not authorized — the credentials are not allowed/);
  });
});
