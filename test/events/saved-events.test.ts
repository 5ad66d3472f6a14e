import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, S3Event, SQSEvent } from 'aws-lambda';
import {
  createSavedEvent,
  createSavedEventFromSample,
  deleteSavedEvent,
  listSavedEvents,
  readSavedEvent,
  SavedEventError,
  updateSavedEvent,
} from '../../events';
import { photoPipelineDir } from '../support/paths';

const problem = (kind: string) => (error: unknown) => error instanceof SavedEventError && error.problem === kind;

describe('events: saved events per function', () => {
  let workspace: string;
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'lwb-events-'));
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('creates from a sample, lists, reads, updates and deletes as pretty JSON under .lambda-workbench/events', async () => {
    const ref = await createSavedEventFromSample(workspace, 'Thumbnail', 'big-upload', { source: 's3', type: 'put', params: { bucket: 'photos', size: '5000000' } });
    assert.equal(ref.path, join(workspace, '.lambda-workbench', 'events', 'Thumbnail', 'big-upload.json'));
    const text = await readFile(ref.path, 'utf8');
    assert.match(text, /^\{\n {2}"Records": \[/);
    assert.ok(text.endsWith('}\n'));
    await createSavedEvent(workspace, 'Worker', 'one', { Records: [] });
    assert.deepEqual((await listSavedEvents(workspace)).map((e) => `${e.functionId}/${e.name}`), ['Thumbnail/big-upload', 'Worker/one']);
    assert.deepEqual((await listSavedEvents(workspace, 'Worker')).map((e) => e.name), ['one']);
    const event = (await readSavedEvent(workspace, 'Thumbnail', 'big-upload')) as S3Event;
    assert.equal(event.Records[0].s3.object.size, 5000000);
    event.Records[0].s3.object.key = 'edited.jpg';
    await updateSavedEvent(workspace, 'Thumbnail', 'big-upload', event);
    assert.equal(((await readSavedEvent(workspace, 'Thumbnail', 'big-upload')) as S3Event).Records[0].s3.object.key, 'edited.jpg');
    await deleteSavedEvent(workspace, 'Thumbnail', 'big-upload');
    assert.deepEqual((await listSavedEvents(workspace, 'Thumbnail')).map((e) => e.name), []);
  });

  it('refuses to overwrite on create, to update or delete what is missing, and path-like names', async () => {
    await createSavedEvent(workspace, 'Fn', 'a', {});
    await assert.rejects(createSavedEvent(workspace, 'Fn', 'a', {}), problem('exists'));
    await assert.rejects(updateSavedEvent(workspace, 'Fn', 'missing', {}), problem('not-found'));
    await assert.rejects(deleteSavedEvent(workspace, 'Fn', 'missing'), problem('not-found'));
    await assert.rejects(createSavedEvent(workspace, 'Fn', '../escape', {}), problem('invalid-name'));
    await assert.rejects(readSavedEvent(workspace, '..', 'a'), problem('invalid-name'));
    assert.deepEqual(await listSavedEvents(join(workspace, 'nothing-here')), []);
  });

  it('reports a hand-edited file that is not JSON with its path', async () => {
    await mkdir(join(workspace, '.lambda-workbench', 'events', 'Fn'), { recursive: true });
    await writeFile(join(workspace, '.lambda-workbench', 'events', 'Fn', 'broken.json'), '{ "a": ', 'utf8');
    await assert.rejects(readSavedEvent(workspace, 'Fn', 'broken'), (e: unknown) => problem('invalid-json')(e) && (e as Error).message.includes('broken.json'));
  });

  it('reads the example project\'s shared events, whose derived fields match their data', async () => {
    const saved = await listSavedEvents(photoPipelineDir);
    assert.deepEqual(saved.map((e) => `${e.functionId}/${e.name}`), ['PhotosApi/get-photo', 'Thumbnail/photo-uploaded', 'Worker/two-jobs']);
    const jobs = (await readSavedEvent(photoPipelineDir, 'Worker', 'two-jobs')) as SQSEvent;
    for (const record of jobs.Records) assert.equal(record.md5OfBody, createHash('md5').update(record.body).digest('hex'), record.messageId);
    const api = (await readSavedEvent(photoPipelineDir, 'PhotosApi', 'get-photo')) as APIGatewayProxyEventV2;
    assert.equal(api.rawPath, `/photos/${api.pathParameters?.id}`);
  });
});
