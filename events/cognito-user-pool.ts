// Cognito user pool Lambda triggers (`cognito pre-sign-up`, `post-confirmation`, …; SAM lacks them):
// the common envelope (pool id, client id, user) plus each trigger's request and the response to fill.
// Shapes: https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html
import type {
  CreateAuthChallengeTriggerEvent,
  CustomMessageSignUpTriggerEvent,
  DefineAuthChallengeTriggerEvent,
  PostAuthenticationTriggerEvent,
  PostConfirmationConfirmSignUpTriggerEvent,
  PreAuthenticationTriggerEvent,
  PreSignUpEmailTriggerEvent,
  PreTokenGenerationAuthenticationTriggerEvent,
  UserMigrationAuthenticationTriggerEvent,
  VerifyAuthChallengeResponseTriggerEvent,
} from 'aws-lambda';
import { regionParams } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';

const userParams: ParamSpecs = {
  ...regionParams,
  'user-pool-id': { default: '', help: 'user pool id (default: REGION_EXAMPLE)' },
  'client-id': { default: '1example23456789', help: 'app client id' },
  'user-name': { default: 'testuser', help: 'user name' },
  email: { default: 'testuser@example.com', help: 'the user\'s email attribute' },
};

function envelope<T extends string>(ctx: GenerateContext, triggerSource: T) {
  return {
    version: '1',
    region: ctx.param('region'),
    userPoolId: ctx.param('user-pool-id') || `${ctx.param('region')}_EXAMPLE`,
    triggerSource,
    userName: ctx.param('user-name'),
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: ctx.param('client-id') },
  };
}

function userAttributes(ctx: GenerateContext, status = 'CONFIRMED'): Record<string, string> {
  return { sub: ctx.uuid(), 'cognito:user_status': status, email_verified: 'true', email: ctx.param('email') };
}

const trigger = <E>(help: string, generate: (ctx: GenerateContext) => E, extra: ParamSpecs = {}) =>
  defineEvent<E>({ help, params: { ...userParams, ...extra }, generate });

export const cognitoUserPoolEvents = {
  'pre-sign-up': trigger<PreSignUpEmailTriggerEvent>('User pool pre sign-up trigger (PreSignUp_SignUp)', (ctx) => ({
    ...envelope(ctx, 'PreSignUp_SignUp'),
    request: { userAttributes: { email: ctx.param('email') }, validationData: {} },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  })),
  'post-confirmation': trigger<PostConfirmationConfirmSignUpTriggerEvent>('User pool post confirmation trigger', (ctx) => ({
    ...envelope(ctx, 'PostConfirmation_ConfirmSignUp'),
    request: { userAttributes: userAttributes(ctx) },
    response: {},
  })),
  'pre-authentication': trigger<PreAuthenticationTriggerEvent>('User pool pre authentication trigger', (ctx) => ({
    ...envelope(ctx, 'PreAuthentication_Authentication'),
    request: { userAttributes: userAttributes(ctx), validationData: {} },
    response: {},
  })),
  'post-authentication': trigger<PostAuthenticationTriggerEvent>('User pool post authentication trigger', (ctx) => ({
    ...envelope(ctx, 'PostAuthentication_Authentication'),
    request: { userAttributes: userAttributes(ctx), newDeviceUsed: false },
    response: {},
  })),
  'pre-token-generation': trigger<PreTokenGenerationAuthenticationTriggerEvent>('User pool pre token generation trigger (V1)', (ctx) => ({
    ...envelope(ctx, 'TokenGeneration_Authentication'),
    request: { userAttributes: userAttributes(ctx), groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [] } },
    response: { claimsOverrideDetails: {} },
  })),
  'custom-message': trigger<CustomMessageSignUpTriggerEvent>('User pool custom message trigger (CustomMessage_SignUp)', (ctx) => ({
    ...envelope(ctx, 'CustomMessage_SignUp'),
    request: { userAttributes: userAttributes(ctx, 'UNCONFIRMED'), codeParameter: '{####}', linkParameter: '{##Click Here##}', usernameParameter: null },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  })),
  'define-auth-challenge': trigger<DefineAuthChallengeTriggerEvent>('User pool define auth challenge trigger', (ctx) => ({
    ...envelope(ctx, 'DefineAuthChallenge_Authentication'),
    request: { userAttributes: userAttributes(ctx), session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'CAPTCHA_CHALLENGE' }], userNotFound: false },
    response: { failAuthentication: false, issueTokens: false },
  })),
  'create-auth-challenge': trigger<CreateAuthChallengeTriggerEvent>('User pool create auth challenge trigger', (ctx) => ({
    ...envelope(ctx, 'CreateAuthChallenge_Authentication'),
    request: { userAttributes: userAttributes(ctx), challengeName: 'CUSTOM_CHALLENGE', session: [], userNotFound: false },
    response: { publicChallengeParameters: {}, privateChallengeParameters: {}, challengeMetadata: '' },
  })),
  'verify-auth-challenge-response': trigger<VerifyAuthChallengeResponseTriggerEvent>(
    'User pool verify auth challenge response trigger',
    (ctx) => ({
      ...envelope(ctx, 'VerifyAuthChallengeResponse_Authentication'),
      request: { userAttributes: userAttributes(ctx), privateChallengeParameters: { answer: '5' }, challengeAnswer: ctx.param('answer'), userNotFound: false },
      response: { answerCorrect: false },
    }),
    { answer: { default: '5', help: 'the answer the user gave' } },
  ),
  'user-migration': trigger<UserMigrationAuthenticationTriggerEvent>('User pool migrate user trigger (sign-in)', (ctx) => ({
    ...envelope(ctx, 'UserMigration_Authentication'),
    request: { password: 'example-password', validationData: {} },
    response: { userAttributes: {}, desiredDeliveryMediums: [] },
  })),
};
