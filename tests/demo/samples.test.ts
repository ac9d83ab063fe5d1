import { describe, expect, it } from 'vitest';
import { loadTechnique } from '../../src/content/catalog';
import {
  DEMO_PREFIX,
  DEMO_WORK_ID,
  demoSessions,
  demoWork,
  isDemoSession,
} from '../../src/demo/samples';
import { createBackup, parseBackup } from '../../src/storage/backup';

const NOW = new Date('2026-11-23T09:00:00Z');
const samples = demoSessions(NOW);

describe('demoSessions', () => {
  it('covers an After Action Review, a Retrospect and a Peer Assist among others', () => {
    expect(samples.map((s) => s.techniqueId)).toEqual(
      expect.arrayContaining(['after-action-review', 'retrospect', 'peer-assist']),
    );
  });

  it('labels every sample clearly and marks it as demo data', () => {
    for (const s of samples) {
      expect(s.title.startsWith('Sample: ')).toBe(true);
      expect(isDemoSession(s)).toBe(true);
    }
    expect(isDemoSession({ id: crypto.randomUUID() })).toBe(false);
  });

  it("fills only fields that its technique's note template has", async () => {
    for (const s of samples) {
      const technique = await loadTechnique(s.techniqueId);
      const ids = technique!.noteTemplate.map((f) => f.id);
      expect(
        Object.keys(s.fields).filter((id) => !ids.includes(id)),
        s.techniqueId,
      ).toEqual([]);
    }
  });

  it('passes the same checks as an imported backup', () => {
    expect(parseBackup(JSON.stringify(createBackup(samples, NOW)))).toMatchObject({ ok: true });
  });

  it('groups a Before Action Review, two After Action Reviews and a Retrospect in the sample piece of work', () => {
    const inWork = samples.filter((s) => s.workId === DEMO_WORK_ID).map((s) => s.techniqueId);
    expect(inWork.sort()).toEqual([
      'after-action-review',
      'after-action-review',
      'before-action-review',
      'retrospect',
    ]);
    expect(samples.every((s) => s.workId === '' || s.workId === DEMO_WORK_ID)).toBe(true);
  });

  it('labels the sample piece of work and gives it a demo id', () => {
    const work = demoWork(NOW);
    expect(work.id.startsWith(DEMO_PREFIX)).toBe(true);
    expect(work.name.startsWith('Sample: ')).toBe(true);
    expect(parseBackup(JSON.stringify(createBackup(samples, NOW, [work])))).toMatchObject({
      ok: true,
    });
  });

  it('dates the samples in the past, relative to now', () => {
    for (const s of samples) expect(s.date <= '2026-11-23').toBe(true);
  });
});
