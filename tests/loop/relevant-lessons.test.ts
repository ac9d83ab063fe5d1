// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keywords, relevantLessons } from '../../src/loop/relevant-lessons';

const lesson = (id: string, text: string, tags: string[], date: string) => ({
  id,
  text,
  tags,
  date,
});
const lessons = [
  lesson(
    'old-tag',
    'Book the pharmacist before the discharge huddle.',
    ['discharge', 'pharmacy'],
    '2025-01-10',
  ),
  lesson(
    'new-tag',
    'Send the discharge letter template a week early.',
    ['discharge'],
    '2026-06-01',
  ),
  lesson(
    'words',
    'Handovers ran late when the rota changed without notice.',
    ['staffing'],
    '2026-03-01',
  ),
  lesson('unrelated', 'The café room needs booking a month ahead.', ['venues'], '2026-09-01'),
];

describe('relevantLessons', () => {
  it('offers lessons that share tags first, more shared tags ahead of fewer', () => {
    const result = relevantLessons(lessons, { tags: ['Discharge', 'pharmacy'], text: '' });
    expect(result.map((r) => r.lesson.id)).toEqual(['old-tag', 'new-tag']);
    expect(result[0].why).toBe('Shares the tags discharge, pharmacy');
  });

  it('breaks ties in favour of the newer lesson', () => {
    const result = relevantLessons(lessons, { tags: ['discharge'], text: '' });
    expect(result.map((r) => r.lesson.id)).toEqual(['new-tag', 'old-tag']);
  });

  it('finds lessons by shared words, ignoring case, plurals and common words', () => {
    const result = relevantLessons(lessons, {
      tags: [],
      text: 'Planning the new HANDOVER and the rota',
    });
    expect(result.map((r) => r.lesson.id)).toEqual(['words']);
    expect(result[0].why).toBe('Mentions handover, rota');
  });

  it('leaves out lessons that share nothing, and respects the limit', () => {
    expect(relevantLessons(lessons, { tags: ['theatres'], text: 'knee surgery list' })).toEqual([]);
    expect(relevantLessons(lessons, { tags: ['discharge'], text: 'rota' }, 1)).toHaveLength(1);
  });

  it('ranks a shared tag above two shared words', () => {
    const result = relevantLessons(
      [
        lesson('two-words', 'Rota handover', [], '2026-01-01'),
        lesson('one-tag', 'Something else', ['audit'], '2025-01-01'),
      ],
      { tags: ['audit'], text: 'rota handover' },
    );
    expect(result.map((r) => r.lesson.id)).toEqual(['one-tag', 'two-words']);
  });
});

describe('keywords', () => {
  it('drops short and common words and trims plurals', () => {
    expect([...keywords('The handovers and rotas of a ward')]).toEqual([
      'handover',
      'rota',
      'ward',
    ]);
  });
});
