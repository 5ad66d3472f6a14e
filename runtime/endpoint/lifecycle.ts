// Function states as Lambda reports them: a create or update returns Pending/InProgress, the code is
// unpacked in the background, then Active/Successful. SDK waiters poll exactly these fields, and a change
// made while one is in progress is refused with ResourceConflictException, as on AWS.
import type { Services } from './api';
import { lambdaError } from './errors';
import { functionArn, type FunctionRecord, type VersionRecord } from './model';

export function checkReady(fn: FunctionRecord, v: VersionRecord, region: string): void {
  if (v.state !== 'Active') {
    throw lambdaError('ResourceConflictException', `The operation cannot be performed at this time. The function is currently in the following state: ${v.state}`);
  }
  if (v.lastUpdateStatus === 'InProgress') {
    throw lambdaError(
      'ResourceConflictException',
      `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(region, fn.name)}`,
    );
  }
}

export function markPending(v: VersionRecord, creating: boolean): void {
  if (creating) {
    Object.assign(v, { state: 'Pending', stateReason: 'The function is being created.', stateReasonCode: 'Creating' });
  } else {
    Object.assign(v, { lastUpdateStatus: 'InProgress', lastUpdateStatusReason: 'The function is being updated.', lastUpdateStatusReasonCode: 'Updating' });
  }
}

/** Finishes whatever is pending for a function's versions (also after a restart) and saves. */
export function settle(fn: FunctionRecord, services: Services): void {
  const waiting = [fn.latest, ...fn.versions].filter((v) => v.state === 'Pending' || v.lastUpdateStatus === 'InProgress');
  if (waiting.length === 0) return;
  const work = (async () => {
    for (const v of waiting) {
      try {
        if (v.code.kind === 'stored') await services.code.unpack(v.code.key);
        finish(v);
      } catch (error) {
        fail(v, error instanceof Error ? error.message : String(error));
      }
    }
    await services.store.save();
  })();
  services.track(work);
}

function finish(v: VersionRecord): void {
  v.state = 'Active';
  v.lastUpdateStatus = 'Successful';
  for (const key of ['stateReason', 'stateReasonCode', 'lastUpdateStatusReason', 'lastUpdateStatusReasonCode'] as const) delete v[key];
}

function fail(v: VersionRecord, reason: string): void {
  const message = `Lambda was unable to unzip the code: ${reason}`;
  if (v.state === 'Pending') Object.assign(v, { state: 'Failed', stateReason: message, stateReasonCode: 'InvalidZipFileException' });
  else Object.assign(v, { lastUpdateStatus: 'Failed', lastUpdateStatusReason: message, lastUpdateStatusReasonCode: 'InvalidZipFileException' });
}
