import { DescribeLogGroupsCommand, DescribeLogStreamsCommand, FilterLogEventsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newStateDir, startHarness, type Harness } from './harness';

/** Two streams of /aws/lambda/Echo as the endpoint persists them (one JSON line per event). */
function seedLogs(stateDir: string): void {
  const lines = [
    { s: '2026/11/29/[$LATEST]aaaa', t: 1000, m: 'START RequestId: r1 Version: $LATEST' },
    { s: '2026/11/29/[$LATEST]aaaa', t: 1001, m: 'r1\tINFO\torder 42 accepted' },
    { s: '2026/11/29/[$LATEST]bbbb', t: 1002, m: 'r2\tERROR\torder 43 rejected: timeout' },
    { s: '2026/11/29/[$LATEST]aaaa', t: 1003, m: 'r3\tWARN\torder 44 slow' },
  ];
  mkdirSync(join(stateDir, 'logs'));
  const text = lines.map((l) => JSON.stringify({ ...l, i: l.t + 5 })).join('\n');
  writeFileSync(join(stateDir, 'logs', `${encodeURIComponent('/aws/lambda/Echo')}.jsonl`), `${text}\n{"s":"torn`);
}

describe('endpoint: CloudWatch Logs API over the functions’ logs', () => {
  let h: Harness;
  beforeEach(async () => {
    const stateDir = newStateDir();
    seedLogs(stateDir);
    h = await startHarness({ stateDir });
  });
  afterEach(async () => h.dispose());

  it('describes log groups and streams', async () => {
    const groups = await h.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/' }));
    assert.deepEqual(groups.logGroups?.map((g) => [g.logGroupName, g.arn]), [['/aws/lambda/Echo', 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/Echo:*']]);
    const streams = await h.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/Echo', orderBy: 'LastEventTime', descending: true }));
    assert.deepEqual(streams.logStreams?.map((s) => [s.logStreamName, s.firstEventTimestamp, s.lastEventTimestamp]), [
      ['2026/11/29/[$LATEST]aaaa', 1000, 1003],
      ['2026/11/29/[$LATEST]bbbb', 1002, 1002],
    ]);
    await assert.rejects(h.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/Nope' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
  });

  it('pages a stream with GetLogEvents tokens', async () => {
    const first = await h.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/lambda/Echo', logStreamName: '2026/11/29/[$LATEST]aaaa', startFromHead: true, limit: 2 }));
    assert.deepEqual(first.events?.map((e) => e.message), ['START RequestId: r1 Version: $LATEST', 'r1\tINFO\torder 42 accepted']);
    const next = await h.logs.send(
      new GetLogEventsCommand({ logGroupName: '/aws/lambda/Echo', logStreamName: '2026/11/29/[$LATEST]aaaa', startFromHead: true, limit: 2, nextToken: first.nextForwardToken }),
    );
    assert.deepEqual(next.events?.map((e) => [e.timestamp, e.ingestionTime, e.message]), [[1003, 1008, 'r3\tWARN\torder 44 slow']]);
    const latest = await h.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/lambda/Echo', logStreamName: '2026/11/29/[$LATEST]aaaa', limit: 1 }));
    assert.deepEqual(latest.events?.map((e) => e.message), ['r3\tWARN\torder 44 slow']);
  });

  it('filters events across streams with plain-term patterns', async () => {
    const filter = async (filterPattern: string) =>
      (await h.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/Echo', filterPattern }))).events?.map((e) => (e.message ?? '').split('\t')[0]);
    assert.deepEqual(await filter('order'), ['r1', 'r2', 'r3']);
    assert.deepEqual(await filter('order -accepted'), ['r2', 'r3']);
    assert.deepEqual(await filter('?ERROR ?WARN'), ['r2', 'r3']);
    assert.deepEqual(await filter('"order 43 rejected"'), ['r2']);
    assert.deepEqual(await filter('error'), []);
    const windowed = await h.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/Echo', startTime: 1001, endTime: 1003 }));
    assert.deepEqual(windowed.events?.map((e) => e.logStreamName), ['2026/11/29/[$LATEST]aaaa', '2026/11/29/[$LATEST]bbbb']);
    await assert.rejects(h.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/Echo', filterPattern: '{ $.level = "ERROR" }' })), {
      name: 'InvalidParameterException',
    });
  });
});
