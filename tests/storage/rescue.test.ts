// Changes put aside as a page goes away, and put back next time: planning (pure) and the store's recovery.
import { beforeEach, describe, expect, it } from 'vitest';
import { connectNotesDB } from '../../src/storage/db';
import { createNoteEditor } from '../../src/storage/editor';
import { planRecovery, type Rescue } from '../../src/storage/rescue';
import { createSessions, type Sessions } from '../../src/storage/session-store';
import { sessionFixture } from './notes-fixtures';

const base = sessionFixture({ revision: 2 });
const draft = { ...base, fields: { ...base.fields, actual: 'Typed just before closing' } };
const rescue = (over: Partial<Rescue> = {}): Rescue => ({
  draft,
  base,
  inFlight: null,
  writtenAt: '2026-11-23T10:00:00.000Z',
  ...over,
});

describe('planRecovery', () => {
  it('writes the draft when nothing was stored since', () => {
    expect(planRecovery(rescue(), base)).toEqual({
      outcome: 'saved',
      write: draft,
      expectedRevision: 2,
    });
  });

  it('does nothing when the draft was stored after all', () => {
    expect(planRecovery(rescue(), { ...draft, revision: 3 })).toEqual({ outcome: 'nothing' });
  });

  it('builds on a write that was under way and landed', () => {
    const inFlight = { ...base, title: 'Half way', revision: 3 };
    const later = { ...draft, title: 'Half way' };
    expect(
      planRecovery(rescue({ draft: later, inFlight }), { ...inFlight, updatedAt: 'x' }),
    ).toMatchObject({ outcome: 'saved', expectedRevision: 3 });
  });

  it('does not mistake a write under way that never landed for one that did', () => {
    const inFlight = { ...draft, revision: 3 };
    expect(planRecovery(rescue({ inFlight }), base)).toEqual({
      outcome: 'saved',
      write: draft,
      expectedRevision: 2,
    });
  });

  it('merges with a change made elsewhere to another part', () => {
    const current = { ...base, title: 'Renamed in another tab', revision: 3 };
    const plan = planRecovery(rescue(), current);
    expect(plan).toMatchObject({
      outcome: 'merged',
      expectedRevision: 3,
      write: { title: 'Renamed in another tab', fields: { actual: 'Typed just before closing' } },
    });
  });

  it('keeps a copy when the same part was changed elsewhere', () => {
    const current = { ...base, fields: { ...base.fields, actual: 'Other tab' }, revision: 3 };
    const plan = planRecovery(rescue(), current);
    expect(plan).toMatchObject({
      outcome: 'copied',
      expectedRevision: 0,
      write: {
        title: 'Night shift handover (recovered copy)',
        fields: { actual: 'Typed just before closing' },
      },
    });
    expect(plan.outcome !== 'nothing' && plan.write.id).not.toBe(base.id);
  });

  it('restores a note that is no longer stored', () => {
    expect(planRecovery(rescue(), undefined)).toEqual({
      outcome: 'restored',
      write: draft,
      expectedRevision: 0,
    });
  });
});

describe('rescue and recover', () => {
  let sessions: Sessions;
  beforeEach(async () => {
    sessions = createSessions(connectNotesDB(`test-${crypto.randomUUID()}`));
    await sessions.save(sessionFixture(), 0);
  });

  it('puts aside an unsaved change synchronously, and puts it back on recover', async () => {
    // A write that never commits, as when the page goes away mid-write.
    const stalled = { ...sessions, save: () => new Promise<never>(() => {}) };
    const editor = createNoteEditor({
      sessions: stalled,
      initial: (await sessions.get('aar-1'))!,
      stored: true,
    });
    editor.update((d) => ({ ...d, fields: { ...d.fields, actual: 'Put aside' } }));
    editor.rescue();
    await new Promise((r) => setTimeout(r, 20));
    expect((await sessions.get('aar-1'))?.fields.actual).not.toBe('Put aside');
    expect(await sessions.recover()).toBe(1);
    expect((await sessions.get('aar-1'))?.fields.actual).toBe('Put aside');
    expect(await sessions.recover()).toBe(0);
  });

  it('drops the set-aside copy once a normal write has stored the note', async () => {
    const editor = createNoteEditor({
      sessions,
      initial: (await sessions.get('aar-1'))!,
      stored: true,
    });
    editor.update((d) => ({ ...d, fields: { ...d.fields, actual: 'Written normally' } }));
    editor.rescue();
    await editor.flush();
    expect(await sessions.getMeta('rescue:aar-1')).toBeUndefined();
    expect(await sessions.recover()).toBe(0);
  });

  it('keeps a copy put aside while a write was under way (it may hold newer text), and puts it back', async () => {
    const note = (await sessions.get('aar-1'))!;
    const older = { ...note, fields: { ...note.fields, actual: 'Older' } };
    const saving = sessions.save(older, note.revision); // under way as the page goes away
    sessions.rescue({ ...older, fields: { ...older.fields, actual: 'Older and newer' } }, note, {
      ...older,
      revision: note.revision + 1,
    });
    await saving;
    expect(await sessions.getMeta('rescue:aar-1')).toBeDefined();
    expect(await sessions.recover()).toBe(1);
    expect((await sessions.get('aar-1'))?.fields.actual).toBe('Older and newer');
  });

  it('does nothing without an open connection (nothing to lose yet)', () => {
    const fresh = createSessions(connectNotesDB(`test-${crypto.randomUUID()}`));
    expect(fresh.rescue(sessionFixture(), null)).toBe(false);
  });
});
