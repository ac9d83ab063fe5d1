// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  assertSession,
  cleanText,
  createBackup,
  isRealDay,
  parseBackup,
} from '../../src/storage/backup';
import type { Work } from '../../src/storage/work';
import { editedCopy, problemsOf } from './backup-helpers';
import { sessionFixture } from './notes-fixtures';

const work: Work = {
  id: 'w1',
  name: 'Ward 7 discharge',
  description: 'A trial',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};
const good = () =>
  createBackup(
    [
      sessionFixture({ id: 'one' }),
      sessionFixture({ id: 'two', title: 'Second' }),
      sessionFixture({
        id: 'three',
        title: 'Ward huddle',
        actions: [
          { id: 'a1', what: 'First', owner: '', due: '', done: false },
          { id: 'a2', what: 'Second', owner: '', due: '2026-02-28', done: false },
        ],
      }),
    ],
    new Date('2026-11-23T10:00:00Z'),
    [work],
  );
// A file's JSON, edited by hand as a damaged or hostile file would be.

type Edit = (data: Record<string, any>) => void;
const edited = (change: Edit) => editedCopy(good(), change);
const imported = (change: Edit) => {
  const result = parseBackup(edited(change));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.backup;
};

describe('cleanText', () => {
  it('makes every line break a line feed', () => {
    expect(cleanText('a\r\nb\rc\nd\u2028e\u2029f\u0085g')).toBe('a\nb\nc\nd\ne\nf\ng');
  });

  it('removes NUL and every other control character but tab and line feed', () => {
    expect(cleanText('a\u0000b\u0007c\u0008d\u000be\u000cf\u001bg\u007fh\u009fi\tj\nk')).toBe(
      'abcdefghi\tj\nk',
    );
  });

  it('keeps ordinary text, accents and emoji exactly', () => {
    const text = 'Ward 7 – “sickest first”, café ☕ 👩‍⚕️\tdone';
    expect(cleanText(text)).toBe(text);
  });
});

describe('parseBackup normalises imported text before it is stored', () => {
  const dirty = 'Line one\r\nline two\rline three\u0000\u001b[31m';
  const clean = 'Line one\nline two\nline three[31m';

  it('in every text of a note', () => {
    const note = imported((d) =>
      Object.assign(d.sessions[0], {
        title: dirty,
        facilitator: dirty,
        participants: dirty,
        fields: { actual: dirty, learned: dirty },
      }),
    ).sessions[0];
    expect([
      note.title,
      note.facilitator,
      note.participants,
      ...Object.values(note.fields),
    ]).toEqual([clean, clean, clean, clean, clean]);
  });

  it('in actions and lessons, tags too', () => {
    const note = imported((d) => {
      Object.assign(d.sessions[0].actions[0], { what: dirty, owner: dirty });
      Object.assign(d.sessions[0].lessons[0], { text: dirty, tags: [dirty, 'safety\u0000'] });
    }).sessions[0];
    expect(note.actions[0].what).toBe(clean);
    expect(note.actions[0].owner).toBe(clean);
    expect(note.lessons[0].text).toBe(clean);
    expect(note.lessons[0].tags).toEqual([clean, 'safety']);
  });

  it('in pieces of work', () => {
    const [w] = imported((d) =>
      Object.assign(d.works[0], { name: dirty, description: dirty }),
    ).works;
    expect([w.name, w.description]).toEqual([clean, clean]);
  });

  it('and leaves clean text exactly as it was', () => {
    const result = parseBackup(JSON.stringify(good()));
    expect(result).toEqual({ ok: true, backup: good() });
  });
});

describe('isRealDay', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2000-02-29', '0001-01-01'])('%s is', (day) =>
    expect(isRealDay(day)).toBe(true),
  );
  it.each([
    '2026-02-29',
    '2026-02-31',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '1900-02-29',
    '0000-01-01',
    '2026-1-01',
  ])('%s is not', (day) => expect(isRealDay(day)).toBe(false));
});

describe('parseBackup refuses impossible dates, naming the row in plain words', () => {
  it("an action's due date", () => {
    expect(problemsOf(edited((d) => (d.sessions[2].actions[1].due = '2026-02-31')))).toBe(
      'Note 3 ("Ward huddle"), action 2: the due date 2026-02-31 is not a real date.',
    );
  });

  it("a note's date", () => {
    expect(problemsOf(edited((d) => (d.sessions[1].date = '2026-13-01')))).toBe(
      'Note 2 ("Second"): the date 2026-13-01 is not a real date.',
    );
  });

  it('a note without a title, by its number', () => {
    expect(
      problemsOf(edited((d) => Object.assign(d.sessions[0], { title: '', date: '2026-04-31' }))),
    ).toBe('Note 1: the date 2026-04-31 is not a real date.');
  });

  it('the times a note or a piece of work was made and changed', () => {
    expect(
      problemsOf(
        edited((d) => {
          d.sessions[0].createdAt = '2026-02-30T09:00:00.000Z';
          d.works[0].updatedAt = '2026-11-02T25:00:00.000Z';
        }),
      ),
    ).toBe(
      [
        'Note 1 ("Night shift handover"): the time made, 2026-02-30T09:00:00.000Z, is not a real time.',
        'Piece of work 1 ("Ward 7 discharge"): the time last changed, 2026-11-02T25:00:00.000Z, is not a real time.',
      ].join('\n'),
    );
  });

  it('a long or odd title is shortened and kept on one line in the message', () => {
    expect(
      problemsOf(
        edited((d) =>
          Object.assign(d.sessions[0], { title: `Line\r\n${'x'.repeat(60)}`, date: '2026-02-30' }),
        ),
      ),
    ).toBe(`Note 1 ("Line ${'x'.repeat(34)}…"): the date 2026-02-30 is not a real date.`);
  });
});

describe('assertSession, for a note already stored with an impossible date', () => {
  it('still lets the note be saved, so what is typed in it is kept', () => {
    const note = sessionFixture({ date: '2026-13-01' });
    note.actions[0].due = '2026-02-31';
    expect(() => assertSession(note)).not.toThrow();
  });

  it('still refuses a date that is not in the form YYYY-MM-DD', () => {
    expect(() => assertSession(sessionFixture({ date: '31/02/2026' }))).toThrow(/date/);
  });
});
