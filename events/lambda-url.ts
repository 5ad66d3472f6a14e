// Lambda function URL requests (`lambda function-url`; SAM lacks it): payload format 2.0, like an
// HTTP API, with the URL id as api id and the `$default` route.
// Shape: https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { accountParams, timeParam } from './aws';
import { defineEvent } from './definition';
import { httpParams, payloadV2, readHttpRequest } from './http';

export const lambdaEvents = {
  'function-url': defineEvent<LambdaFunctionURLEvent>({
    help: 'Lambda function URL request (payload format 2.0)',
    params: {
      ...accountParams,
      ...timeParam,
      ...httpParams({ method: 'GET', path: '/', body: '' }),
      'url-id': { default: 'abcdefghijklmnopqrstuvwxyz123456', help: 'the 32-character URL id' },
    },
    generate(ctx) {
      const urlId = ctx.param('url-id');
      const request = readHttpRequest(ctx, `${urlId}.lambda-url.${ctx.param('region')}.on.aws`);
      // With AuthType NONE the caller is anonymous; IAM auth would add the caller's account.
      return payloadV2(request, ctx.now, { accountId: 'anonymous', apiId: urlId, routeKey: '$default', stage: '$default', requestId: ctx.uuid() });
    },
  }),
};
