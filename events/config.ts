// AWS Config rule evaluations (SAM's `config item-change-notification`, `oversized-item-change-notification`,
// `periodic-rule`): the invoking event is a JSON string, as Config sends it.
// Shape: https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
import { accountParams, arn, timeParam } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';

export interface ConfigRuleEvent {
  version: '1.0';
  invokingEvent: string;
  ruleParameters: string;
  resultToken: string;
  eventLeftScope: boolean;
  executionRoleArn: string;
  configRuleArn: string;
  configRuleName: string;
  configRuleId: string;
  accountId: string;
  evaluationMode?: 'DETECTIVE' | 'PROACTIVE';
}

const params: ParamSpecs = {
  ...accountParams,
  ...timeParam,
  rule: { default: 'example-rule', help: 'Config rule name' },
  'rule-parameters': { default: '{}', help: 'rule parameters as a JSON object', kind: 'json-object' },
  'resource-id': { default: 'i-0123456789abcdef0', help: 'evaluated resource id (an EC2 instance)' },
};

function ruleEvent(ctx: GenerateContext, invoking: Record<string, unknown>): ConfigRuleEvent {
  const ruleId = `config-rule-${ctx.uuid().slice(0, 6)}`;
  return {
    version: '1.0',
    invokingEvent: JSON.stringify({ ...invoking, notificationCreationTime: ctx.now.toISOString() }),
    ruleParameters: ctx.param('rule-parameters'),
    resultToken: Buffer.from(ctx.uuid()).toString('base64'),
    eventLeftScope: false,
    executionRoleArn: arn(ctx, 'iam', 'role/config-role', { region: false }),
    configRuleArn: arn(ctx, 'config', `config-rule/${ruleId}`),
    configRuleName: ctx.param('rule'),
    configRuleId: ruleId,
    accountId: ctx.param('account-id'),
  };
}

function configurationItem(ctx: GenerateContext) {
  const id = ctx.param('resource-id');
  return {
    configurationItemCaptureTime: ctx.now.toISOString(),
    awsAccountId: ctx.param('account-id'),
    configurationItemStatus: 'OK',
    resourceId: id,
    ARN: arn(ctx, 'ec2', `instance/${id}`),
    awsRegion: ctx.param('region'),
    availabilityZone: `${ctx.param('region')}a`,
    resourceType: 'AWS::EC2::Instance',
    tags: { Name: 'example' },
    relationships: [],
    configuration: { instanceId: id, instanceType: 't3.micro', state: { name: 'running' } },
  };
}

export const configEvents = {
  'item-change-notification': defineEvent<ConfigRuleEvent>({
    help: 'Config rule triggered by a configuration change',
    params,
    generate: (ctx) => ruleEvent(ctx, { configurationItemDiff: null, configurationItem: configurationItem(ctx), messageType: 'ConfigurationItemChangeNotification', recordVersion: '1.3' }),
  }),
  'oversized-item-change-notification': defineEvent<ConfigRuleEvent>({
    help: 'Config rule triggered by a change too large to inline (summary only)',
    params,
    generate(ctx) {
      const item = configurationItem(ctx);
      const summary = { ...item, configuration: undefined, tags: undefined, relationships: undefined };
      return ruleEvent(ctx, { configurationItemSummary: { ...summary, changeType: 'UPDATE', configurationStateId: ctx.now.getTime() }, messageType: 'OversizedConfigurationItemChangeNotification', recordVersion: '1.0' });
    },
  }),
  'periodic-rule': defineEvent<ConfigRuleEvent>({
    help: 'Config rule run on its periodic schedule',
    params,
    generate: (ctx) => ruleEvent(ctx, { awsAccountId: ctx.param('account-id'), messageType: 'ScheduledNotification' }),
  }),
};
