import type { Action, Lesson, Session } from '../../src/storage/session-record';
import type { Work } from '../../src/storage/work';
import { sessionFixture } from '../storage/notes-fixtures';

export const action = (
  id: string,
  what: string,
  due = '',
  extra: Partial<Action> = {},
): Action => ({ id, what, owner: '', due, done: false, ...extra });
export const lesson = (id: string, text: string, extra: Partial<Lesson> = {}): Lesson => ({
  id,
  text,
  tags: [],
  ...extra,
});
export const work = (id: string, name: string, description = ''): Work => ({
  id,
  name,
  description,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** A bare session: no actions or lessons unless given. */
export const session = (id: string, date: string, extra: Partial<Session> = {}): Session =>
  sessionFixture({
    id,
    date,
    title: `Note ${id}`,
    facilitator: '',
    participants: '',
    fields: {},
    actions: [],
    lessons: [],
    createdAt: `${date}T08:00:00.000Z`,
    ...extra,
  });
