// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { prefillFields, type EarlierNote, type PrefillField } from '../../src/loop/start';

const expected: PrefillField = {
  id: 'expected',
  prefillFrom: ['before-action-review.intent', 'before-action-review.results-and-measures'],
};
const actual: PrefillField = { id: 'actual' };

function note(
  techniqueId: string,
  date: string,
  fields: Record<string, string>,
  createdAt = `${date}T09:00:00.000Z`,
): EarlierNote {
  return { techniqueId, date, createdAt, fields };
}

describe('prefillFields', () => {
  it.each<[string, EarlierNote[], Record<string, string>]>([
    ['nothing when the work has no earlier notes', [], {}],
    [
      'nothing when no earlier note is of the named technique',
      [note('retrospect', '2026-01-01', { intent: 'x' })],
      {},
    ],
    [
      'the named fields of the earlier note, joined by a blank line',
      [
        note('before-action-review', '2026-01-01', {
          intent: 'Meds ready by 11am',
          'results-and-measures': 'Under 4 hours',
        }),
      ],
      { expected: 'Meds ready by 11am\n\nUnder 4 hours' },
    ],
    [
      'only the fields that hold text',
      [
        note('before-action-review', '2026-01-01', {
          intent: '  ',
          'results-and-measures': 'Under 4 hours',
        }),
      ],
      { expected: 'Under 4 hours' },
    ],
    [
      'the latest note by the day of the session, whatever the order given',
      [
        note('before-action-review', '2026-03-01', { intent: 'Later' }),
        note('before-action-review', '2026-01-01', { intent: 'Earlier' }),
      ],
      { expected: 'Later' },
    ],
    [
      'the later-written note when two share a day',
      [
        note(
          'before-action-review',
          '2026-03-01',
          { intent: 'Second' },
          '2026-03-01T10:00:00.000Z',
        ),
        note('before-action-review', '2026-03-01', { intent: 'First' }, '2026-03-01T08:00:00.000Z'),
      ],
      { expected: 'Second' },
    ],
    [
      'nothing from the latest note if it left those fields empty (no reaching back to an older one)',
      [
        note('before-action-review', '2026-01-01', { intent: 'Old' }),
        note('before-action-review', '2026-02-01', {}),
      ],
      {},
    ],
  ])('gives %s', (_name, earlier, result) => {
    expect(prefillFields([expected, actual], earlier)).toEqual(result);
  });

  it('never replaces text already typed in a field', () => {
    const earlier = [note('before-action-review', '2026-01-01', { intent: 'Meds ready by 11am' })];
    expect(prefillFields([expected], earlier, { expected: 'Typed first' })).toEqual({});
    expect(prefillFields([expected], earlier, { expected: '   ' })).toEqual({
      expected: 'Meds ready by 11am',
    });
  });

  it('takes each reference from the latest note of its own technique', () => {
    const mixed: PrefillField = {
      id: 'context',
      prefillFrom: ['peer-assist.challenge', 'before-action-review.intent'],
    };
    const earlier = [
      note('before-action-review', '2026-02-01', { intent: 'Intent' }),
      note('peer-assist', '2026-01-01', { challenge: 'Challenge' }),
    ];
    expect(prefillFields([mixed], earlier)).toEqual({ context: 'Challenge\n\nIntent' });
  });

  it('ignores a malformed reference', () => {
    expect(
      prefillFields(
        [{ id: 'x', prefillFrom: ['no-dot'] }],
        [note('no-dot', '2026-01-01', { '': 'y' })],
      ),
    ).toEqual({});
  });
});
