// Amazon Lex code hooks: V1 (SAM's `lex book-car`, `book-hotel`, `make-appointment`, `order-flowers`)
// and V2 (`lex-v2 book-car`, `book-hotel`, `banking-bot`), each an intent with its sample slots.
// Shapes: https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html,
// https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
import type { LexEvent, LexV2Event, LexV2Intent } from 'aws-lambda';
import { defineEvent, type ParamSpecs } from './definition';

interface Intent {
  intent: string;
  bot: string;
  transcript: string;
  slots: Record<string, string>;
}

const intents: Record<string, Intent> = {
  'book-car': { intent: 'BookCar', bot: 'BookTrip', transcript: 'book a car in Chicago', slots: { PickUpCity: 'Chicago', PickUpDate: '2030-11-08', ReturnDate: '2030-11-10', DriverAge: '34', CarType: 'Economy' } },
  'book-hotel': { intent: 'BookHotel', bot: 'BookTrip', transcript: 'book a hotel in New York', slots: { Location: 'New York', CheckInDate: '2030-11-08', Nights: '4', RoomType: 'queen' } },
  'make-appointment': { intent: 'MakeAppointment', bot: 'ScheduleAppointment', transcript: 'book a cleaning', slots: { AppointmentType: 'cleaning', Date: '2030-11-08', Time: '10:00' } },
  'order-flowers': { intent: 'OrderFlowers', bot: 'OrderFlowers', transcript: 'I would like to order some roses', slots: { FlowerType: 'roses', PickupDate: '2030-11-08', PickupTime: '10:00' } },
  'banking-bot': { intent: 'CheckBalance', bot: 'BankingBot', transcript: 'what is my checking balance', slots: { accountType: 'checking', dateOfBirth: '1990-01-01' } },
};

const params = (intent: Intent): ParamSpecs => ({
  'user-id': { default: 'John', help: 'user id' },
  transcript: { default: intent.transcript, help: 'what the user said' },
  slots: { default: JSON.stringify(intent.slots), help: 'slot values as a JSON object', kind: 'json-object' },
  'invocation-source': { default: 'DialogCodeHook', help: 'DialogCodeHook or FulfillmentCodeHook' },
});

const source = (text: string): 'DialogCodeHook' | 'FulfillmentCodeHook' => (text === 'FulfillmentCodeHook' ? 'FulfillmentCodeHook' : 'DialogCodeHook');

const v1 = (name: string) => {
  const intent = intents[name];
  return defineEvent<LexEvent>({
    help: `Lex V1 ${intent.intent} code hook`,
    params: params(intent),
    generate(ctx) {
      const slots = ctx.strings('slots');
      return {
        messageVersion: '1.0',
        invocationSource: source(ctx.param('invocation-source')),
        userId: ctx.param('user-id'),
        sessionAttributes: {},
        requestAttributes: null,
        bot: { name: intent.bot, alias: '$LATEST', version: '$LATEST' },
        outputDialogMode: 'Text',
        currentIntent: {
          name: intent.intent,
          slots,
          slotDetails: Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, { resolutions: [{ value: v }], originalValue: v }])),
          confirmationStatus: 'None',
        },
        inputTranscript: ctx.param('transcript'),
      };
    },
  });
};

const v2 = (name: string) => {
  const intent = intents[name];
  return defineEvent<LexV2Event>({
    help: `Lex V2 ${intent.intent} code hook`,
    params: params(intent),
    generate(ctx) {
      const slots = Object.fromEntries(
        Object.entries(ctx.strings('slots')).map(([k, v]) => [k, { shape: 'Scalar' as const, value: { originalValue: v, interpretedValue: v, resolvedValues: [v] } }]),
      );
      const lexIntent: LexV2Intent = { name: intent.intent, slots, state: 'InProgress', confirmationState: 'None' };
      return {
        messageVersion: '1.0',
        invocationSource: source(ctx.param('invocation-source')),
        inputMode: 'Text',
        responseContentType: 'text/plain; charset=utf-8',
        sessionId: ctx.param('user-id'),
        inputTranscript: ctx.param('transcript'),
        bot: { id: 'ABCDEFGHIJ', name: intent.bot, aliasId: 'TSTALIASID', aliasName: 'TestBotAlias', localeId: 'en_US', version: 'DRAFT' },
        interpretations: [{ intent: lexIntent, nluConfidence: 1 }],
        proposedNextState: { dialogAction: { type: 'Delegate' }, intent: lexIntent },
        sessionState: { sessionAttributes: {}, intent: lexIntent, originatingRequestId: ctx.uuid() },
        transcriptions: [{ transcription: ctx.param('transcript'), transcriptionConfidence: 1, resolvedContext: { intent: intent.intent }, resolvedSlots: {} }],
      };
    },
  });
};

export const lexEvents = { 'book-car': v1('book-car'), 'book-hotel': v1('book-hotel'), 'make-appointment': v1('make-appointment'), 'order-flowers': v1('order-flowers') };

export const lexV2Events = { 'book-car': v2('book-car'), 'book-hotel': v2('book-hotel'), 'banking-bot': v2('banking-bot') };
