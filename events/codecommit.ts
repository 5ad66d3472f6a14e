// CodeCommit repository triggers (SAM's `codecommit repository`).
// Shape: https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html
import type { CodeCommitTriggerEvent } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent } from './definition';
import { md5Hex } from './encoding';

export const codecommitEvents = {
  repository: defineEvent<CodeCommitTriggerEvent>({
    help: 'CodeCommit trigger for a push to a branch',
    params: {
      ...accountParams,
      ...timeParam,
      repository: { default: 'my-repo', help: 'repository name' },
      trigger: { default: 'my-trigger', help: 'trigger name' },
      'custom-data': { default: 'this is custom data', help: 'custom data of the trigger' },
      branch: { default: 'main', help: 'branch pushed to' },
    },
    generate(ctx) {
      // A commit id is a 40-hex SHA-1; derive a stable one from repository, branch and time.
      const commit = `${md5Hex(`${ctx.param('repository')}:${ctx.param('branch')}:${ctx.now.getTime()}`)}00000000`;
      return {
        Records: [
          {
            awsRegion: ctx.param('region'),
            codecommit: { references: [{ commit, ref: `refs/heads/${ctx.param('branch')}` }] },
            customData: ctx.param('custom-data'),
            eventId: ctx.uuid(),
            eventName: 'ReferenceChanges',
            eventPartNumber: 1,
            eventSource: 'aws:codecommit',
            eventSourceARN: arn(ctx, 'codecommit', ctx.param('repository')),
            eventTime: ctx.now.toISOString(),
            eventTotalParts: 1,
            eventTriggerConfigId: ctx.uuid(),
            eventTriggerName: ctx.param('trigger'),
            eventVersion: '1.0',
            userIdentityARN: arn(ctx, 'iam', 'user/example-user', { region: false }),
          },
        ],
      };
    },
  }),
};
