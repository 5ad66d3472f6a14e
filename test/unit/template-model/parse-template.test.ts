import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate, resolveFunction } from '../../../template-model';
import { photoPipelineDir } from '../../support/paths';

describe('template-model: parseTemplate', () => {
  const sam = parseTemplate(readFileSync(join(photoPipelineDir, 'template.yaml'), 'utf8'));
  const sls = parseTemplate(readFileSync(join(photoPipelineDir, 'serverless.yml'), 'utf8'));

  it('detects the dialect by content', () => {
    assert.equal(sam.dialect, 'sam');
    assert.equal(sls.dialect, 'serverless');
    assert.equal(parseTemplate('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n').dialect, 'cloudformation');
    assert.equal(parseTemplate('{"Resources": {"F": {"Type": "AWS::Lambda::Function"}}}').dialect, 'cloudformation');
    assert.equal(parseTemplate('name: not a template\n').dialect, 'unknown');
  });

  it('lists SAM functions with the range of their logical ID', () => {
    assert.deepEqual(sam.functions.map((f) => f.id), ['Thumbnail', 'PhotosApi', 'Worker']);
    const thumbnail = sam.functions[0];
    const line = readFileSync(join(photoPipelineDir, 'template.yaml'), 'utf8').split('\n')[thumbnail.keyRange.start.line];
    assert.equal(line, '  Thumbnail:');
    assert.deepEqual(thumbnail.keyRange.start, { line: thumbnail.keyRange.start.line, character: 2 });
    assert.deepEqual(thumbnail.events.map((e) => [e.name, e.type]), [['PhotoUploaded', 'S3']]);
  });

  it('keeps short-form intrinsics as their long form with the tag', () => {
    const queueUrl = sam.functions[0].environment.QUEUE_URL;
    assert.deepEqual(queueUrl.value, { Ref: 'ThumbnailQueue' });
    assert.equal(queueUrl.node.tag, '!Ref');
  });

  it('resolves a SAM function with Globals merged and unresolved values marked', () => {
    const config = resolveFunction(sam, 'Thumbnail');
    assert.equal(config.functionName, 'Thumbnail');
    assert.equal(config.handler, 'index.handler');
    assert.equal(config.codeDir, 'src/thumbnail');
    assert.equal(config.runtime, 'nodejs22.x');
    assert.equal(config.memorySize, 512);
    assert.equal(config.timeout, 10);
    assert.equal(config.environment.LOG_LEVEL, 'info');
    assert.equal(config.environment.THUMBNAIL_WIDTH, '200');
    assert.equal(config.environment.QUEUE_URL, '<unresolved: !Ref ThumbnailQueue>');
    assert.equal(config.environment.STAGE, 'dev', 'a Ref to a parameter takes its Default');
    assert.deepEqual(
      config.unresolved.map((u) => u.setting),
      ['Environment.QUEUE_URL'],
    );
    assert.equal(resolveFunction(sam, 'Worker').logFormat, 'JSON');
  });

  it('resolves serverless.yml functions with provider defaults and the service-stage-function name', () => {
    const config = resolveFunction(sls, 'thumbnail');
    assert.equal(config.functionName, 'photo-pipeline-dev-thumbnail');
    assert.equal(config.handler, 'src/thumbnail/index.handler');
    assert.equal(config.codeDir, '.');
    assert.equal(config.memorySize, 512);
    assert.equal(config.timeout, 10);
    assert.equal(resolveFunction(sls, 'api', { stage: 'prod' }).functionName, 'photo-pipeline-prod-api');
    assert.equal(resolveFunction(sls, 'photo-pipeline-dev-worker').id, 'worker');
  });

  it('resolves serverless.yml variables the way the framework would, per stage', () => {
    const dev = resolveFunction(sls, 'api');
    assert.equal(dev.environment.TABLE_NAME, 'photo-pipeline-dev-photos');
    assert.equal(dev.environment.STAGE, 'dev');
    assert.deepEqual(dev.unresolved, []);
    const prod = resolveFunction(sls, 'thumbnail', { stage: 'prod' });
    assert.equal(prod.environment.TABLE_NAME, 'photo-pipeline-prod-photos');
    assert.deepEqual(prod.unresolved.map((u) => u.setting), ['Environment.QUEUE_URL']);
  });

  it('names the available functions when one is unknown', () => {
    assert.throws(() => resolveFunction(sam, 'Nope'), /Function not found: Nope \(template has: Thumbnail, PhotosApi, Worker\)/);
  });

  it('reports YAML syntax errors with their position and never throws', () => {
    const broken = parseTemplate('Resources:\n  A:\n    Type: [unclosed\n');
    assert.equal(broken.syntaxErrors.length > 0, true);
    assert.equal(broken.syntaxErrors[0].range.start.line >= 2, true);
    for (const text of ['', '\u0000\u0001binary', '- a\n- b', 'a: *nope', ': :', '{"Resources": ']) {
      parseTemplate(text);
    }
  });
});
