import { describe, expect, it } from 'vitest';
import { filterLessons, kindLabel, lessonRows, tagCounts } from '../../src/loop/library';
import { lesson, session, work } from './loop-fixtures';

const works = [work('w1', 'Ward 5 handover'), work('w2', 'Discharge lounge')];
const sessions = [
  session('s-aar', '2026-03-01', {
    workId: 'w1',
    lessons: [
      lesson('l1', 'Keep the printed handover list', {
        tags: ['Handover', 'paper'],
        kind: 'repeat',
      }),
      lesson('l-blank', '  '),
    ],
  }),
  session('s-retro', '2026-05-20', {
    techniqueId: 'retrospect',
    workId: 'w2',
    lessons: [
      lesson('l2', 'Book pharmacy early for the Réunion ward', {
        tags: ['pharmacy', 'handover'],
        kind: 'avoid',
      }),
      lesson('l3', 'Ask patients what helps'),
    ],
  }),
  session('s-none', '2026-04-10', {
    lessons: [lesson('l4', 'Small rooms kill discussion', { tags: ['rooms'] })],
  }),
];
const rows = lessonRows(sessions, works);
const ids = (list: typeof rows) => list.map((r) => r.lesson.id);

describe('lessonRows', () => {
  it('lists every lesson with text, newest session first, keeping the note order', () => {
    expect(ids(rows)).toEqual(['l2', 'l3', 'l4', 'l1']);
  });

  it('names the source note and its piece of work', () => {
    expect(rows[0]).toMatchObject({
      session: {
        id: 's-retro',
        techniqueId: 'retrospect',
        date: '2026-05-20',
        title: 'Note s-retro',
      },
      work: { id: 'w2', name: 'Discharge lounge' },
    });
    expect(rows[2].work).toBeNull();
  });
});

describe('filterLessons', () => {
  it.each([
    [{}, ['l2', 'l3', 'l4', 'l1']],
    [{ query: 'handover' }, ['l2', 'l1']],
    [{ query: 'PRINTED list' }, ['l1']],
    [{ query: 'printed pharmacy' }, []],
    [{ query: 'reunion' }, ['l2']],
    [{ query: '  ' }, ['l2', 'l3', 'l4', 'l1']],
    [{ tag: 'handover' }, ['l2', 'l1']],
    [{ tag: 'HANDOVER ' }, ['l2', 'l1']],
    [{ tag: 'hand' }, []],
    [{ techniqueId: 'retrospect' }, ['l2', 'l3']],
    [{ workId: 'w1' }, ['l1']],
    [{ from: '2026-04-10' }, ['l2', 'l3', 'l4']],
    [{ to: '2026-04-10' }, ['l4', 'l1']],
    [{ from: '2026-04-11', to: '2026-05-19' }, []],
    [{ query: 'rooms', techniqueId: 'after-action-review', from: '2026-04-01' }, ['l4']],
  ])('%j → %j', (filter, expected) => {
    expect(ids(filterLessons(rows, filter))).toEqual(expected);
  });
});

describe('tagCounts', () => {
  it('counts each tag once per lesson, case ignored, most used first then A to Z', () => {
    expect(tagCounts(rows)).toEqual([
      { tag: 'handover', count: 2 },
      { tag: 'paper', count: 1 },
      { tag: 'pharmacy', count: 1 },
      { tag: 'rooms', count: 1 },
    ]);
  });

  it('is empty when no lesson has tags', () => {
    expect(
      tagCounts(
        lessonRows(
          [
            session('s', '2026-01-01', {
              lessons: [lesson('x', 'Text', { tags: [' ', 'a', 'A'] })],
            }),
          ],
          [],
        ),
      ),
    ).toEqual([{ tag: 'a', count: 1 }]);
  });
});

describe('kindLabel', () => {
  it.each([
    ['repeat', 'To repeat'],
    ['avoid', 'To avoid'],
    [undefined, 'Not said'],
  ] as const)('%s → %s', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });
});
