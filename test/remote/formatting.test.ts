import { strict as assert } from 'node:assert';
import { describeRouting, parseDuration, parseReportLine } from '../../remote';

describe('remote: routing, durations and REPORT lines', () => {
  it('shows a weighted alias as the console does', () => {
    assert.equal(describeRouting({ FunctionVersion: '7', RoutingConfig: { AdditionalVersionWeights: { '8': 0.1 } } }), 'v7 90% / v8 10%');
    assert.equal(describeRouting({ FunctionVersion: '7' }), 'v7');
    assert.equal(describeRouting({ FunctionVersion: '$LATEST' }), '$LATEST');
  });

  it('parses durations and rejects nonsense', () => {
    assert.equal(parseDuration('10m'), 600_000);
    assert.equal(parseDuration('2h'), 7_200_000);
    assert.throws(() => parseDuration('ten minutes'), /Duration must be a number and a unit \(s, m, h, d, w\), like 10m: ten minutes/);
  });

  it('reads the numbers of a REPORT line, with and without Init Duration', () => {
    const cold = parseReportLine('REPORT RequestId: 8f5a\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\tInit Duration: 150.50 ms\t');
    assert.deepEqual(cold, { requestId: '8f5a', durationMs: 12.34, billedDurationMs: 13, memorySizeMb: 128, maxMemoryUsedMb: 64, initDurationMs: 150.5 });
    const warm = parseReportLine('REPORT RequestId: 9a\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 256 MB\tMax Memory Used: 70 MB');
    assert.equal(warm?.initDurationMs, undefined);
    assert.equal(parseReportLine('START RequestId: 9a Version: $LATEST'), undefined);
  });
});
