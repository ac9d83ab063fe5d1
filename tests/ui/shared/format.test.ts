// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatLeadTime,
  formatMinutes,
  formatRange,
  formatSettings,
} from '../../../src/ui/shared/format';

describe('formatMinutes', () => {
  it('keeps short sessions in minutes', () => {
    expect(formatMinutes({ min: 20, max: 30 })).toBe('20 to 30 minutes');
  });
  it('moves to hours from 90 minutes', () => {
    expect(formatMinutes({ min: 90, max: 120 })).toBe('1.5 hours to 2 hours');
  });
  it('counts long events in working days of about seven hours', () => {
    expect(formatMinutes({ min: 240, max: 1260 })).toBe('4 hours to 3 days');
  });
});

describe('formatRange', () => {
  it('uses the singular for one', () => {
    expect(formatRange({ min: 1, max: 1 }, 'person', 'people')).toBe('1 person');
  });
  it('shows a range with the plural', () => {
    expect(formatRange({ min: 2, max: 12 }, 'person', 'people')).toBe('2 to 12 people');
  });
});

describe('formatLeadTime', () => {
  it('says when no notice is needed', () => {
    expect(formatLeadTime({ min: 0, max: 0 })).toBe('None: can start now');
  });
  it('gives an upper limit when it can start at once', () => {
    expect(formatLeadTime({ min: 0, max: 14 })).toBe('Up to 14 days');
  });
});

describe('formatSettings', () => {
  it('names where it works well, then where it needs care, then where it does not work', () => {
    expect(formatSettings({ inPerson: 'good', online: 'possible', hybrid: 'poor' })).toBe(
      'In person; online with care; not hybrid',
    );
  });
  it('joins settings of the same fit with "or"', () => {
    expect(formatSettings({ inPerson: 'good', online: 'good', hybrid: 'possible' })).toBe(
      'In person or online; hybrid with care',
    );
  });
});
