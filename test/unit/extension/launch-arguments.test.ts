import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildLaunchConfig, checkLaunchArguments, portablePath, type FunctionTarget } from '../../../extension/debug/launch-arguments';
import type { TemplateFunction } from '../../../server/protocol';

const folder = join('/work', 'photo-pipeline');
const range = { start: { line: 36, character: 2 }, end: { line: 36, character: 11 } };
const thumbnail: TemplateFunction = {
  id: 'Thumbnail',
  functionName: 'Thumbnail',
  kind: 'sam',
  range,
  handler: 'index.handler',
  runtime: 'nodejs20.x',
  codeDir: join(folder, 'src', 'thumbnail'),
  handlerFile: join(folder, 'src', 'thumbnail', 'index.js'),
  events: [{ name: 'PhotoUploaded', type: 'S3', range }],
};
const target: FunctionTarget = { templatePath: join(folder, 'template.yaml'), fn: thumbnail };

describe('extension: launch configurations from the server\'s function list', () => {
  it('builds a portable configuration with a saved event', () => {
    const event = { kind: 'file' as const, path: join(folder, '.lambda-workbench', 'events', 'Thumbnail', 'photo-uploaded.json'), name: 'photo-uploaded' };
    assert.deepEqual(buildLaunchConfig(target, event, folder), {
      type: 'lambda',
      request: 'launch',
      name: 'Thumbnail (template.yaml): photo-uploaded',
      template: '${workspaceFolder}/template.yaml',
      function: 'Thumbnail',
      event: '${workspaceFolder}/.lambda-workbench/events/Thumbnail/photo-uploaded.json',
    });
  });

  it('uses sampleEvent for a sample and no event attribute for an empty event', () => {
    const sample = buildLaunchConfig(target, { kind: 'sample', sampleEvent: 's3:put' }, folder);
    assert.equal(sample.sampleEvent, 's3:put');
    assert.equal(sample.event, undefined);
    assert.equal(sample.name, 'Thumbnail (template.yaml): s3:put');
    const none = buildLaunchConfig(target, { kind: 'none' }, folder);
    assert.equal('event' in none || 'sampleEvent' in none, false);
  });

  it('keeps absolute paths outside the workspace folder', () => {
    assert.equal(portablePath(join('/elsewhere', 'template.yaml'), folder), join('/elsewhere', 'template.yaml'));
    assert.equal(portablePath(target.templatePath, undefined), target.templatePath);
  });

  it('accepts a template function or a bare handler', () => {
    assert.deepEqual(checkLaunchArguments({ template: 'template.yaml', function: 'Thumbnail', sampleEvent: 's3:put' }), []);
    assert.deepEqual(checkLaunchArguments({ handler: 'src/thumbnail/index.handler', codeDir: '.', event: {} }), []);
  });

  it('names the attribute to fix in each problem', () => {
    assert.deepEqual(checkLaunchArguments({}), ['Set `template` and `function` (a function of your template), or `handler` (file.function) with `codeDir`.']);
    assert.deepEqual(checkLaunchArguments({ template: 't.yaml' }), ['Set `function` to the function of the template to run: t.yaml']);
    assert.deepEqual(checkLaunchArguments({ handler: 'index', event: 'e.json', sampleEvent: 's3:put' }), [
      'Set either `event` or `sampleEvent`, not both.',
      '`handler` must be file.function, e.g. index.handler: index',
    ]);
    assert.deepEqual(checkLaunchArguments({ handler: 'index.handler', sampleEvent: 's3', timeout: 901, memorySize: 64 }), [
      '`sampleEvent` must be SOURCE:TYPE, e.g. s3:put: s3',
      '`timeout` must be 1–900 seconds: 901',
      '`memorySize` must be 128–10240 MB: 64',
    ]);
  });
});
