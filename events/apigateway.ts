// API Gateway events: REST API proxy (v1, SAM's `apigateway aws-proxy`), HTTP API proxy (payload 2.0,
// `apigateway http-api-proxy`) and the TOKEN/REQUEST authorizer inputs.
// Shapes: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyWebsocketEventV2,
  APIGatewayRequestAuthorizerEvent,
  APIGatewayTokenAuthorizerEvent,
} from 'aws-lambda';
import { accountParams, arn, opaqueToken, timeParam, USER_AGENT } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';
import { clfTime } from './encoding';
import { httpParams, lastValues, matchRoute, multiValues, payloadV2, readHttpRequest, type HttpRequest } from './http';

const restParams: ParamSpecs = {
  ...accountParams,
  ...timeParam,
  ...httpParams({ method: 'POST', path: '/path/to/resource', body: '{"test":"body"}' }),
  stage: { default: 'prod', help: 'stage name' },
  resource: { default: '/{proxy+}', help: 'resource path template; path parameters come from --path' },
  'api-id': { default: '1234567890', help: 'REST API id' },
  'dns-suffix': { default: '', help: 'domain after execute-api. (default: REGION.amazonaws.com)' },
};

function v1Request(ctx: GenerateContext) {
  const apiId = ctx.param('api-id');
  const request = readHttpRequest(ctx, `${apiId}.execute-api.${ctx.param('dns-suffix') || `${ctx.param('region')}.amazonaws.com`}`);
  const resource = ctx.param('resource');
  const pathParameters = matchRoute(resource, request.path) ?? null;
  return { apiId, request, resource, pathParameters };
}

function v1Context(ctx: GenerateContext, apiId: string, resource: string, request: HttpRequest): Omit<APIGatewayProxyEvent['requestContext'], 'authorizer'> {
  const stage = ctx.param('stage');
  return {
    accountId: ctx.param('account-id'),
    apiId,
    domainName: request.headers.host,
    domainPrefix: apiId,
    extendedRequestId: opaqueToken(11),
    httpMethod: request.method,
    identity: {
      accessKey: null,
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      clientCert: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: request.sourceIp,
      user: null,
      userAgent: USER_AGENT,
      userArn: null,
    },
    path: `/${stage}${request.path}`,
    protocol: 'HTTP/1.1',
    requestId: ctx.uuid(),
    requestTime: clfTime(ctx.now),
    requestTimeEpoch: ctx.now.getTime(),
    resourceId: ctx.uuid().slice(0, 6),
    resourcePath: resource,
    stage,
  };
}

/** `arn:aws:execute-api:region:account:api/stage/METHOD/resource-path` (authorizers get it as methodArn). */
function methodArn(ctx: GenerateContext, apiId: string, method: string, path: string): string {
  return arn(ctx, 'execute-api', `${apiId}/${ctx.param('stage')}/${method}${path}`);
}

export const apigatewayEvents = {
  'aws-proxy': defineEvent<APIGatewayProxyEvent>({
    help: 'REST API (v1) Lambda proxy integration request',
    params: restParams,
    generate(ctx) {
      const { apiId, request, resource, pathParameters } = v1Request(ctx);
      const hasQuery = Object.keys(request.query).length > 0;
      return {
        resource,
        path: request.path,
        httpMethod: request.method,
        headers: request.headers,
        multiValueHeaders: multiValues(request.headers),
        queryStringParameters: hasQuery ? lastValues(request.query) : null,
        multiValueQueryStringParameters: hasQuery ? request.query : null,
        pathParameters,
        stageVariables: null,
        requestContext: { ...v1Context(ctx, apiId, resource, request), authorizer: null },
        body: request.body === '' ? null : request.body,
        isBase64Encoded: false,
      };
    },
  }),
  'http-api-proxy': defineEvent<APIGatewayProxyEventV2>({
    help: 'HTTP API (payload format 2.0) request',
    params: {
      ...accountParams,
      ...timeParam,
      ...httpParams({ method: 'GET', path: '/path/to/resource', body: '' }),
      route: { default: '', help: 'route path template like /photos/{id} (default: $default route)' },
      stage: { default: '$default', help: 'stage name' },
      'api-id': { default: '1234567890', help: 'HTTP API id' },
    },
    generate(ctx) {
      const apiId = ctx.param('api-id');
      const request = readHttpRequest(ctx, `${apiId}.execute-api.${ctx.param('region')}.amazonaws.com`);
      const route = ctx.param('route');
      const routeKey = route ? `${request.method} ${route}` : '$default';
      return payloadV2(request, ctx.now, {
        accountId: ctx.param('account-id'),
        apiId,
        routeKey,
        stage: ctx.param('stage'),
        requestId: opaqueToken(11),
        pathParameters: route ? matchRoute(route, request.path) : undefined,
      });
    },
  }),
  websocket: defineEvent<APIGatewayProxyWebsocketEventV2>({
    help: 'WebSocket API route invocation ($connect, $disconnect or a message route)',
    params: {
      ...accountParams,
      ...timeParam,
      'route-key': { default: '$default', help: 'route key: $connect, $disconnect, $default or a custom route' },
      body: { default: '{"action":"sendmessage","message":"hello"}', help: 'message body (message routes)' },
      stage: { default: 'production', help: 'stage name' },
      'api-id': { default: 'abcdef1234', help: 'WebSocket API id' },
    },
    generate(ctx) {
      const routeKey = ctx.param('route-key');
      const eventType = routeKey === '$connect' ? 'CONNECT' : routeKey === '$disconnect' ? 'DISCONNECT' : 'MESSAGE';
      const apiId = ctx.param('api-id');
      const time = ctx.now.getTime();
      return {
        requestContext: {
          routeKey,
          messageId: opaqueToken(11),
          eventType,
          extendedRequestId: opaqueToken(11),
          requestTime: clfTime(ctx.now),
          messageDirection: 'IN',
          stage: ctx.param('stage'),
          // The connection opened a minute before this message.
          connectedAt: time - 60_000,
          requestTimeEpoch: time,
          requestId: opaqueToken(11),
          domainName: `${apiId}.execute-api.${ctx.param('region')}.amazonaws.com`,
          connectionId: opaqueToken(11),
          apiId,
        },
        ...(eventType === 'MESSAGE' ? { body: ctx.param('body') } : {}),
        isBase64Encoded: false,
      };
    },
  }),
  authorizer: defineEvent<APIGatewayTokenAuthorizerEvent>({
    help: 'REST API TOKEN authorizer input',
    params: {
      ...accountParams,
      stage: { default: 'prod', help: 'stage name' },
      method: { default: 'GET', help: 'HTTP method', kind: 'http-method' },
      resource: { default: '/request', help: 'resource path' },
      restApiId: { default: '1234567890', help: 'REST API id' },
      token: { default: 'allow', help: 'the authorization token (header value)' },
    },
    generate(ctx) {
      return {
        type: 'TOKEN',
        authorizationToken: ctx.param('token'),
        methodArn: methodArn(ctx, ctx.param('restApiId'), ctx.param('method').toUpperCase(), ctx.param('resource')),
      };
    },
  }),
  'request-authorizer': defineEvent<APIGatewayRequestAuthorizerEvent>({
    help: 'REST API REQUEST authorizer input',
    params: restParams,
    generate(ctx) {
      const { apiId, request, resource, pathParameters } = v1Request(ctx);
      return {
        type: 'REQUEST',
        methodArn: methodArn(ctx, apiId, request.method, request.path),
        resource,
        path: request.path,
        httpMethod: request.method,
        headers: request.headers,
        multiValueHeaders: multiValues(request.headers),
        queryStringParameters: lastValues(request.query),
        multiValueQueryStringParameters: request.query,
        pathParameters: pathParameters ?? {},
        stageVariables: {},
        // Authorizers run before any authorizer context exists: the key is absent.
        requestContext: { ...v1Context(ctx, apiId, resource, request), authorizer: undefined },
      };
    },
  }),
};

