/** Storage errors in plain words, so none is ever swallowed or shown as jargon. Pure. */

export type StorageProblemKind = 'full' | 'unavailable' | 'newer-version' | 'other';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** What happened and what to do, for the person using the app. */
  message: string;
}

const KEEP = 'Your text is still here: copy it or download it now.';

export function describeStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string })?.name ?? '';
  const detail = (error as { message?: string })?.message ?? String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return {
      kind: 'full',
      message: `This device's storage is full, so your latest changes are not saved. ${KEEP} Then free some space, for example by deleting notes you no longer need, and try again.`,
    };
  }
  if (name === 'VersionError') {
    return {
      kind: 'newer-version',
      message: `A newer version of Mobilise is open in another tab, so this tab can no longer save. ${KEEP} Then reload this page.`,
    };
  }
  if (['StorageUnavailableError', 'InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'].includes(name)) {
    return {
      kind: 'unavailable',
      message: `This browser is not letting Mobilise store notes, so your changes are not saved. Private browsing and some security settings do this. ${KEEP}`,
    };
  }
  return { kind: 'other', message: `Your latest changes are not saved (the browser said: ${detail}). ${KEEP} Then try again.` };
}
