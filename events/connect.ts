// Amazon Connect contact flow invocations (SAM's `connect contact-flow-event`).
// Shape: https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
import type { ConnectContactFlowEvent } from 'aws-lambda';
import { accountParams, arn } from './aws';
import { defineEvent } from './definition';

export const connectEvents = {
  'contact-flow-event': defineEvent<ConnectContactFlowEvent>({
    help: 'Connect contact flow invoking a function',
    params: {
      ...accountParams,
      'contact-id': { default: '5ca32fbd-8f92-46af-92a5-6b0f970f0efe', help: 'contact id' },
      'phone-number': { default: '+11234567890', help: 'customer phone number' },
      'instance-id': { default: '9ed0ec13-5cd3-4e3e-ae5b-9a07a1a9d7b1', help: 'Connect instance id' },
      parameters: { default: '{"sentAttributeKey":"sentAttributeValue"}', help: 'flow parameters as a JSON object', kind: 'json-object' },
    },
    generate(ctx) {
      const contactId = ctx.param('contact-id');
      const instanceArn = arn(ctx, 'connect', `instance/${ctx.param('instance-id')}`);
      return {
        Name: 'ContactFlowEvent',
        Details: {
          ContactData: {
            Attributes: {},
            Channel: 'VOICE',
            ContactId: contactId,
            CustomerEndpoint: { Address: ctx.param('phone-number'), Type: 'TELEPHONE_NUMBER' },
            InitialContactId: contactId,
            InitiationMethod: 'INBOUND',
            InstanceARN: instanceArn,
            PreviousContactId: contactId,
            Queue: { ARN: `${instanceArn}/queue/5cba7cbf-1ecb-4b6d-b8bd-fe91079b3fc8`, Name: 'BasicQueue' },
            SystemEndpoint: { Address: '+1234567890', Type: 'TELEPHONE_NUMBER' },
            MediaStreams: { Customer: { Audio: null } },
          },
          Parameters: ctx.strings('parameters'),
        },
      };
    },
  }),
};
