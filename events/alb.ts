// Application Load Balancer requests to a Lambda target (`alb request`; SAM lacks it).
// Shape: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
import type { ALBEvent } from 'aws-lambda';
import { accountParams, arn } from './aws';
import { defineEvent } from './definition';
import { httpParams, lastValues, multiValues, readHttpRequest } from './http';

export const albEvents = {
  request: defineEvent<ALBEvent>({
    help: 'ALB request (multi-value headers off; --multi-value for the multi-value form)',
    params: {
      ...accountParams,
      ...httpParams({ method: 'GET', path: '/lambda', body: '' }),
      'target-group': { default: 'lambda-target', help: 'target group name' },
      'multi-value': { default: 'false', help: 'true when the target group enables multi-value headers' },
    },
    generate(ctx) {
      const request = readHttpRequest(ctx, `lambda-alb-123578498.${ctx.param('region')}.elb.amazonaws.com`);
      const requestContext = { elb: { targetGroupArn: arn(ctx, 'elasticloadbalancing', `targetgroup/${ctx.param('target-group')}/943f017f100becff`) } };
      // ALB passes the query string still URL-encoded, unlike API Gateway.
      const encode = (values: string[]): string[] => values.map((v) => encodeURIComponent(v));
      const query = Object.fromEntries(Object.entries(request.query).map(([name, values]) => [encodeURIComponent(name), encode(values)]));
      const common = { requestContext, httpMethod: request.method, path: request.path, body: request.body, isBase64Encoded: false };
      return ctx.param('multi-value') === 'true'
        ? { ...common, multiValueQueryStringParameters: query, multiValueHeaders: multiValues(request.headers) }
        : { ...common, queryStringParameters: lastValues(query), headers: request.headers };
    },
  }),
};
