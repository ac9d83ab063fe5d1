// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  createBackup,
  MAX_BACKUP_CHARS,
  parseBackup,
} from '../../src/storage/backup';
import { decideImport, describeImport } from '../../src/storage/import-merge';
import type { Session } from '../../src/storage/session-record';
import { editedCopy, problemsOf } from './backup-helpers';
import { sessionFixture } from './notes-fixtures';

const good = () =>
  createBackup(
    [sessionFixture({ id: 'one' }), sessionFixture({ id: 'two', title: 'Second' })],
    new Date('2026-11-23T10:00:00Z'),
  );
const edited = (change: (data: Record<string, any>) => void) => editedCopy(good(), change);

describe('parseBackup accepts', () => {
  it('a backup made by createBackup, unchanged', () => {
    const result = parseBackup(JSON.stringify(good()));
    expect(result).toEqual({ ok: true, backup: good() });
  });

  it('HTML and script in text, as text (it is rendered as text, never as HTML)', () => {
    const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const result = parseBackup(
      edited((d) => Object.assign(d.sessions[0], { title: payload, facilitator: payload })),
    );
    expect(result.ok && result.backup.sessions[0].title).toBe(payload);
  });

  it("a note's dismissed identifier warnings, kept as they are", () => {
    const keys = ['nhs-number:0a1b2c3d', 'postcode:ffffffff'];
    const result = parseBackup(edited((d) => (d.sessions[0].dismissedWarnings = keys)));
    expect(result.ok && result.backup.sessions[0].dismissedWarnings).toEqual(keys);
    expect(result.ok && 'dismissedWarnings' in result.backup.sessions[1]).toBe(false);
  });

  it('an empty list of notes', () => {
    expect(parseBackup(edited((d) => (d.sessions = []))).ok).toBe(true);
  });
});

describe('parseBackup refuses, with a plain message', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['a truncated file', JSON.stringify(good()).slice(0, 300), /cut short/],
    ['a file that is not JSON', 'title,date\nWard round,2026-11-01', /could not be read/],
    ['JSON that is not a backup', '{"hello":"world"}', /not a Mobilise backup/],
    ['a list instead of a backup', '[]', /not a Mobilise backup/],
    [
      'a backup from a newer version',
      edited((d) => (d.version = BACKUP_VERSION + 1)),
      /newer version of Mobilise.*Update/,
    ],
    [
      'a backup with a nonsense version',
      edited((d) => (d.version = 'one')),
      /unknown format version/,
    ],
    [
      'a backup without its list of notes',
      edited((d) => delete d.sessions),
      /list of notes is missing/,
    ],
  ])('%s', (_name, source, message) => {
    expect(problemsOf(source)).toMatch(message);
  });

  it.each([
    [
      'a title that is a number',
      (d: any) => (d.sessions[1].title = 42),
      /Note 2, title: must be text/,
    ],
    ['a missing date', (d: any) => delete d.sessions[0].date, /Note 1, date: must be a date/],
    [
      'an impossible date',
      (d: any) => (d.sessions[0].date = '2026-13-45'),
      /Note 1 \("Night shift handover"\): the date 2026-13-45 is not a real date/,
    ],
    [
      'a malformed update time',
      (d: any) => (d.sessions[0].updatedAt = 'yesterday'),
      /updatedAt: must be a time/,
    ],
    ['fields that are a list', (d: any) => (d.sessions[0].fields = ['a']), /fields: must be a set/],
    [
      'a dismissed warning holding text',
      (d: any) => (d.sessions[0].dismissedWarnings = ['nhs-number:943 476 5919']),
      /Note 1, dismissed warning 1: not a dismissed warning/,
    ],
    [
      'a field holding an object',
      (d: any) => (d.sessions[0].fields.expected = { html: '<b>' }),
      /field expected: must be text/,
    ],
    [
      'a field name with markup',
      (d: any) => (d.sessions[0].fields['<b>x</b>'] = 'x'),
      /is not a field name/,
    ],
    [
      'an action that is text',
      (d: any) => (d.sessions[0].actions = ['call Jo']),
      /Note 1, action 1: must be an action/,
    ],
    [
      'a done flag that is text',
      (d: any) => (d.sessions[0].actions[0].done = 'yes'),
      /action 1, done: must be true or false/,
    ],
    [
      'a tag that is a number',
      (d: any) => (d.sessions[0].lessons[0].tags = [7]),
      /tag 1: must be text/,
    ],
    [
      'a negative headcount',
      (d: any) => (d.sessions[0].headcount = -3),
      /headcount: must be a whole number/,
    ],
    ['a revision of zero', (d: any) => (d.sessions[0].revision = 0), /revision/],
    [
      'an id with markup in it',
      (d: any) => (d.sessions[0].id = '"><script>x</script>'),
      /id: not a valid id/,
    ],
    [
      'a technique id with markup in it',
      (d: any) => (d.sessions[0].techniqueId = '<svg onload=x>'),
      /not a technique id/,
    ],
    [
      'an unexpected entry (such as __proto__)',
      (d: any) => (d.sessions[0]['__proto__x'] = {}),
      /unexpected entry "__proto__x"/,
    ],
    [
      'the same note twice',
      (d: any) => (d.sessions[1].id = 'one'),
      /Note 2: the same note appears twice/,
    ],
    [
      'a note that is not an object',
      (d: any) => (d.sessions[1] = null),
      /Note 2: must be a session note/,
    ],
    [
      'an over-long title',
      (d: any) => (d.sessions[0].title = 'x'.repeat(1001)),
      /title: longer than 1,000 characters/,
    ],
  ])('%s', (_name, change, message) => {
    expect(problemsOf(edited(change))).toMatch(message);
  });

  it('an oversized file, before trying to read it', () => {
    expect(problemsOf(' '.repeat(MAX_BACKUP_CHARS + 1))).toMatch(/too large/);
  });

  it('keeps the list of problems short, and says how many more there are', () => {
    const many = edited((d) => {
      d.sessions = Array.from({ length: 30 }, (_, i) => ({
        ...d.sessions[0],
        id: `n${i}`,
        title: i,
      }));
    });
    const result = parseBackup(many);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(13);
      expect(result.problems[12]).toBe('…and 18 more problems.');
    }
  });
});

describe('decideImport', () => {
  const here = sessionFixture({ id: 'x', updatedAt: '2026-11-02T10:00:00.000Z', revision: 4 });
  it.each([
    ['adds a note that is not here', undefined, sessionFixture({ id: 'x' }), 'added'],
    [
      'replaces an older copy',
      here,
      { ...here, title: 'New', updatedAt: '2026-11-03T10:00:00.000Z', revision: 2 },
      'updated',
    ],
    [
      'keeps a newer copy here',
      here,
      { ...here, title: 'Old', updatedAt: '2026-11-01T10:00:00.000Z' },
      'kept',
    ],
    ['notes an identical copy', here, { ...here, revision: 9 }, 'same'],
    [
      'keeps the copy here when both have the same time but differ',
      here,
      { ...here, title: 'Other' },
      'kept',
    ],
  ] as [string, Session | undefined, Session, string][])(
    '%s',
    (_name, existing, incoming, outcome) => {
      expect(decideImport(existing, incoming).outcome).toBe(outcome);
    },
  );

  it('moves the revision past both copies when it replaces one', () => {
    const incoming = { ...here, updatedAt: '2026-11-03T10:00:00.000Z', revision: 2 };
    expect(decideImport(here, incoming).write?.revision).toBe(5);
  });
});

describe('describeImport', () => {
  it('summarises an import in a sentence', () => {
    expect(describeImport({ added: 12, updated: 3, kept: 2, same: 0 })).toBe(
      '12 notes added, 3 updated, 2 unchanged (yours were newer).',
    );
    expect(describeImport({ added: 1, updated: 0, kept: 0, same: 4 })).toBe(
      '1 note added, 0 updated, 4 already here.',
    );
    expect(describeImport({ added: 5000, updated: 0, kept: 0, same: 0 })).toBe(
      '5,000 notes added, 0 updated.',
    );
  });
});
