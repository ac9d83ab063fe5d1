import { describe, expect, it } from 'vitest';
import { isKept, promotableLines, promoteKind } from '../../src/loop/promote';
import { lesson } from './loop-fixtures';

describe('promoteKind', () => {
  it.each([
    ['repeat', 'Change the rota', 'repeat'],
    ['avoid', 'Keep the list', 'avoid'],
    ['either', 'Keep the printed list', 'repeat'],
    ['either', 'Change the order', 'avoid'],
    ['either', '  change the order', 'avoid'],
    ['either', 'AVOID late starts', 'avoid'],
    ['either', 'Stop double handovers', 'avoid'],
    ['either', "Don't book the small room", 'avoid'],
    ['either', 'Don’t book the small room', 'avoid'],
    ['either', 'Do not skip the brief', 'avoid'],
    ['either', 'Never run over', 'avoid'],
    ['either', 'Less time on slides', 'avoid'],
    ['either', 'Lessons were shared', 'repeat'],
    ['either', 'Changes to the plan worked', 'repeat'],
    ['either', 'Start on time', 'repeat'],
  ] as const)('%s: "%s" → %s', (option, line, kind) => {
    expect(promoteKind(option, line)).toBe(kind);
  });
});

describe('promotableLines', () => {
  it('trims, drops blanks and repeats', () => {
    expect(promotableLines('  Keep it \n\n\r\nChange that\nKeep it')).toEqual([
      'Keep it',
      'Change that',
    ]);
    expect(promotableLines('')).toEqual([]);
  });
});

describe('isKept', () => {
  it('matches a lesson with the same text, case and outer spaces ignored', () => {
    const lessons = [lesson('l', ' keep the LIST ')];
    expect(isKept('Keep the list', lessons)).toBe(true);
    expect(isKept('Keep the lists', lessons)).toBe(false);
  });
});
