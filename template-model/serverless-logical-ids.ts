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

export function getServerlessLogicalIds(model: TemplateModel, resolver?: VariableResolver): Set<string> {
  const ids = new Set(['IamRoleLambdaExecution', 'ServerlessDeploymentBucket', 'ServerlessDeploymentBucketPolicy']);
  const text = (node: TemplateNode | undefined): string | undefined => {
    if (!node) return undefined;
    const value = resolver?.valueOf(node);
    return value ? (value.state === 'resolved' && typeof value.value === 'string' ? value.value : undefined) : getString(node);
  };
  for (const fn of model.functions) {
    const name = normalizeResourceName(fn.id);
    ids.add(`${name}LambdaFunction`).add(`${name}LogGroup`);
    if (getValue(fn.node, 'url')) ids.add(`${name}LambdaFunctionUrl`);
    for (const event of fn.events) {
      const settings = event.node.kind === 'map' ? event.node.entries[0]?.value : undefined;
      if (event.type === 'http') ids.add('ApiGatewayRestApi');
      if (event.type === 'httpApi') ids.add('HttpApi').add('HttpApiStage');
      if (event.type === 'websocket') ids.add('WebsocketsApi');
      if (event.type === 's3') {
        const bucket = text(settings?.kind === 'map' ? getValue(settings, 'bucket') : settings);
        const existing = settings?.kind === 'map' && getString(getValue(settings, 'existing')) === 'true';
        if (bucket && !existing) ids.add(`S3Bucket${alphaNumeric(bucket)}`);
      }
      if (event.type === 'sns') {
        const topic = text(settings?.kind === 'map' ? (getValue(settings, 'topicName') ?? getValue(settings, 'arn')) : settings);
        if (topic && !topic.startsWith('arn:')) ids.add(`SNSTopic${alphaNumeric(topic)}`);
      }
    }
  }
  return ids;
}
