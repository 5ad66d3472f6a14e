import { strict as assert } from 'node:assert';
import { parseTemplate, resolveVariableAt, VariableResolver, type VariableOptions } from '../../../template-model';

/** `|` marks the offset (yaml-language-server's caret convention); returns the text without it. */
function caret(text: string): { text: string; offset: number } {
  const offset = text.indexOf('|');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

function valueAt(marked: string, options: VariableOptions = {}) {
  const { text, offset } = caret(marked);
  return resolveVariableAt(parseTemplate(text), offset, options);
}

const SERVICE = `service: photos
provider:
  name: aws
  stage: \${opt:stage, 'dev'}
params:
  default:
    domain: example.com
  prod:
    domain: photos.example.com
custom:
  tables:
    dev: photos-dev
    prod: photos-prod
`;

describe('template-model: serverless.yml variables', () => {
  it('resolves ${self:} to the value and the range it came from', () => {
    const at = valueAt(`${SERVICE}x: \${self:cus|tom.tables.dev}\n`);
    assert.ok(at);
    assert.equal(at.expression, '${self:custom.tables.dev}');
    assert.equal(at.value.state, 'resolved');
    if (at.value.state !== 'resolved') return;
    assert.equal(at.value.value, 'photos-dev');
    assert.deepEqual(at.value.origin?.range.start, { line: 11, character: 9 });
  });

  it('follows fallbacks, nested variables and stage params', () => {
    const nested = valueAt(`${SERVICE}x: \${self:custom.tables.\${sls:st|age}}\n`);
    assert.deepEqual(nested && nested.expression, '${sls:stage}');
    const outer = valueAt(`${SERVICE}x: \${se|lf:custom.tables.\${sls:stage}}\n`, { stage: 'prod' });
    assert.equal(outer?.value.state === 'resolved' && outer.value.value, 'photos-prod');
    const param = valueAt(`${SERVICE}x: \${param:dom|ain}\n`, { stage: 'prod' });
    assert.equal(param?.value.state === 'resolved' && param.value.value, 'photos.example.com');
    const fallback = valueAt(`${SERVICE}x: \${env:NOT_SET_HERE, 'fallback'|}\n`, { env: {} });
    assert.equal(fallback?.value.state === 'resolved' && fallback.value.value, 'fallback');
  });

  it('gives a map or list value as plain data', () => {
    const at = valueAt(`${SERVICE}x: \${self:custom.ta|bles}\n`);
    assert.deepEqual(at?.value.state === 'resolved' && at.value.value, { dev: 'photos-dev', prod: 'photos-prod' });
  });

  it('reads ${file()} through the injected reader only', () => {
    const files: Record<string, string> = { './config.yml': 'db:\n  host: localhost\n' };
    const options = { readFile: (path: string) => files[path] };
    const at = valueAt(`${SERVICE}x: \${file(./config.yml):db.h|ost}\n`, options);
    assert.equal(at?.value.state === 'resolved' && at.value.value, 'localhost');
    assert.equal(at?.value.state === 'resolved' && at.value.origin?.file, './config.yml');
    const unread = valueAt(`${SERVICE}x: \${file(./config.yml):db.h|ost}\n`);
    assert.equal(unread?.value.state, 'unknown');
    const outside = valueAt(`${SERVICE}x: \${file(../../secrets.yml):t|oken}\n`, { readFile: () => null });
    assert.equal(outside?.value.state, 'unknown');
    const missing = new VariableResolver(parseTemplate(`${SERVICE}x: \${file(./nope.yml):token}\n`), options).getProblems();
    assert.deepEqual(missing.map((p) => p.message), ['File not found: ./nope.yml']);
  });

  it('accepts remote sources as unknown at edit time', () => {
    for (const source of ['ssm:/path/to/param', 'cf:stack.Output', 's3:bucket/key', 'aws:accountId']) {
      const at = valueAt(`${SERVICE}x: \${${source.slice(0, 2)}|${source.slice(2)}}\n`);
      assert.equal(at?.value.state, 'unknown', source);
    }
    const resolver = new VariableResolver(parseTemplate(`${SERVICE}x: \${ssm:/a} \${aws:region} \${sls:instanceId}\n`));
    assert.deepEqual(resolver.getProblems(), []);
  });

  it('reports a reference cycle and an unclosed variable without throwing', () => {
    const resolver = new VariableResolver(parseTemplate('service: a\ncustom:\n  a: ${self:custom.b}\n  b: ${self:custom.a}\n  c: ${self:service\n'));
    const problems = resolver.getProblems().map((p) => `${p.range.start.line}:${p.range.start.character} ${p.code} ${p.message}`);
    assert.deepEqual(problems, [
      '2:12 SLS2002 Circular reference: self:custom.b',
      '3:12 SLS2002 Circular reference: self:custom.a',
      "4:5 SLS2001 Variable is not closed: missing '}'",
    ]);
    assert.equal(resolver.valueOf(resolver.model.root!).state, 'resolved');
  });
});
