// DynamoDB Streams records (SAM's `dynamodb update`): an INSERT, a MODIFY and a REMOVE of one item,
// with the item given as plain JSON and marshalled to DynamoDB's attribute values.
// Shape: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent, EventParameterError, type GenerateContext } from './definition';
import { epochSeconds } from './encoding';

type Image = Record<string, AttributeValue>;

/** Plain JSON → DynamoDB attribute value (numbers become `N` strings, objects `M`, arrays `L`). */
function marshall(value: unknown): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(marshall) };
  return { M: marshallItem(value as Record<string, unknown>) };
}

const marshallItem = (item: Record<string, unknown>): Image => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, marshall(v)]));

/** DynamoDB's item size rule of thumb: attribute names plus values, UTF-8 bytes. */
const itemSize = (item: Record<string, unknown>): number =>
  Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(JSON.stringify(value)), 0);

function readItem(ctx: GenerateContext): { item: Record<string, unknown>; keys: Record<string, unknown> } {
  const record = ctx.object('item');
  const keyNames = ctx.param('keys').split(',').map((k) => k.trim());
  const missing = keyNames.filter((k) => !(k in record));
  if (missing.length) throw new EventParameterError(`--keys names attributes the item lacks: ${missing.join(', ')}`, 'keys');
  return { item: record, keys: Object.fromEntries(keyNames.map((k) => [k, record[k]])) };
}

export const dynamodbEvents = {
  update: defineEvent<DynamoDBStreamEvent>({
    help: 'DynamoDB stream batch: INSERT, MODIFY and REMOVE of one item (NEW_AND_OLD_IMAGES)',
    params: {
      ...accountParams,
      ...timeParam,
      table: { default: 'ExampleTableWithStream', help: 'table name' },
      item: { default: '{"Id":101,"Message":"New item!"}', help: 'the item as a plain JSON object', kind: 'json-object' },
      keys: { default: 'Id', help: 'comma-separated key attribute names' },
    },
    generate(ctx) {
      const { item, keys } = readItem(ctx);
      // The MODIFY stamps the item, so old and new images differ the way an update's do.
      const modified = { ...item, updatedAt: ctx.now.toISOString() };
      // The stream label is the time the stream was enabled; any fixed ISO time shapes the ARN.
      const streamArn = arn(ctx, 'dynamodb', `table/${ctx.param('table')}/stream/${ctx.now.toISOString().replace('Z', '')}`);
      let sequence = 111;
      const record = (eventName: 'INSERT' | 'MODIFY' | 'REMOVE', images: { NewImage?: Record<string, unknown>; OldImage?: Record<string, unknown> }): DynamoDBRecord => ({
        eventID: ctx.uuid().replace(/-/g, ''),
        eventName,
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: ctx.param('region'),
        dynamodb: {
          ApproximateCreationDateTime: epochSeconds(ctx.now),
          Keys: marshallItem(keys),
          ...(images.NewImage ? { NewImage: marshallItem(images.NewImage) } : {}),
          ...(images.OldImage ? { OldImage: marshallItem(images.OldImage) } : {}),
          SequenceNumber: String((sequence += 111)).padStart(21, '0'),
          SizeBytes: itemSize(keys) + (images.NewImage ? itemSize(images.NewImage) : 0) + (images.OldImage ? itemSize(images.OldImage) : 0),
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
        eventSourceARN: streamArn,
      });
      return {
        Records: [
          record('INSERT', { NewImage: item }),
          record('MODIFY', { NewImage: modified, OldImage: item }),
          record('REMOVE', { OldImage: modified }),
        ],
      };
    },
  }),
};
