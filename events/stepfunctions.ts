// Step Functions task input after a caught error (SAM's `stepfunctions error`): a Catch with ResultPath
// hands the next Lambda task the original input plus `{ Error, Cause }`.
// Shape: https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
import { defineEvent } from './definition';

export interface StepFunctionsErrorInput {
  [key: string]: unknown;
  error: { Error: string; Cause: string };
}

export const stepfunctionsEvents = {
  error: defineEvent<StepFunctionsErrorInput>({
    help: 'Task input carrying a caught error (Catch with ResultPath $.error)',
    params: {
      error: { default: 'CustomError', help: 'error name (a Lambda errorType or States.*)' },
      message: { default: 'This is a custom error!', help: 'error message' },
      input: { default: '{}', help: 'the state input the error is added to, as a JSON object', kind: 'json-object' },
    },
    generate(ctx) {
      const errorType = ctx.param('error');
      // When a Lambda task fails, Cause is the function's error payload as a JSON string.
      const cause = JSON.stringify({ errorType, errorMessage: ctx.param('message'), trace: [] });
      return { ...ctx.object('input'), error: { Error: errorType, Cause: cause } };
    },
  }),
};
