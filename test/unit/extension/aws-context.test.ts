import { strict as assert } from 'node:assert';
import { parseIniSections, resolveAwsContext, statusText } from '../../../extension/aws/aws-context';

const config = ['[default]', 'region = eu-west-1', '', '[profile dev]', 'region=eu-central-1', 'sso_session = corp', '[sso-session corp]', 'sso_region = us-east-1'].join('\n');

describe('extension: AWS profile and region', () => {
  it('reads profile names and regions from ~/.aws/config and ~/.aws/credentials text', () => {
    assert.deepEqual([...parseIniSections(config, 'config')], [
      ['default', { region: 'eu-west-1' }],
      ['dev', { region: 'eu-central-1' }],
    ]);
    assert.deepEqual([...parseIniSections('[ci]\naws_access_key_id = AKIAEXAMPLE\n', 'credentials')], [['ci', {}]]);
  });

  it('prefers settings, then the environment, then the profile\'s region', () => {
    const env = { AWS_PROFILE: 'dev', AWS_REGION: 'ap-south-1' };
    assert.deepEqual(resolveAwsContext({ settingProfile: 'prod', settingRegion: 'us-west-2', env, configText: config }), { profile: 'prod', region: 'us-west-2', regionSource: 'setting' });
    assert.deepEqual(resolveAwsContext({ settingProfile: '', settingRegion: '', env, configText: config }), { profile: 'dev', region: 'ap-south-1', regionSource: 'environment' });
    assert.deepEqual(resolveAwsContext({ settingProfile: '', settingRegion: '', env: { AWS_PROFILE: 'dev' }, configText: config }), { profile: 'dev', region: 'eu-central-1', regionSource: 'profile' });
    assert.deepEqual(resolveAwsContext({ settingProfile: '', settingRegion: '', env: {} }), { profile: 'default', region: 'us-east-1', regionSource: 'default' });
  });

  it('shows profile and region in the status bar', () => {
    assert.equal(statusText({ profile: 'dev', region: 'eu-central-1', regionSource: 'profile' }), '$(cloud) dev · eu-central-1');
  });
});
