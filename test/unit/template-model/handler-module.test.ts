// Lambda's handler naming per runtime family, as every handler check and go-to-definition read it.
import { strict as assert } from 'node:assert';
import { handlerLanguage, handlerModule } from '../../../template-model';

describe('template-model: handler modules', () => {
  it('names the runtime families whose handlers are source files', () => {
    assert.deepEqual(['nodejs20.x', 'python3.12', 'ruby3.3', 'java21', 'provided.al2023', 'dotnet8'].map(handlerLanguage), ['javascript', 'python', 'ruby', undefined, undefined, undefined]);
  });

  it('reads Node.js `dir/module.export[.nested]`: the module ends at the first dot of the last segment', () => {
    assert.deepEqual(handlerModule('src/jobs/app.handler', 'javascript'), {
      language: 'javascript',
      candidates: ['src/jobs/app.js', 'src/jobs/app.mjs', 'src/jobs/app.cjs', 'src/jobs/app.ts', 'src/jobs/app.mts', 'src/jobs/app.cts'],
      exportName: 'handler',
    });
    assert.equal(handlerModule('app.api.get', 'javascript')?.candidates[0], 'app.js');
    assert.equal(handlerModule('app.api.get', 'javascript')?.exportName, 'api');
    assert.equal(handlerModule('v1.2/app.handler', 'javascript')?.candidates[0], 'v1.2/app.js');
  });

  it('reads Python `package.module.function` (slashes too) and Ruby `dir/file.method`: the function follows the last dot', () => {
    assert.deepEqual(handlerModule('pkg.sub.app.main', 'python'), { language: 'python', candidates: ['pkg/sub/app.py'], exportName: 'main' });
    assert.deepEqual(handlerModule('pkg/app.main', 'python'), { language: 'python', candidates: ['pkg/app.py'], exportName: 'main' });
    assert.deepEqual(handlerModule('lib/function.handler', 'ruby'), { language: 'ruby', candidates: ['lib/function.rb'], exportName: 'handler' });
  });

  it('refuses handlers without a module or without a function', () => {
    for (const [handler, language] of [['handler', 'javascript'], ['src/app', 'javascript'], ['.handler', 'javascript'], ['app.', 'javascript'], ['main', 'python'], ['app.', 'python']] as const) {
      assert.equal(handlerModule(handler, language), undefined, handler);
    }
  });
});
