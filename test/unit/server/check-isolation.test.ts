import { strict as assert } from 'node:assert';
import { parseTemplate } from '../../../template-model';
import { runChecks, type Check } from '../../../server/index';

describe('server: a crashing check', () => {
  it('becomes one located "internal error" diagnostic, and the other checks still report', () => {
    const model = parseTemplate('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n');
    const crashing: Check = { name: 'crashing', dialects: ['cloudformation'], run: () => { throw new Error('boom'); } };
    const working: Check = { name: 'working', dialects: ['cloudformation'], run: (m) => [{ range: m.resources[0].keyRange, message: 'still here' }] };
    const logged: string[] = [];
    const diagnostics = runChecks([crashing, working], model, { today: '2026-01-01' }, (check) => logged.push(check));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message, d.range.start]),
      [
        ['E0002', 'internal error in check crashing: boom. Other checks still ran; please report this.', { line: 0, character: 0 }],
        [undefined, 'still here', { line: 1, character: 2 }],
      ],
    );
    assert.deepEqual(logged, ['crashing']);
  });
});
