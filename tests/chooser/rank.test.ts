// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withAnswer, type Answers } from '../../src/chooser/answers';
import { QUESTIONS, NOT_SURE, type QuestionId } from '../../src/chooser/questions';
import { factsAbout, MAX_READINESS, rankTechniques } from '../../src/chooser/rank';
import { techniques } from '../../src/content/catalog';
import { card } from './fixtures';
import { allPaths } from './paths';
import { SITUATIONS } from './situations';

const ids = (answers: Answers, list = techniques) =>
  rankTechniques(list, answers).map((r) => r.technique.id);
const top = (answers: Answers) => ids(answers)[0];
const everyNotSure: Answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, NOT_SURE]));

describe('rankTechniques on the real catalogue', () => {
  it('has a situation for every technique', () => {
    expect(SITUATIONS.map((s) => s.expected).sort()).toEqual(techniques.map((t) => t.id).sort());
  });

  it.each(SITUATIONS)('$situation → $expected', ({ answers, expected }) => {
    expect(top(answers)).toBe(expected);
  });

  it('returns every technique once, with a score, best first', () => {
    const ranked = rankTechniques(techniques, SITUATIONS[0].answers);
    expect(ranked.map((r) => r.technique.id).sort()).toEqual(techniques.map((t) => t.id).sort());
    const scores = ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives reasons drawn from the answers', () => {
    const peerAssist = SITUATIONS.find((s) => s.expected === 'peer-assist')!;
    const [first] = rankTechniques(techniques, peerAssist.answers);
    expect(first.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        'You want to learn from people who have done it before: it is made for that',
        'Your work is about to start: it is made for that stage',
        "You need another team's experience: it draws on that",
        'You expect 4 to 10 people: it suits 4 to 12 people',
        'You have one to two hours: it usually takes 45 minutes to 8 hours',
      ]),
    );
  });

  it.each(SITUATIONS)('explains why not each of the others for: $situation', ({ answers }) => {
    const [first, ...rest] = rankTechniques(techniques, answers);
    expect(first.whyNot).toBe('');
    for (const r of rest) {
      expect(r.whyNot).toMatch(/^[A-Z].{8,200}[^.]$/);
      expect(r.whyNot).not.toMatch(/undefined|NaN/);
    }
  });

  it('gives the same result for the same answers, whatever the order of the techniques or the answers', () => {
    const answers = SITUATIONS[7].answers;
    const reversed = Object.fromEntries(Object.entries(answers).reverse()) as Answers;
    expect(rankTechniques(techniques, answers)).toEqual(rankTechniques(techniques, answers));
    expect(ids(reversed, [...techniques].reverse())).toEqual(ids(answers));
  });

  it('with "Not sure" everywhere, suggests a technique that is easy to run at no notice, and says so', () => {
    const [first, ...rest] = rankTechniques(techniques, everyNotSure);
    expect(first.technique.difficulty).toBe('easy');
    expect(first.technique.leadTimeDays.min).toBe(0);
    // Nothing was answered, so there is no reason to give: what it is like is shown as facts.
    expect(first.reasons).toEqual([]);
    expect(factsAbout(first.technique)).toEqual(
      expect.arrayContaining(['easy to run', 'can run today']),
    );
    for (const r of rest) expect(r.whyNot).toMatch(/^Fits /);
  });

  it('treats "Not sure" as no answer', () => {
    expect(ids(everyNotSure)).toEqual(ids({}));
    expect(ids({ want: 'review-an-event', people: NOT_SURE })).toEqual(
      ids({ want: 'review-an-event' }),
    );
  });

  it('every technique comes first on some path through the chooser', () => {
    const firsts = new Set(allPaths(techniques).map((p) => top(p.answers)));
    expect([...firsts].sort()).toEqual(techniques.map((t) => t.id).sort());
  });

  describe('no dead options', () => {
    // Answer sets to try each option against: none, and each single answer to another question.
    const contexts = (skip: QuestionId): Answers[] => [
      {},
      ...QUESTIONS.filter((q) => q.id !== skip).flatMap((q) =>
        q.options.map((o) => ({ [q.id]: o.id }) as Answers),
      ),
    ];
    const options = QUESTIONS.flatMap((q) =>
      q.options.filter((o) => o.criterion).map((o) => ({ question: q.id, option: o.id })),
    );

    it.each(options)(
      '$question = $option changes the ranking for some answers',
      ({ question, option }) => {
        const changes = contexts(question).some(
          (a) => ids(withAnswer(a, question, option)).join() !== ids(a).join(),
        );
        expect(changes).toBe(true);
      },
    );

    it.each(options)(
      '$question = $option changes the suggestion for some answers',
      ({ question, option }) => {
        const pairs = contexts(question).flatMap((a) => [
          a,
          ...contexts(question).map((b) => ({ ...a, ...b })),
        ]);
        expect(pairs.some((a) => top(withAnswer(a, question, option)) !== top(a))).toBe(true);
      },
    );
  });
});

describe('rankTechniques on made-up techniques', () => {
  const pairs = card({ id: 'pairs', groupSize: { min: 2, max: 3 } });
  const crowd = card({ id: 'crowd', groupSize: { min: 20, max: 200 } });

  it('puts first the technique whose group size fits', () => {
    expect(ids({ people: '80-plus' }, [pairs, crowd])[0]).toBe('crowd');
    expect(ids({ people: '2-3' }, [pairs, crowd])[0]).toBe('pairs');
  });

  it('counts everyone taking part, for techniques that run as many small meetings', () => {
    const coffee = card({
      id: 'coffee',
      groupSize: { min: 2, max: 4 },
      peopleInAll: { min: 4, max: 1000 },
    });
    const [first] = rankTechniques([pairs, coffee], { people: '80-plus' });
    expect(first.technique.id).toBe('coffee');
    expect(first.reasons.map((r) => r.text)).toContain(
      'You expect more than 80 people: it suits 4 to 1,000 people in all, 2 to 4 at a time',
    );
  });

  it('says why not in terms of the technique itself', () => {
    const [, second] = rankTechniques([pairs, crowd], { people: '80-plus' });
    expect(second.whyNot).toBe('You expect more than 80 people, but it is made for 2 to 3 people');
    const long = card({ id: 'long', duration: { min: 240, max: 480 } });
    const short = card({ id: 'short', duration: { min: 10, max: 30 } });
    expect(rankTechniques([long, short], { time: 'under-30' })[1].whyNot).toBe(
      'You have 15 to 30 minutes, but it takes at least 4 hours',
    );
    const roomOnly = card({
      id: 'room',
      settings: { inPerson: 'good', online: 'possible', hybrid: 'poor' },
    });
    expect(rankTechniques([roomOnly, short], { setting: 'hybrid' })[1].whyNot).toBe(
      'Your meeting will be hybrid, but it works poorly in a hybrid meeting',
    );
  });

  it('lets what you want outweigh every practical answer put together', () => {
    const wanted = card({
      id: 'wanted',
      purposes: ['review-an-event'],
      workStages: ['just-finished'],
      groupSize: { min: 2, max: 3 },
      duration: { min: 240, max: 480 },
      settings: { inPerson: 'good', online: 'poor', hybrid: 'poor' },
    });
    const handy = card({
      id: 'handy',
      purposes: ['package-knowledge'],
      workStages: ['under-way'],
      groupSize: { min: 20, max: 200 },
      duration: { min: 10, max: 30 },
    });
    expect(
      ids({ want: 'review-an-event', people: '80-plus', time: 'under-30', setting: 'online' }, [
        wanted,
        handy,
      ])[0],
    ).toBe('wanted');
  });

  it('breaks ties by how ready a technique is to use, by less than any answer can move it', () => {
    const easy = card({ id: 'z-easy', difficulty: 'easy', leadTimeDays: { min: 0, max: 1 } });
    const hard = card({ id: 'a-hard', difficulty: 'skilled' });
    expect(ids({}, [hard, easy])).toEqual(['z-easy', 'a-hard']);
    const ranked = rankTechniques([hard, easy], {});
    expect(ranked[0].score - ranked[1].score).toBeLessThanOrEqual(MAX_READINESS);
    expect(ranked[1].whyNot).toBe(
      'Fits your answers as well, but needs a more practised facilitator than z-easy',
    );
  });
});

describe('the chooser modules', () => {
  it('name no technique: the questions and the technique data are all they know', () => {
    const source = readdirSync('src/chooser')
      .map((f) => readFileSync(`src/chooser/${f}`, 'utf8'))
      .join('\n');
    for (const t of techniques) {
      expect(source).not.toContain(t.id);
      expect(source).not.toContain(t.title);
    }
  });
});
