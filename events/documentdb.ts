// Amazon DocumentDB change stream events (`documentdb change-event`; SAM lacks it): change events
// in MongoDB's extended JSON, as Lambda's event source mapping delivers them.
// Shape: https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
import { accountParams, arn, timeParam } from './aws';
import { defineEvent } from './definition';

export interface DocumentDBChangeEvent {
  eventSourceArn: string;
  eventSource: 'aws:docdb';
  events: {
    event: {
      _id: { _data: string };
      clusterTime: { $timestamp: { t: number; i: number } };
      documentKey: { _id: { $oid: string } };
      fullDocument: Record<string, unknown>;
      ns: { db: string; coll: string };
      operationType: 'insert' | 'update' | 'replace' | 'delete';
    };
  }[];
}

export const documentdbEvents = {
  'change-event': defineEvent<DocumentDBChangeEvent>({
    help: 'DocumentDB change stream batch with one insert',
    params: {
      ...accountParams,
      ...timeParam,
      cluster: { default: 'canaryclusterb2a659a2', help: 'cluster name' },
      database: { default: 'test_database', help: 'database name' },
      collection: { default: 'test_collection', help: 'collection name' },
      document: { default: '{"name":"Test Document"}', help: 'the inserted document as a JSON object', kind: 'json-object' },
    },
    generate(ctx) {
      const seconds = Math.floor(ctx.now.getTime() / 1000);
      // An ObjectId starts with its creation time in hex seconds.
      const oid = `${seconds.toString(16).padStart(8, '0')}${ctx.uuid().replace(/-/g, '').slice(0, 16)}`;
      return {
        eventSourceArn: arn(ctx, 'rds', `cluster:${ctx.param('cluster')}`),
        eventSource: 'aws:docdb',
        events: [
          {
            event: {
              _id: { _data: `0163eeb6e7000000${oid.slice(0, 8)}0100000000${oid.slice(8, 16)}` },
              clusterTime: { $timestamp: { t: seconds, i: 1 } },
              documentKey: { _id: { $oid: oid } },
              fullDocument: { _id: { $oid: oid }, ...ctx.object('document') },
              ns: { db: ctx.param('database'), coll: ctx.param('collection') },
              operationType: 'insert',
            },
          },
        ],
      };
    },
  }),
};
