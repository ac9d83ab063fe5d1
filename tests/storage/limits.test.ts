import { describe, expect, it } from 'vitest';
import { assertSession } from '../../src/storage/backup';
import { LIMITS, clampSession, isDay, roomLeft, splitAt } from '../../src/storage/limits';
import { sessionFixture } from './notes-fixtures';

describe('splitAt', () => {
  it('keeps what fits and returns the rest', () => {
    expect(splitAt('abcdef', 4)).toEqual({ kept: 'abcd', rest: 'ef' });
    expect(splitAt('abc', 4)).toEqual({ kept: 'abc', rest: '' });
  });
  it('never splits an emoji in half', () => {
    expect(splitAt('ab😀', 3)).toEqual({ kept: 'ab', rest: '😀' });
  });
});

describe('clampSession', () => {
  it('returns the same note when everything fits', () => {
    const note = sessionFixture();
    expect(clampSession(note)).toEqual({ session: note, cuts: [] });
    expect(clampSession(note).session).toBe(note);
  });

  it('makes any note the store accepts, and says what was cut where', () => {
    const note = sessionFixture({
      title: 't'.repeat(LIMITS.short + 5),
      date: '2026-02-31',
      headcount: -3,
      fields: { actual: 'a'.repeat(LIMITS.long + 2) },
      actions: [
        { id: 'act-1', what: 'Do', owner: 'o'.repeat(LIMITS.short + 1), due: 'x', done: false },
      ],
      lessons: [{ id: 'les-1', text: 'L', tags: ['g'.repeat(LIMITS.tag + 3)] }],
    });
    const { session, cuts } = clampSession(note);
    expect(() => assertSession(session)).not.toThrow();
    expect(() => assertSession(note)).toThrow();
    expect(cuts).toEqual([
      { part: 'field:actual', rest: 'aa' },
      { part: 'action:act-1:owner', rest: 'o' },
      { part: 'lesson:les-1:tag', rest: 'ggg' },
      { part: 'title', rest: 'ttttt' },
    ]);
    expect(session).toMatchObject({ date: '2026-11-20', headcount: null });
    expect(session.actions[0].due).toBe('');
  });

  it('cuts lists longer than the limit and keeps what was cut', () => {
    const actions = Array.from({ length: LIMITS.items + 1 }, (_, i) => ({
      id: `a${i}`,
      what: `Action ${i}`,
      owner: '',
      due: '',
      done: false,
    }));
    const { session, cuts } = clampSession(sessionFixture({ actions }));
    expect(session.actions).toHaveLength(LIMITS.items);
    expect(cuts).toEqual([{ part: 'actions', rest: `Action ${LIMITS.items}` }]);
  });
});

describe('isDay', () => {
  it('accepts real days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('soon')).toBe(false);
  });
});

describe('roomLeft', () => {
  it('says nothing well within the limit, then counts down from 90 %', () => {
    expect(roomLeft(899, 1000)).toBe('');
    expect(roomLeft(900, 1000)).toBe('100 characters left (the limit is 1,000).');
    expect(roomLeft(999, 1000)).toBe('1 character left (the limit is 1,000).');
    expect(roomLeft(1000, 1000)).toMatch(/^Limit reached: 1,000 characters/);
  });
});
