import { describe, expect, it } from 'vitest';
import { techniques } from '../../src/content/catalog';
import { suggestNext } from '../../src/loop/next-technique';

const ids = (done: { techniqueId: string; date: string }[]) =>
  suggestNext(techniques, done).map((s) => s.techniqueId);

describe('suggestNext across the cycle (real technique data)', () => {
  it('offers Peer Assist and a Before Action Review at the start of a new piece of work', () => {
    expect(ids([]).slice(0, 2).sort()).toEqual(['before-action-review', 'peer-assist']);
    expect(ids([])).toEqual(expect.arrayContaining(['appreciative-enquiry', 'self-assessment']));
    expect(suggestNext(techniques, []).every((s) => s.reason.startsWith('Before you start'))).toBe(
      true,
    );
  });

  it('offers an After Action Review after a Before Action Review', () => {
    expect(ids([{ techniqueId: 'before-action-review', date: '2026-10-01' }])[0]).toBe(
      'after-action-review',
    );
  });

  it("offers a Retrospect after the work's last After Action Review", () => {
    const done = [
      { techniqueId: 'before-action-review', date: '2026-09-01' },
      { techniqueId: 'after-action-review', date: '2026-10-01' },
      { techniqueId: 'after-action-review', date: '2026-11-01' },
    ];
    expect(ids(done)[0]).toBe('retrospect');
    expect(suggestNext(techniques, done)[0].reason).toBe(
      'Often follows After Action Review, when the work ends.',
    );
  });

  it('goes from a Retrospect to a Knowledge Asset, and from a Knowledge Asset to the next Peer Assist', () => {
    expect(ids([{ techniqueId: 'retrospect', date: '2026-11-20' }])).toContain('knowledge-assets');
    expect(ids([{ techniqueId: 'knowledge-assets', date: '2026-11-21' }])).toContain('peer-assist');
  });

  it('decides by the latest session, whatever order they are given in', () => {
    const done = [
      { techniqueId: 'after-action-review', date: '2026-11-01' },
      { techniqueId: 'before-action-review', date: '2026-09-01' },
    ];
    expect(ids(done)[0]).toBe('retrospect');
  });

  it('puts techniques not yet used in this work first', () => {
    const done = [
      { techniqueId: 'retrospect', date: '2026-11-01' },
      { techniqueId: 'after-action-review', date: '2026-11-03' },
    ];
    expect(ids(done)).toEqual(['knowledge-assets', 'retrospect']);
  });
});
