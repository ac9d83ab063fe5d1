import { describe, expect, it } from 'vitest';
import { dueText, icsFileName, openActions } from '../../src/loop/open-actions';
import { action, session, work } from './loop-fixtures';

const today = '2026-06-10';
const works = [work('w1', 'Ward 5 handover')];
const sessions = [
  session('s-old', '2026-05-01', {
    workId: 'w1',
    actions: [
      action('a-undated-old', 'Undated, older note'),
      action('a-late2', 'Two days late', '2026-06-08'),
    ],
  }),
  session('s-new', '2026-06-01', {
    actions: [
      action('a-undated-new', 'Undated, newer note'),
      action('a-late9', 'Nine days late', '2026-06-01'),
      action('a-today', 'Due today', '2026-06-10'),
      action('a-soon', 'Due soon', '2026-06-12'),
      action('a-done', 'Already done', '2026-06-01', { done: true }),
      action('a-blank', '   ', '2026-06-01'),
    ],
  }),
  session('s-gone-work', '2026-06-02', {
    workId: 'deleted-work',
    actions: [action('a-orphan', 'Work deleted', '2026-06-20')],
  }),
];

describe('openActions', () => {
  it('orders overdue (oldest first), then due soonest, then undated (newest note first), leaving out done and blank', () => {
    expect(openActions(sessions, works, today).map((r) => r.action.id)).toEqual([
      'a-late9',
      'a-late2',
      'a-today',
      'a-soon',
      'a-orphan',
      'a-undated-new',
      'a-undated-old',
    ]);
  });

  it.each([
    ['a-late9', true, 9],
    ['a-late2', true, 2],
    ['a-today', false, 0],
    ['a-soon', false, 0],
    ['a-undated-new', false, 0],
  ])('%s: overdue %s by %i days', (id, overdue, days) => {
    const row = openActions(sessions, works, today).find((r) => r.action.id === id);
    expect(row).toMatchObject({ overdue, daysOverdue: days });
  });

  it('names the session and its piece of work (none when the work is gone)', () => {
    const rows = openActions(sessions, works, today);
    expect(rows.find((r) => r.action.id === 'a-late2')).toMatchObject({
      session: {
        id: 's-old',
        title: 'Note s-old',
        techniqueId: 'after-action-review',
        date: '2026-05-01',
      },
      work: { id: 'w1', name: 'Ward 5 handover' },
    });
    expect(rows.find((r) => r.action.id === 'a-orphan')?.work).toBeNull();
    expect(rows.find((r) => r.action.id === 'a-soon')?.work).toBeNull();
  });

  it.each([
    [{ workId: 'w1' }, ['a-late2', 'a-undated-old']],
    [{ workId: '' }, ['a-late9', 'a-today', 'a-soon', 'a-undated-new']],
    [{ workId: 'nothing' }, []],
  ])('filters by piece of work %j', (options, ids) => {
    expect(openActions(sessions, works, today, options).map((r) => r.action.id)).toEqual(ids);
  });

  it('includes done actions when asked, never as overdue, but in the place their date gives (so a tick does not move them)', () => {
    const rows = openActions(sessions, works, today, { includeDone: true });
    expect(rows.find((r) => r.action.id === 'a-done')).toMatchObject({
      overdue: false,
      daysOverdue: 0,
    });
    expect(rows.slice(0, 3).map((r) => r.action.id)).toEqual(['a-late9', 'a-done', 'a-late2']);
    expect(rows.some((r) => r.action.id === 'a-blank')).toBe(false);
  });

  it('returns nothing for no sessions', () => {
    expect(openActions([], [], today)).toEqual([]);
  });
});

describe('dueText', () => {
  it.each([
    ['2026-06-09', 'Overdue by 1 day'],
    ['2026-05-31', 'Overdue by 10 days'],
    ['2026-06-10', 'Due today'],
    ['2026-06-11', 'Due tomorrow'],
    ['2026-07-10', 'Due in 30 days'],
    ['', 'No due date'],
  ])('%s reads "%s"', (due, text) => {
    expect(dueText(due, today)).toBe(text);
  });

  it('counts across a clock change (29 March 2026) in whole days', () => {
    expect(dueText('2026-03-28', '2026-03-30')).toBe('Overdue by 2 days');
  });
});

describe('icsFileName', () => {
  it.each([
    ['Ring Dr Öz about the rota, today!', 'ring-dr-oz-about-the-rota-today.ics'],
    ['   ', 'action.ics'],
    ['a'.repeat(80), `${'a'.repeat(60)}.ics`],
  ])('%s → %s', (what, name) => {
    expect(icsFileName(what)).toBe(name);
  });
});
