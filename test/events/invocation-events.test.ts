import { strict as assert } from 'node:assert';
import { generateTypedEvent } from '../../events';

describe('events: Cognito, Connect, Lex, Alexa and workflow inputs', () => {
  it('cognito user pool triggers: trigger source, pool id from region, user and the response to fill', () => {
    const signUp = generateTypedEvent('cognito', 'pre-sign-up', { region: 'eu-west-1', 'user-name': 'ann', email: 'ann@example.com' });
    assert.equal(signUp.triggerSource, 'PreSignUp_SignUp');
    assert.equal(signUp.userPoolId, 'eu-west-1_EXAMPLE');
    assert.equal(signUp.userName, 'ann');
    assert.equal(signUp.request.userAttributes.email, 'ann@example.com');
    assert.equal(signUp.response.autoConfirmUser, false);
    const token = generateTypedEvent('cognito', 'pre-token-generation');
    assert.equal(token.triggerSource, 'TokenGeneration_Authentication');
    assert.match(token.request.userAttributes.sub, /^[0-9a-f-]{36}$/);
    const sync = generateTypedEvent('cognito', 'sync-trigger', { dataset: 'prefs' });
    assert.equal(sync.datasetName, 'prefs');
  });

  it('connect contact-flow-event: contact id, customer number, instance ARN and parameters', () => {
    const event = generateTypedEvent('connect', 'contact-flow-event', { 'phone-number': '+15550100', parameters: '{"lang":"en"}' });
    const { ContactData, Parameters } = event.Details;
    assert.equal(ContactData.CustomerEndpoint?.Address, '+15550100');
    assert.match(ContactData.InstanceARN, /^arn:aws:connect:us-east-1:123456789012:instance\//);
    assert.deepEqual(Parameters, { lang: 'en' });
  });

  it('lex: V1 intent slots with details, V2 scalar slots in the session state', () => {
    const v1 = generateTypedEvent('lex', 'order-flowers', { slots: '{"FlowerType":"tulips"}' });
    assert.equal(v1.currentIntent.name, 'OrderFlowers');
    assert.equal(v1.currentIntent.slots.FlowerType, 'tulips');
    assert.equal(v1.currentIntent.slotDetails.FlowerType.originalValue, 'tulips');
    const v2 = generateTypedEvent('lex-v2', 'book-hotel');
    assert.equal(v2.sessionState.intent.name, 'BookHotel');
    assert.equal(v2.sessionState.intent.slots.Location?.value.interpretedValue, 'New York');
  });

  it('alexa: launch, intent with slots, session end; smart home directive', () => {
    const launch = generateTypedEvent('alexa-skills-kit', 'start-session', { 'application-id': 'abc' });
    assert.equal(launch.request.type, 'LaunchRequest');
    assert.equal(launch.session.new, true);
    assert.equal(launch.session.application.applicationId, 'amzn1.ask.skill.abc');
    const color = generateTypedEvent('alexa-skills-kit', 'intent-mycoloris');
    assert.equal(color.request.type === 'IntentRequest' ? color.request.intent.slots?.Color.value : undefined, 'blue');
    const on = generateTypedEvent('alexa-smart-home', 'smart-home-control-turn-on-request', { 'endpoint-id': 'lamp' });
    assert.equal(on.directive.header.name, 'TurnOn');
    assert.equal(on.directive.endpoint?.endpointId, 'lamp');
  });

  it('stepfunctions error, batch, sagemaker and workmail inputs carry their parameters', () => {
    const error = generateTypedEvent('stepfunctions', 'error', { error: 'States.Timeout', input: '{"orderId":"1"}' });
    assert.equal(error.orderId, '1');
    assert.equal(error.error.Error, 'States.Timeout');
    assert.equal((JSON.parse(error.error.Cause) as { errorType: string }).errorType, 'States.Timeout');
    assert.equal(generateTypedEvent('batch', 'get-job', { 'job-id': 'j1' }).jobId, 'j1');
    const pre = generateTypedEvent('sagemaker', 'ground-truth-pre-human', { 'labeling-job-name': 'cats' });
    assert.equal(pre.labelingJobArn, 'arn:aws:sagemaker:us-east-1:123456789012:labeling-job/cats');
    assert.equal(generateTypedEvent('workmail', 'message', { subject: 'Hey' }).subject, 'Hey');
  });

  it('s3 delete has no size or eTag; s3 batch-invocation names the bucket ARN', () => {
    const removed = generateTypedEvent('s3', 'delete', { key: 'a.jpg' });
    assert.equal(removed.Records[0].eventName, 'ObjectRemoved:Delete');
    assert.deepEqual(Object.keys(removed.Records[0].s3.object).sort(), ['key', 'sequencer']);
    const batch = generateTypedEvent('s3', 'batch-invocation', { bucket: 'b' });
    assert.equal(batch.tasks[0].s3BucketArn, 'arn:aws:s3:::b');
  });
});
