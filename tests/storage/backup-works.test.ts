// @vitest-environment node
// Backup format 2: pieces of work, a note's workId and a lesson's kind, and files from format 1.
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../src/storage/backup';
import type { Work } from '../../src/storage/work';
import { editedCopy, problemsOf } from './backup-helpers';
import { sessionFixture } from './notes-fixtures';

const work: Work = {
  id: 'w1',
  name: 'Ward 5 discharge project',
  description: 'Home by noon',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
};
const good = () =>
  createBackup(
    [
      sessionFixture({
        id: 'one',
        workId: 'w1',
        lessons: [{ id: 'l1', text: 'Book transport early', tags: ['discharge'], kind: 'repeat' }],
      }),
      sessionFixture({ id: 'two' }),
    ],
    new Date('2026-11-23T10:00:00Z'),
    [work],
  );
const edited = (change: (data: Record<string, any>) => void) => editedCopy(good(), change);

describe('backup format 2', () => {
  it('round-trips pieces of work, workId and lesson kind unchanged', () => {
    expect(parseBackup(JSON.stringify(good()))).toEqual({ ok: true, backup: good() });
  });

  it('reads a format 1 file (no works, no workId, no kind): every note outside any piece of work', () => {
    const v1 = edited((d) => {
      d.version = 1;
      delete d.works;
      for (const s of d.sessions) delete s.workId;
      delete d.sessions[0].lessons[0].kind;
    });
    const result = parseBackup(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.works).toEqual([]);
    expect(result.backup.sessions.map((s) => s.workId)).toEqual(['', '']);
    expect(result.backup.sessions[0].lessons[0]).toEqual({
      id: 'l1',
      text: 'Book transport early',
      tags: ['discharge'],
    });
  });

  it.each([
    ['a works entry in a format 1 file', (d: any) => (d.version = 1), /unexpected entry "works"/],
    [
      'works that are not a list',
      (d: any) => (d.works = { w1: {} }),
      /Piece of work: must be a list/,
    ],
    [
      'a piece of work without a name',
      (d: any) => (d.works[0].name = '  '),
      /Piece of work 1, name: must not be empty/,
    ],
    [
      'a piece of work with a markup id',
      (d: any) => (d.works[0].id = '<b>'),
      /Piece of work 1, id: not a valid id/,
    ],
    [
      'the same piece of work twice',
      (d: any) => d.works.push(d.works[0]),
      /Piece of work 2: the same piece of work appears twice/,
    ],
    [
      'a piece of work with an unknown entry',
      (d: any) => (d.works[0].owner = 'x'),
      /Piece of work 1: unexpected entry "owner"/,
    ],
    [
      'a workId with markup',
      (d: any) => (d.sessions[0].workId = '"><svg>'),
      /Note 1, workId: not a valid id/,
    ],
    [
      'a lesson kind that is not known',
      (d: any) => (d.sessions[0].lessons[0].kind = 'maybe'),
      /lesson 1, kind: must be "repeat" or "avoid"/,
    ],
  ])('refuses %s, with a plain message', (_name, change, message) => {
    expect(problemsOf(edited(change))).toMatch(message);
  });
});
