// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeSessions } from '../../src/storage/merge';
import { sessionFixture } from './notes-fixtures';

const base = sessionFixture();
const action = base.actions[0];

describe('mergeSessions', () => {
  it('combines changes to different parts without a conflict', () => {
    const mine = { ...base, title: 'Mine', fields: { ...base.fields, expected: 'Mine' } };
    const theirs = {
      ...base,
      facilitator: 'Theirs',
      fields: { ...base.fields, actual: 'Theirs' },
      revision: 3,
    };
    const { merged, conflicts } = mergeSessions(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({
      title: 'Mine',
      facilitator: 'Theirs',
      revision: 3,
      fields: { expected: 'Mine', actual: 'Theirs' },
    });
  });

  it('reports the same field changed differently on both sides, keeping this side in the merge', () => {
    const mine = { ...base, fields: { ...base.fields, actual: 'Mine' } };
    const theirs = { ...base, fields: { ...base.fields, actual: 'Theirs' } };
    const { merged, conflicts } = mergeSessions(base, mine, theirs);
    expect(conflicts).toEqual(['field:actual']);
    expect(merged.fields.actual).toBe('Mine');
  });

  it('is not a conflict when both sides made the same change', () => {
    const same = { ...base, title: 'Same' };
    expect(mergeSessions(base, same, { ...same }).conflicts).toEqual([]);
  });

  it('keeps actions added on both sides', () => {
    const mine = { ...base, actions: [action, { ...action, id: 'mine' }] };
    const theirs = { ...base, actions: [action, { ...action, id: 'theirs' }] };
    expect(mergeSessions(base, mine, theirs).merged.actions.map((a) => a.id)).toEqual([
      'act-1',
      'theirs',
      'mine',
    ]);
  });

  it('drops an action deleted on one side and untouched on the other', () => {
    expect(mergeSessions(base, { ...base, actions: [] }, base).merged.actions).toEqual([]);
    expect(mergeSessions(base, base, { ...base, actions: [] }).merged.actions).toEqual([]);
  });

  it('keeps an action deleted on one side but edited on the other', () => {
    const edited = { ...action, done: true };
    expect(
      mergeSessions(base, { ...base, actions: [] }, { ...base, actions: [edited] }).merged.actions,
    ).toEqual([edited]);
    expect(
      mergeSessions(base, { ...base, actions: [edited] }, { ...base, actions: [] }).merged.actions,
    ).toEqual([edited]);
  });

  it('reports one action edited differently on both sides', () => {
    const { conflicts } = mergeSessions(
      base,
      { ...base, actions: [{ ...action, owner: 'A' }] },
      { ...base, actions: [{ ...action, owner: 'B' }] },
    );
    expect(conflicts).toEqual(['actions']);
  });

  it('keeps an "It isn\'t" said on either side, never as a conflict', () => {
    const mine = { ...base, dismissedWarnings: ['email:00000001', 'name:00000002'] };
    const theirs = { ...base, dismissedWarnings: ['name:00000002', 'postcode:00000003'] };
    const { merged, conflicts } = mergeSessions(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.dismissedWarnings).toEqual([
      'name:00000002',
      'postcode:00000003',
      'email:00000001',
    ]);
    expect('dismissedWarnings' in mergeSessions(base, base, base).merged).toBe(false);
  });

  it('keeps a field that only one side has added', () => {
    expect(
      mergeSessions(base, base, { ...base, fields: { ...base.fields, extra: 'New' } }).merged.fields
        .extra,
    ).toBe('New');
  });
});
