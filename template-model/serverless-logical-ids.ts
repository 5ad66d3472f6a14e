// The CloudFormation logical IDs the Serverless Framework v3 generates for a serverless.yml (its
// lib/plugins/aws/lib/naming.js), so `resources:` may Ref/GetAtt them (`HelloLambdaFunction`,
// `ServerlessDeploymentBucket`, …) and reference checks know they exist.
import type { TemplateModel } from './types';
import type { VariableResolver } from './variables';
import { getString, getValue, type TemplateNode } from './yaml';

const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
/** naming.getNormalizedResourceName: `-` → Dash, `_` → Underscore, first letter upper-case. */
const normalizeResourceName = (name: string): string => upperFirst(name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore'));
const alphaNumeric = (name: string): string => upperFirst(name.replace(/[^0-9A-Za-z]/g, ''));

/** Logical ID → resource type. */
export function getServerlessLogicalIds(model: TemplateModel, resolver?: VariableResolver): Map<string, string> {
  const ids = new Map([
    ['IamRoleLambdaExecution', 'AWS::IAM::Role'],
    ['ServerlessDeploymentBucket', 'AWS::S3::Bucket'],
    ['ServerlessDeploymentBucketPolicy', 'AWS::S3::BucketPolicy'],
  ]);
  const text = (node: TemplateNode | undefined): string | undefined => {
    if (!node) return undefined;
    const value = resolver?.valueOf(node);
    return value ? (value.state === 'resolved' && typeof value.value === 'string' ? value.value : undefined) : getString(node);
  };
  for (const fn of model.functions) {
    const name = normalizeResourceName(fn.id);
    ids.set(`${name}LambdaFunction`, 'AWS::Lambda::Function').set(`${name}LogGroup`, 'AWS::Logs::LogGroup');
    if (getValue(fn.node, 'url')) ids.set(`${name}LambdaFunctionUrl`, 'AWS::Lambda::Url');
    if (getValue(fn.node, 'provisionedConcurrency')) ids.set(`${name}ProvConcLambdaAlias`, 'AWS::Lambda::Alias');
    const counters = new Map<string, number>();
    for (const event of fn.events) {
      const index = (counters.get(event.type) ?? 0) + 1;
      counters.set(event.type, index);
      if (event.type === 'schedule') ids.set(`${name}EventsRuleSchedule${index}`, 'AWS::Events::Rule');
      if (event.type === 'iot') ids.set(`${name}IotTopicRule${index}`, 'AWS::IoT::TopicRule');
      if (event.type === 'iotFleetProvisioning') ids.set(`${name}IotProvisioningTemplate`, 'AWS::IoT::ProvisioningTemplate');
      if (event.type === 'http') ids.set(`${name}LambdaPermissionApiGateway`, 'AWS::Lambda::Permission');
      if (event.type === 'httpApi') ids.set(`${name}LambdaPermissionHttpApi`, 'AWS::Lambda::Permission').set(`HttpApiIntegration${name}`, 'AWS::ApiGatewayV2::Integration');
      const settings = event.node.kind === 'map' ? event.node.entries[0]?.value : undefined;
      if (event.type === 'http') ids.set('ApiGatewayRestApi', 'AWS::ApiGateway::RestApi');
      if (event.type === 'httpApi') ids.set('HttpApi', 'AWS::ApiGatewayV2::Api').set('HttpApiStage', 'AWS::ApiGatewayV2::Stage');
      if (event.type === 'websocket') ids.set('WebsocketsApi', 'AWS::ApiGatewayV2::Api');
      if (event.type === 's3') {
        const bucket = text(settings?.kind === 'map' ? getValue(settings, 'bucket') : settings);
        const existing = settings?.kind === 'map' && getString(getValue(settings, 'existing')) === 'true';
        if (bucket && !existing) ids.set(`S3Bucket${alphaNumeric(bucket)}`, 'AWS::S3::Bucket');
      }
      if (event.type === 'sns') {
        const topic = text(settings?.kind === 'map' ? (getValue(settings, 'topicName') ?? getValue(settings, 'arn')) : settings);
        if (topic && !topic.startsWith('arn:')) ids.set(`SNSTopic${alphaNumeric(topic)}`, 'AWS::SNS::Topic');
      }
    }
  }
  return ids;
}
