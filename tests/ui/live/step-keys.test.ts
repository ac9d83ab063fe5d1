// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stepKeyAction } from '../../../src/ui/live/use-step-keys';

describe('stepKeyAction', () => {
  it.each([
    ['PageDown', false, false, 'next'],
    ['ArrowRight', false, false, 'next'],
    ['ArrowDown', false, true, 'next'],
    [' ', false, false, 'next'],
    [' ', true, false, 'previous'],
    ['PageUp', false, false, 'previous'],
    ['ArrowLeft', false, true, 'previous'],
    ['ArrowUp', false, false, 'previous'],
    ['p', false, false, 'toggle-pause'],
    ['P', true, false, 'toggle-pause'],
    [' ', false, true, null],
    ['Enter', false, false, null],
    ['a', false, false, null],
  ] as const)('%j (shift %s, on a control %s) means %s', (key, shift, onControl, action) => {
    expect(stepKeyAction(key, shift, onControl)).toBe(action);
  });
});
