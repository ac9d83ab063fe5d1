/** Storage errors in plain words, so none is ever swallowed or shown as jargon. Pure. */

export type StorageProblemKind = 'full' | 'unavailable' | 'newer-version' | 'other';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** What happened and what to do, for the person using the app. */
  message: string;
}

const sentences = (...parts: (string | false)[]) => parts.filter(Boolean).join(' ');

/**
 * Describes a storage error. `typing`: the error stopped a note from saving, so the message says the
 * text is still on screen and how to keep it.
 */
export function describeStorageError(error: unknown, typing = true): StorageProblem {
  const keep = typing && 'Your text is still here: copy it or download it now.';
  const name = (error as { name?: string })?.name ?? '';
  const detail = (error as { message?: string })?.message ?? String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return {
      kind: 'full',
      message: sentences(
        `This device's storage is full, so ${typing ? 'your latest changes are not saved' : 'nothing more can be saved'}.`,
        keep,
        'Free some space, for example by deleting notes you no longer need, and try again.',
      ),
    };
  }
  if (name === 'VersionError') {
    return {
      kind: 'newer-version',
      message: sentences(
        'A newer version of Mobilise is open in another tab, so this tab can no longer save.',
        keep,
        'Reload this page.',
      ),
    };
  }
  if (
    [
      'StorageUnavailableError',
      'InvalidStateError',
      'SecurityError',
      'UnknownError',
      'NotFoundError',
    ].includes(name)
  ) {
    return {
      kind: 'unavailable',
      message: sentences(
        'This browser is not letting Mobilise store notes, so notes cannot be saved. Private browsing and some security settings do this.',
        keep,
      ),
    };
  }
  return {
    kind: 'other',
    message: sentences(
      `${typing ? 'Your latest changes are not saved' : 'That did not work'} (the browser said: ${detail}).`,
      keep,
      'Try again.',
    ),
  };
}
