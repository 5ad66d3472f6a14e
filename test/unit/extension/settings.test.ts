import { strict as assert } from 'node:assert';
import { readSettings, toServerSettings } from '../../../extension/settings';
import { DEFAULT_SETTINGS } from '../../../server/protocol';

const reader = (values: Record<string, unknown>) => ({ get: <T>(key: string) => values[key] as T | undefined });

describe('extension: settings', () => {
  it('reads typed settings, trimming text', () => {
    const settings = readSettings(reader({ 'aws.profile': ' dev ', 'local.defaultEvent': 's3:put', 'runtimes.nodePath': '/opt/node/bin/node', 'validation.handlers': false }));
    assert.deepEqual(settings, {
      aws: { profile: 'dev', region: '' },
      defaultEvent: 's3:put',
      runtimes: { nodePath: '/opt/node/bin/node' },
      validation: { enable: true, handlers: false },
    });
  });

  it('falls back to defaults for missing or mistyped values', () => {
    const settings = readSettings(reader({ 'aws.region': 42, 'validation.enable': 'yes' }));
    assert.equal(settings.aws.region, '');
    assert.deepEqual(toServerSettings(settings), DEFAULT_SETTINGS);
  });

  it('sends the server only its own settings', () => {
    const settings = readSettings(reader({ 'validation.enable': false, 'aws.profile': 'dev' }));
    assert.deepEqual(toServerSettings(settings), { validation: { enable: false, handlers: true } });
  });
});
