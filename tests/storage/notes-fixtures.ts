import { connectNotesDB } from '../../src/storage/db';
import { createMemoryRoundsStore } from '../../src/live/rounds';
import type { Notes } from '../../src/storage/notes';
import type { Session } from '../../src/storage/session-record';
import { createSessions, type Sessions } from '../../src/storage/session-store';

/** A realistic, saved After Action Review note; override any field. */
export function sessionFixture(overrides: Partial<Session> = {}): Session {
  return {
    id: 'aar-1',
    techniqueId: 'after-action-review',
    workId: '',
    title: 'Night shift handover',
    date: '2026-11-20',
    facilitator: 'Priya Shah',
    participants: 'Charge nurse\nTwo staff nurses\nHealthcare assistant',
    headcount: null,
    fields: {
      expected: 'Handover finished by 07:45 with every patient covered.',
      actual: 'Handover overran by 20 minutes; two patients were discussed twice.',
      learned: 'Keep the printed list\nChange the order: sickest patients first',
    },
    actions: [
      {
        id: 'act-1',
        what: 'Try a sickest-first order for two weeks',
        owner: 'Priya',
        due: '2026-12-04',
        done: false,
      },
    ],
    lessons: [{ id: 'les-1', text: 'A fixed order stops repeats', tags: ['handover', 'safety'] }],
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    revision: 2,
    ...overrides,
  };
}

/** Notes services over a fresh fake-indexeddb database (or the given store), as the app would pass them in. */
export function testNotes(
  sessions: Sessions = createSessions(connectNotesDB(`test-${crypto.randomUUID()}`)),
): Notes {
  return {
    sessions,
    rounds: createMemoryRoundsStore(),
    storage: undefined,
    trackPending: () => () => undefined,
    flushAll: async () => undefined,
    askToKeepData: async () => undefined,
  };
}
