import { strict as assert } from 'node:assert';
import { generateTypedEvent } from '../../events';

describe('events: notifications, schedules and custom resources', () => {
  it('sns notification: topic ARN, subject, message and typed attributes', () => {
    const event = generateTypedEvent('sns', 'notification', { topic: 'alerts', message: 'hi', attributes: '{"priority":5,"kind":"x"}' });
    const { Sns } = event.Records[0];
    assert.equal(Sns.TopicArn, 'arn:aws:sns:us-east-1:123456789012:alerts');
    assert.equal(Sns.Message, 'hi');
    assert.deepEqual(Sns.MessageAttributes, { priority: { Type: 'Number', Value: '5' }, kind: { Type: 'String', Value: 'x' } });
    assert.ok(event.Records[0].EventSubscriptionArn.startsWith(`${Sns.TopicArn}:`));
  });

  it('cloudwatch scheduled-event: rule ARN and whole-second time', () => {
    const event = generateTypedEvent('cloudwatch', 'scheduled-event', { rule: 'nightly', time: '2024-02-03T04:05:06.789Z' });
    assert.deepEqual(event.resources, ['arn:aws:events:us-east-1:123456789012:rule/nightly']);
    assert.equal(event['detail-type'], 'Scheduled Event');
    assert.equal(event.time, '2024-02-03T04:05:06Z');
  });

  it('eventbridge custom-event: source, detail-type and parsed detail', () => {
    const event = generateTypedEvent('eventbridge', 'custom-event', { source: 'shop', 'detail-type': 'Paid', detail: '{"n":1}' });
    assert.equal(event.source, 'shop');
    assert.equal(event['detail-type'], 'Paid');
    assert.deepEqual(event.detail, { n: 1 });
  });

  it('cloudformation update-request: stack ARN, response URL, physical id and old properties', () => {
    const event = generateTypedEvent('cloudformation', 'update-request', { stack: 'Prod', properties: '{"Size":2}', 'old-properties': '{"Size":1}' });
    assert.match(event.StackId, /^arn:aws:cloudformation:us-east-1:123456789012:stack\/Prod\/[0-9a-f-]{36}$/);
    assert.equal(event.ServiceToken, 'arn:aws:lambda:us-east-1:123456789012:function:MyCustomResourceFunction');
    assert.equal(event.ResourceProperties.Size, 2);
    assert.equal(event.OldResourceProperties.Size, 1);
    assert.ok(event.ResponseURL.startsWith('https://'));
    assert.ok(event.ResponseURL.includes(encodeURIComponent(`|${event.LogicalResourceId}|${event.RequestId}`)));
  });

  it('ses email-receiving: sender, recipient, subject and the function ARN of the action', () => {
    const event = generateTypedEvent('ses', 'email-receiving', { from: 'a@example.com', to: 'b@example.com', subject: 'Hi' });
    const { mail, receipt } = event.Records[0].ses;
    assert.equal(mail.source, 'a@example.com');
    assert.deepEqual(mail.destination, ['b@example.com']);
    assert.equal(mail.commonHeaders.subject, 'Hi');
    assert.equal(receipt.action.type, 'Lambda');
  });

  it('codecommit, codepipeline and config carry ARNs, artifacts and a JSON-string invoking event', () => {
    const commit = generateTypedEvent('codecommit', 'repository', { repository: 'app', branch: 'dev' });
    assert.equal(commit.Records[0].eventSourceARN, 'arn:aws:codecommit:us-east-1:123456789012:app');
    assert.equal(commit.Records[0].codecommit.references[0].ref, 'refs/heads/dev');
    assert.match(commit.Records[0].codecommit.references[0].commit, /^[0-9a-f]{40}$/);
    const job = generateTypedEvent('codepipeline', 'job', { 'input-bucket': 'in', 'input-key': 'src.zip' });
    assert.deepEqual(job['CodePipeline.job'].data.inputArtifacts[0].location.s3Location, { bucketName: 'in', objectKey: 'src.zip' });
    const config = generateTypedEvent('config', 'item-change-notification', { 'resource-id': 'i-1' });
    const invoking = JSON.parse(config.invokingEvent) as { messageType: string; configurationItem: { resourceId: string } };
    assert.equal(invoking.messageType, 'ConfigurationItemChangeNotification');
    assert.equal(invoking.configurationItem.resourceId, 'i-1');
  });
});
