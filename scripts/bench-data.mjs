/**
 * Realistic session notes for the benchmarks: each technique's own fields, a few sentences each, actions
 * (some done, due dates spread over two years) and tagged lessons. Seeded, so every run uses the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { techniqueFiles } from './technique-files.mjs';

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS = (
  'handover ward pharmacy discharge bleep rota consultant nurse patient safety delay escalation theatre clinic ' +
  'referral audit governance library evidence search training induction checklist huddle board round team manager ' +
  'protocol guideline incident learning feedback staff shift weekend night morning bed flow community project budget ' +
  'café naïve rôle the and of to in for with on was we our it that this by from at as when after before'
).split(' ');
const sentence = () => {
  const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(WORDS));
  return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`;
};
const text = (min, max) => {
  let out = '';
  const target = min + Math.floor(random() * (max - min));
  while (out.length < target) out += `${out ? ' ' : ''}${sentence()}`;
  return out;
};
const day = (i) =>
  new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);

const templates = techniqueFiles().map((f) => {
  const source = readFileSync(join('techniques', f), 'utf8');
  const block = source.split(/^noteTemplate:\s*$/m)[1]?.split(/^\w+:/m)[0] ?? '';
  return {
    id: f.replace(/\.md$/, ''),
    fields: [...block.matchAll(/^ {2}- id: ([a-z0-9-]+)/gm)].map((m) => m[1]),
  };
});

function makeSession(i) {
  const technique = templates[i % templates.length];
  const created = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 3);
  const id = `bench-${String(i).padStart(5, '0')}-${Math.floor(random() * 1e9).toString(36)}`;
  return {
    id,
    techniqueId: technique.id,
    title: `${pick(['Ward', 'Clinic', 'Theatre', 'Library', 'Pharmacy', 'Community'])} ${1 + (i % 30)} ${pick(['handover', 'review', 'project', 'induction', 'audit'])} ${i}`,
    date: day(i),
    facilitator: pick(['Priya Shah', 'Sam Jones', 'Amira Khan', 'Tom Evans', 'Grace Okafor']),
    participants: Array.from({ length: 2 + (i % 5) }, () =>
      pick([
        'Charge nurse',
        'Staff nurse',
        'Pharmacist',
        'Consultant',
        'Healthcare assistant',
        'Librarian',
      ]),
    ).join('\n'),
    headcount: null,
    fields: Object.fromEntries(technique.fields.map((f) => [f, text(120, 520)])),
    actions: Array.from({ length: 1 + (i % 3) }, (_, k) => ({
      id: `${id}-a${k}`,
      what: text(30, 90),
      owner: pick(['Priya', 'Sam', 'Amira', 'Tom']),
      due: day(i + 14),
      done: k === 0,
    })),
    lessons: Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      id: `${id}-l${k}`,
      text: text(60, 200),
      tags: [
        pick(['handover', 'safety', 'flow', 'training']),
        pick(['evidence', 'team', 'discharge']),
      ],
    })),
    createdAt: created.toISOString(),
    updatedAt: new Date(created.getTime() + 3_600_000).toISOString(),
    revision: 1 + (i % 4),
  };
}

/** `count` notes, the same every run. */
export function makeSessions(count) {
  seed = 42;
  return Array.from({ length: count }, (_, i) => makeSession(i));
}

/**
 * Notes grouped in pieces of work, for the learning-loop benches: `works` works, the first `bigWork` notes
 * all in work-0 ("Big discharge programme"), then a third of the rest in no work and the others spread.
 * Each note has its technique's own fields, two actions (one done, one due) and two tagged lessons (to
 * repeat, to avoid, or not said). Ids are loop-00000 onwards. Seeded, so every run uses the same data.
 */
export function makeLoopData({
  sessions: count = 2000,
  works: workCount = 40,
  bigWork = 120,
} = {}) {
  seed = 7;
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const TECHNIQUES = [
    'before-action-review',
    'after-action-review',
    'after-action-review',
    'retrospect',
    'peer-assist',
  ];
  const fieldsOf = new Map(templates.map((t) => [t.id, t.fields]));
  const KINDS = ['repeat', 'avoid', undefined];
  const works = Array.from({ length: workCount }, (_, w) => {
    const time = new Date(Date.UTC(2024, 0, 1) + w * 86_400_000).toISOString();
    return {
      id: `work-${w}`,
      name: w === 0 ? 'Big discharge programme' : `Project ${w}: ${words(3)}`,
      description: words(25),
      createdAt: time,
      updatedAt: time,
    };
  });
  const sessions = Array.from({ length: count }, (_, i) => {
    const techniqueId = TECHNIQUES[i % TECHNIQUES.length];
    const created = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 3).toISOString();
    const id = `loop-${String(i).padStart(5, '0')}`;
    return {
      id,
      techniqueId,
      workId: i < bigWork ? 'work-0' : i % 3 === 0 ? '' : `work-${1 + (i % (workCount - 1))}`,
      title: `${pick(['Ward', 'Clinic', 'Theatre'])} ${i} ${pick(['review', 'kick-off', 'retrospect'])}`,
      date: day(i),
      facilitator: pick(['Priya Shah', 'Sam Jones', 'Amira Khan']),
      participants: 'Charge nurse\nPharmacist',
      headcount: null,
      fields: Object.fromEntries((fieldsOf.get(techniqueId) ?? []).map((f) => [f, words(40)])),
      actions: Array.from({ length: 2 }, (_, k) => ({
        id: `${id}-a${k}`,
        what: words(8),
        owner: pick(['Priya', 'Sam', 'Amira', 'Tom']),
        due: day(i + 14),
        done: k === 0,
      })),
      lessons: Array.from({ length: 2 }, (_, k) => {
        const kind = KINDS[(i + k) % 3];
        return {
          id: `${id}-l${k}`,
          text: words(18),
          tags: [pick(['handover', 'safety', 'flow']), 'discharge'],
          ...(kind ? { kind } : {}),
        };
      }),
      createdAt: created,
      updatedAt: created,
      revision: 1,
    };
  });
  return { sessions, works };
}
