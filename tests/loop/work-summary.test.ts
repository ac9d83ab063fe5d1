// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overviewWorks, timelineGroups } from '../../src/loop/work-summary';
import { createWork } from '../../src/storage/work';
import { sessionFixture } from '../storage/notes-fixtures';

const work = (id: string, updatedAt: string) => ({
  ...createWork(`Work ${id}`, '', new Date(updatedAt), id),
});

describe('overviewWorks', () => {
  it('counts each work’s notes and orders by the latest activity in the work or its notes', () => {
    const a = work('a', '2026-01-01T00:00:00.000Z');
    const b = work('b', '2026-02-01T00:00:00.000Z');
    const sessions = [
      sessionFixture({ id: 's1', workId: 'a', updatedAt: '2026-03-01T00:00:00.000Z' }),
      sessionFixture({ id: 's2', workId: 'a', updatedAt: '2026-01-15T00:00:00.000Z' }),
      sessionFixture({ id: 's3', workId: '' }),
    ];
    const result = overviewWorks([b, a], sessions);
    expect(result.map((o) => [o.work.id, o.notes, o.lastActivity])).toEqual([
      ['a', 2, '2026-03-01T00:00:00.000Z'],
      ['b', 0, '2026-02-01T00:00:00.000Z'],
    ]);
    expect(result[0].done.map((d) => d.techniqueId)).toEqual([
      'after-action-review',
      'after-action-review',
    ]);
  });
});

describe('timelineGroups', () => {
  it('groups notes by phase in cycle order, each group in date order, leaving out empty groups', () => {
    const phases: Record<string, 'before' | 'after'> = { bar: 'before', aar: 'after' };
    const sessions = [
      sessionFixture({ id: 'aar2', techniqueId: 'aar', date: '2026-03-01' }),
      sessionFixture({ id: 'aar1', techniqueId: 'aar', date: '2026-02-01' }),
      sessionFixture({ id: 'bar', techniqueId: 'bar', date: '2026-01-01' }),
      sessionFixture({ id: 'gone', techniqueId: 'removed-technique', date: '2026-01-01' }),
    ];
    expect(
      timelineGroups(sessions, (id) => phases[id]).map((g) => [
        g.phase,
        g.sessions.map((s) => s.id),
      ]),
    ).toEqual([
      ['before', ['bar']],
      ['after', ['aar1', 'aar2']],
      ['other', ['gone']],
    ]);
  });
});
