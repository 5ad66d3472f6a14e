// Cognito Sync's dataset sync trigger (SAM's `cognito sync-trigger`); user pool triggers are in
// cognito-user-pool.ts under the same `cognito` source.
// Shape: https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
import { accountParams } from './aws';
import { defineEvent } from './definition';

export interface CognitoSyncTriggerEvent {
  version: 2;
  eventType: 'SyncTrigger';
  region: string;
  identityPoolId: string;
  identityId: string;
  datasetName: string;
  datasetRecords: Record<string, { oldValue: string; newValue: string; op: 'replace' | 'remove' }>;
}

export const cognitoSyncEvents = {
  'sync-trigger': defineEvent<CognitoSyncTriggerEvent>({
    help: 'Cognito Sync dataset sync trigger',
    params: { region: accountParams.region, dataset: { default: 'SampleDataset', help: 'dataset name' } },
    generate(ctx) {
      const region = ctx.param('region');
      return {
        version: 2,
        eventType: 'SyncTrigger',
        region,
        identityPoolId: `${region}:${ctx.uuid()}`,
        identityId: `${region}:${ctx.uuid()}`,
        datasetName: ctx.param('dataset'),
        datasetRecords: {
          SampleKey1: { oldValue: 'oldValue1', newValue: 'newValue1', op: 'replace' },
          SampleKey2: { oldValue: 'oldValue2', newValue: 'newValue2', op: 'replace' },
        },
      };
    },
  }),
};
