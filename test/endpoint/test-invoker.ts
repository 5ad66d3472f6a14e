// TEMPORARY until the runtime library lands on main (then the endpoint tests use the real invoker).
import type { Invoker } from '../../runtime/endpoint/invoker';

export const testInvoker = (): Invoker => ({
  invoke: () => Promise.reject(new Error('the runtime library is not merged yet')),
  release: async () => undefined,
  stop: async () => undefined,
});
