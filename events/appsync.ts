// AppSync direct Lambda resolvers and Lambda authorizers (`appsync direct-resolver`, `appsync authorizer`).
// Shapes: https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
import type { AppSyncAuthorizerEvent, AppSyncResolverEvent } from 'aws-lambda';
import { accountParams } from './aws';
import { defineEvent } from './definition';

export const appsyncEvents = {
  'direct-resolver': defineEvent<AppSyncResolverEvent<Record<string, unknown>>>({
    help: 'AppSync direct Lambda resolver invocation for one field',
    params: {
      'parent-type': { default: 'Query', help: 'parent type name (Query, Mutation or an object type)' },
      field: { default: 'getPost', help: 'field name' },
      arguments: { default: '{"id":"1"}', help: 'field arguments as a JSON object', kind: 'json-object' },
      selection: { default: 'id,title,content', help: 'comma-separated selection set' },
      'api-host': { default: 'example1234567890abcdefghij.appsync-api.us-east-1.amazonaws.com', help: 'GraphQL endpoint host' },
    },
    generate(ctx) {
      const selection = ctx.param('selection').split(',').map((f) => f.trim()).filter(Boolean);
      const host = ctx.param('api-host');
      return {
        arguments: ctx.object('arguments'),
        identity: null,
        source: null,
        request: { headers: { host, 'content-type': 'application/json', 'x-amzn-requestid': ctx.uuid() }, domainName: null },
        info: {
          selectionSetList: selection,
          selectionSetGraphQL: `{\n  ${selection.join('\n  ')}\n}`,
          parentTypeName: ctx.param('parent-type'),
          fieldName: ctx.param('field'),
          variables: {},
        },
        prev: null,
        stash: {},
      };
    },
  }),
  authorizer: defineEvent<AppSyncAuthorizerEvent>({
    help: 'AppSync Lambda authorizer request',
    params: {
      'account-id': accountParams['account-id'],
      token: { default: 'custom-token', help: 'the Authorization header value' },
      'api-id': { default: 'abcdefghijklmnopqrstuvwxyz', help: 'GraphQL API id' },
      query: { default: 'query GetPost { getPost(id: "1") { id title } }', help: 'the GraphQL query text' },
    },
    generate(ctx) {
      return {
        authorizationToken: ctx.param('token'),
        requestContext: { apiId: ctx.param('api-id'), accountId: ctx.param('account-id'), requestId: ctx.uuid(), queryString: ctx.param('query'), operationName: undefined, variables: {} },
        requestHeaders: { authorization: ctx.param('token'), 'content-type': 'application/json' },
      };
    },
  }),
};
