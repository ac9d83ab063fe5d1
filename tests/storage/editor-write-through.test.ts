// Write-through saving against a fake store whose commits the test controls: no fixed delay, coalescing
// while a write is under way, and Try again after storage was full.
import { describe, expect, it, vi } from 'vitest';
import { createNoteEditor } from '../../src/storage/editor';
import type { Session } from '../../src/storage/session-record';
import type { SaveResult, Sessions } from '../../src/storage/session-store';
import { sessionFixture } from './notes-fixtures';

/** A store that holds each write until the test commits (or fails) it. */
function fakeStore() {
  let revision = 2;
  const writes: { session: Session; commit(): void; fail(error: unknown): void }[] = [];
  const store = {
    save: (session: Session, expected: number) =>
      new Promise<SaveResult>((resolve, reject) => {
        writes.push({
          session,
          commit: () => {
            expect(expected).toBe(revision);
            revision++;
            resolve({ ok: true, session: { ...session, revision } });
          },
          fail: reject,
        });
      }),
    subscribe: () => () => undefined,
    get: async () => undefined,
    rescue: () => true,
  } as unknown as Sessions;
  return { store, writes };
}
const settle = () => new Promise((r) => setTimeout(r, 0));
const typed = (text: string) => (d: Session) => ({ ...d, fields: { ...d.fields, actual: text } });

describe('write-through saving', () => {
  it('starts a write at once, with no timer', async () => {
    vi.useFakeTimers();
    try {
      const { store, writes } = fakeStore();
      const editor = createNoteEditor({ sessions: store, initial: sessionFixture(), stored: true });
      editor.update(typed('A'));
      await vi.advanceTimersByTimeAsync(0); // only promise callbacks run: no time passes
      expect(writes).toHaveLength(1);
      expect(writes[0].session.fields.actual).toBe('A');
    } finally {
      vi.useRealTimers();
    }
  });

  it('merges changes made during a write into one next write, sent as soon as the first commits', async () => {
    const { store, writes } = fakeStore();
    const editor = createNoteEditor({ sessions: store, initial: sessionFixture(), stored: true });
    editor.update(typed('A'));
    await settle();
    for (const text of ['AB', 'ABC', 'ABCD']) editor.update(typed(text));
    await settle();
    expect(writes).toHaveLength(1); // nothing overlaps the write under way
    writes[0].commit();
    await settle();
    expect(writes).toHaveLength(2);
    expect(writes[1].session.fields.actual).toBe('ABCD');
    expect(editor.getState().status).toBe('pending');
    writes[1].commit();
    await settle();
    expect(writes).toHaveLength(2);
    expect(editor.getState().status).toBe('saved');
  });
});

describe('Try again after storage was full', () => {
  it('re-attempts with the latest text and clears the message once space is freed', async () => {
    const { store, writes } = fakeStore();
    const editor = createNoteEditor({ sessions: store, initial: sessionFixture(), stored: true });
    editor.update(typed('Typed while full'));
    await settle();
    writes[0].fail(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await settle();
    expect(editor.getState()).toMatchObject({ status: 'error', problem: { kind: 'full' } });
    // Typing on while full: still not saved, the text stays on screen.
    editor.update(typed('Typed while full, and more'));
    await settle();
    writes[1].fail(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await settle();
    expect(editor.getState().status).toBe('error');
    // Space freed; the person presses Try again.
    const retried = editor.flush();
    await settle();
    expect(writes).toHaveLength(3);
    expect(writes[2].session.fields.actual).toBe('Typed while full, and more');
    writes[2].commit();
    await retried;
    expect(editor.getState()).toMatchObject({ status: 'saved', problem: null });
  });
});

describe('text over a limit', () => {
  it('is cut as it comes in, kept for copying, and the note still saves', async () => {
    const { store, writes } = fakeStore();
    const editor = createNoteEditor({ sessions: store, initial: sessionFixture(), stored: true });
    const long = 'x'.repeat(100_000) + 'the rest';
    editor.update(typed(long));
    await settle();
    expect(writes[0].session.fields.actual).toHaveLength(100_000);
    expect(editor.getState().cuts).toEqual([{ part: 'field:actual', rest: 'the rest' }]);
    editor.dismissCuts();
    expect(editor.getState().cuts).toEqual([]);
  });
});
