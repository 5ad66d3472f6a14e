// YAML/JSON syntax errors, as the parser located them.
import type { Diagnostic } from 'vscode-languageserver/node';
import { error, type Check } from './check';

export const syntaxCheck: Check = {
  name: 'syntax',
  dialects: ['sam', 'cloudformation', 'serverless', 'unknown'],
  run(model): Diagnostic[] {
    return model.syntaxErrors.map((e) => error(e.range, 'E0000', e.message));
  },
};
