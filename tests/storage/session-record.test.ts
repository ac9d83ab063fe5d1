// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  completeSession,
  copySession,
  createSession,
  newId,
  parseTags,
  sameContent,
  sessionText,
} from '../../src/storage/session-record';
import { sessionFixture } from './notes-fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('makes a version 4 UUID, even where randomUUID is missing (pages not served over HTTPS)', () => {
    expect(newId()).toMatch(UUID);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a),
    });
    expect(newId()).toMatch(UUID);
  });
});

describe('createSession', () => {
  it('starts an empty, never-saved note dated today', () => {
    const s = createSession('fishbowl', '', new Date(2026, 10, 23, 23, 30));
    expect(s).toMatchObject({
      techniqueId: 'fishbowl',
      date: '2026-11-23',
      fields: {},
      actions: [],
      lessons: [],
      revision: 0,
    });
  });
});

describe('copySession', () => {
  it('copies the content with new ids, never saved', () => {
    const copy = copySession(sessionFixture(), 'Copy', new Date('2026-12-01T00:00:00Z'));
    expect(copy).toMatchObject({
      title: 'Copy',
      revision: 0,
      createdAt: '2026-12-01T00:00:00.000Z',
      fields: sessionFixture().fields,
    });
    expect(copy.id).not.toBe('aar-1');
    expect(copy.lessons[0].id).not.toBe('les-1');
  });
});

describe('parseTags', () => {
  it.each([
    ['handover, safety', ['handover', 'safety']],
    [' handover ,, safety, ', ['handover', 'safety']],
    ['a, a, b', ['a', 'b']],
    ['', []],
  ])('reads "%s"', (typed, tags) => {
    expect(parseTags(typed)).toEqual(tags);
  });
});

describe('completeSession', () => {
  it('fills what an older record lacks and keeps what it has', () => {
    expect(
      completeSession({ id: 'x', title: 'Kept', createdAt: '2026-01-02T03:04:05.000Z' }),
    ).toMatchObject({
      title: 'Kept',
      techniqueId: 'unknown',
      date: '2026-01-02',
      updatedAt: '2026-01-02T03:04:05.000Z',
      actions: [],
      revision: 1,
    });
  });
});

describe('sameContent', () => {
  it('ignores times, revision and key order, but not content', () => {
    const a = sessionFixture();
    const reordered = Object.fromEntries(
      Object.entries({ ...a, revision: 9, updatedAt: 'later' }).reverse(),
    ) as unknown as typeof a;
    expect(sameContent(a, reordered)).toBe(true);
    expect(sameContent(a, { ...a, title: 'Other' })).toBe(false);
  });
});

describe('sessionText', () => {
  it('holds every piece of typed text', () => {
    const text = sessionText(sessionFixture());
    for (const part of [
      'Night shift handover',
      'Priya Shah',
      'Healthcare assistant',
      'printed list',
      'sickest-first',
      'fixed order',
      'safety',
    ]) {
      expect(text).toContain(part);
    }
  });
});
