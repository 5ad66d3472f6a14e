import { strict as assert } from 'node:assert';
import { formatPayload, summarizeRun } from '../../../extension/views/result-format';

const report = { durationMs: 12.34, billedDurationMs: 13, memorySizeMb: 128, maxMemoryUsedMb: 64, status: 'success' };

describe('extension: local results', () => {
  it('summarizes a success with the REPORT figures', () => {
    assert.deepEqual(summarizeRun({ requestId: 'r', payload: '"ok"', report }), { ok: true, figures: '12.3 ms · billed 13 ms · 64/128 MB' });
  });

  it('names the error type of a failure, from the payload or else the REPORT', () => {
    const failure = { requestId: 'r', functionError: 'Unhandled' as const, payload: '{"errorType":"TypeError","errorMessage":"x"}', report: { ...report, status: 'failure' } };
    assert.equal(summarizeRun(failure).errorType, 'TypeError');
    const timeout = { requestId: 'r', functionError: 'Unhandled' as const, payload: 'Task timed out', report: { ...report, status: 'timeout', errorType: 'Sandbox.Timedout' } };
    assert.equal(summarizeRun(timeout).errorType, 'Sandbox.Timedout');
  });

  it('pretty-prints JSON payloads and keeps others as they are', () => {
    assert.equal(formatPayload('{"a":[1]}'), '{\n  "a": [\n    1\n  ]\n}\n');
    assert.equal(formatPayload('plain'), 'plain');
  });
});
