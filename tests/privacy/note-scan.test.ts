import { describe, expect, it } from 'vitest';
import { identifierKey } from '../../src/privacy/identifiers';
import { dismissWarning, flaggedInNote, listKinds, noteTexts } from '../../src/privacy/note-scan';
import { sessionFixture } from '../storage/notes-fixtures';

const now = new Date('2026-12-01T12:00:00Z');
const note = sessionFixture({
  title: 'Handover for Mr Jones',
  facilitator: 'Dr Patel',
  participants: 'Mrs Shah, ward manager',
  fields: { actual: 'NHS 943 476 5919, SW1A 1AA', learned: '' },
  actions: [{ id: 'a1', what: 'Ring 07700 900123', owner: 'Dr Okoye', due: '', done: false }],
  lessons: [{ id: 'l1', text: 'Email j.smith@nhs.net first', tags: [] }],
});

describe('flaggedInNote', () => {
  it('checks every typed text, saying where each finding is', () => {
    expect(flaggedInNote(note, now).map((f) => `${f.where} ${f.kind}`)).toEqual([
      'title name',
      'field:actual nhs-number',
      'field:actual postcode',
      'action:a1:what phone',
      'lesson:l1 email',
    ]);
  });

  it('does not flag titles and names in boxes meant for staff names', () => {
    const staff = noteTexts(note)
      .filter((t) => t.staffNames)
      .map((t) => t.where);
    expect(staff).toEqual(['facilitator', 'participants', 'action:a1:owner']);
  });

  it('leaves out what the person dismissed', () => {
    const dismissed = dismissWarning(note, identifierKey('nhs-number', '9434765919'), now);
    expect(flaggedInNote(dismissed, now).map((f) => f.kind)).not.toContain('nhs-number');
    expect(flaggedInNote(dismissed, now)).toHaveLength(4);
  });
});

describe('dismissWarning', () => {
  it('keeps a fingerprint, not the text, and drops dismissals for text that has gone', () => {
    const once = dismissWarning(note, identifierKey('postcode', 'SW1A 1AA'), now);
    const twice = dismissWarning(once, identifierKey('email', 'j.smith@nhs.net'), now);
    expect(twice.dismissedWarnings).toHaveLength(2);
    expect(JSON.stringify(twice.dismissedWarnings)).not.toMatch(/SW1A|smith/i);
    // The postcode is deleted from the note: its dismissal goes at the next "It isn't".
    const edited = { ...twice, fields: { actual: 'NHS 943 476 5919' } };
    const third = dismissWarning(edited, identifierKey('name', 'Mr Jones'), now);
    expect(third.dismissedWarnings).toEqual([
      identifierKey('email', 'j.smith@nhs.net'),
      identifierKey('name', 'Mr Jones'),
    ]);
  });
});

describe('listKinds', () => {
  it('joins the kinds in plain English, once each', () => {
    const d = (f: { kind: string }) => f.kind;
    const f = (kind: string) => ({ kind }) as never;
    expect(listKinds([f('a')], d)).toBe('a');
    expect(listKinds([f('a'), f('b'), f('a')], d)).toBe('a and b');
    expect(listKinds([f('a'), f('b'), f('c')], d)).toBe('a, b and c');
  });
});
