// CloudFormation custom resource requests (SAM's `cloudformation create-request`, plus `update-request`
// and `delete-request`): stack ARN, pre-signed response URL and physical id derived from the parameters.
// Shape: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
import type {
  CloudFormationCustomResourceCreateEvent,
  CloudFormationCustomResourceDeleteEvent,
  CloudFormationCustomResourceEventCommon,
  CloudFormationCustomResourceUpdateEvent,
} from 'aws-lambda';
import { accountParams, arn } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';

const params: ParamSpecs = {
  ...accountParams,
  stack: { default: 'MyStack', help: 'stack name' },
  'logical-id': { default: 'MyCustomResource', help: 'logical id of the custom resource' },
  'resource-type': { default: 'Custom::MyResource', help: 'resource type (Custom::… or AWS::CloudFormation::CustomResource)' },
  function: { default: 'MyCustomResourceFunction', help: 'name of the function the ServiceToken points at' },
  properties: { default: '{"Key":"Value"}', help: 'resource properties as a JSON object', kind: 'json-object' },
};

const properties = (ctx: GenerateContext, name: string, serviceToken: string) => ({ ServiceToken: serviceToken, ...ctx.object(name) });

function common(ctx: GenerateContext): CloudFormationCustomResourceEventCommon {
  const serviceToken = arn(ctx, 'lambda', `function:${ctx.param('function')}`);
  const stackId = arn(ctx, 'cloudformation', `stack/${ctx.param('stack')}/${ctx.uuid()}`);
  const requestId = ctx.uuid();
  const logicalId = ctx.param('logical-id');
  const region = ctx.param('region');
  // CloudFormation hands the function a pre-signed S3 PUT URL named after stack, resource and request.
  const object = encodeURIComponent(`${stackId}|${logicalId}|${requestId}`);
  return {
    ServiceToken: serviceToken,
    ResponseURL: `https://cloudformation-custom-resource-response-${region.replace(/-/g, '')}.s3.${region}.amazonaws.com/${object}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=7200&X-Amz-Signature=EXAMPLE`,
    StackId: stackId,
    RequestId: requestId,
    LogicalResourceId: logicalId,
    ResourceType: ctx.param('resource-type'),
    ResourceProperties: properties(ctx, 'properties', serviceToken),
  };
}

const physicalId = (ctx: GenerateContext): string => `${ctx.param('stack')}-${ctx.param('logical-id')}-1A2B3C4D5E6F`;

export const cloudformationEvents = {
  'create-request': defineEvent<CloudFormationCustomResourceCreateEvent>({
    help: 'Custom resource Create request',
    params,
    generate: (ctx) => ({ RequestType: 'Create', ...common(ctx) }),
  }),
  'update-request': defineEvent<CloudFormationCustomResourceUpdateEvent>({
    help: 'Custom resource Update request (with the old properties)',
    params: { ...params, 'old-properties': { default: '{"Key":"OldValue"}', help: 'previous resource properties as a JSON object', kind: 'json-object' } },
    generate(ctx) {
      const event = common(ctx);
      return { RequestType: 'Update', ...event, PhysicalResourceId: physicalId(ctx), OldResourceProperties: properties(ctx, 'old-properties', event.ServiceToken) };
    },
  }),
  'delete-request': defineEvent<CloudFormationCustomResourceDeleteEvent>({
    help: 'Custom resource Delete request',
    params,
    generate: (ctx) => ({ RequestType: 'Delete', ...common(ctx), PhysicalResourceId: physicalId(ctx) }),
  }),
};
