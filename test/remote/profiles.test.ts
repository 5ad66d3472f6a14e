import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProfileNames } from '../../remote';

describe('remote: AWS profiles', () => {
  it('lists profiles from config and credentials files, default first, without SSO sessions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lwb-profiles-'));
    writeFileSync(join(dir, 'config'), '[default]\nregion = eu-west-1\n[profile dev]\nsso_session = corp\n[sso-session corp]\nsso_region = eu-west-1\n');
    writeFileSync(join(dir, 'credentials'), '[ci]\naws_access_key_id = AKIAEXAMPLE\n[dev]\n');
    const names = loadProfileNames({ AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials') });
    assert.deepEqual(names, ['default', 'ci', 'dev']);
  });

  it('returns no profiles when the files do not exist', () => {
    assert.deepEqual(loadProfileNames({ AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials' }), []);
  });
});
