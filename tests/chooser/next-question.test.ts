// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withAnswer, type Answers } from '../../src/chooser/answers';
import {
  CLEAR_LEAD,
  MAX_NOT_SURE,
  estimateTotal,
  isClearlyAhead,
  nextQuestion,
  usefulQuestions,
} from '../../src/chooser/next-question';
import { NOT_SURE, QUESTIONS } from '../../src/chooser/questions';
import { factsAbout, MAX_READINESS, rankTechniques, scoreTechniques } from '../../src/chooser/rank';
import { techniques } from '../../src/content/catalog';
import { card } from './fixtures';
import { allPaths, followChooser, median } from './paths';
import { SITUATIONS } from './situations';

const topOf = (answers: Answers, list = techniques) =>
  scoreTechniques(list, answers)[0].technique.id;

describe('nextQuestion', () => {
  it('first asks what you want: it separates the techniques best', () => {
    expect(nextQuestion(techniques, {})?.id).toBe('want');
  });

  it.each(SITUATIONS)(
    'reaches the same suggestion by the adaptive path: $situation',
    ({ answers, expected }) => {
      const path = followChooser(techniques, answers);
      expect(topOf(path.answers)).toBe(expected);
      // The suggestion shows after the first answer; the rest refine it, each at most once.
      expect(path.asked[0]).toBe('want');
      expect(new Set(path.asked).size).toBe(path.asked.length);
    },
  );

  it('stops as soon as one technique is clearly ahead', () => {
    const answers = { want: 'learn-from-others' };
    const [first, second] = scoreTechniques(techniques, answers);
    expect(first.score - second.score).toBeGreaterThanOrEqual(CLEAR_LEAD);
    expect(isClearlyAhead(techniques, answers)).toBe(true);
    expect(nextQuestion(techniques, answers)).toBeUndefined();
  });

  it('keeps asking while techniques are close, with the question that separates them', () => {
    const answers = { want: 'connect-people' };
    expect(isClearlyAhead(techniques, answers)).toBe(false);
    const question = nextQuestion(techniques, answers)!;
    const leaders = new Set(
      question.options.map((o) => topOf(withAnswer(answers, question.id, o.id))),
    );
    expect(leaders.size).toBeGreaterThan(1);
  });

  it(`stops after ${MAX_NOT_SURE} "Not sure" answers and still explains its suggestion`, () => {
    const answers = { want: NOT_SURE, stage: NOT_SURE };
    expect(nextQuestion(techniques, { want: NOT_SURE })).toBeDefined();
    expect(nextQuestion(techniques, answers)).toBeUndefined();
    const [first, ...rest] = rankTechniques(techniques, answers);
    // No answer said anything, so no reasons: the result says what the technique is like instead.
    expect(first.reasons).toEqual([]);
    expect(factsAbout(first.technique).length).toBeGreaterThan(0);
    expect(rest.every((r) => r.whyNot.length > 0)).toBe(true);
  });

  it('never asks a question twice, nor one whose answers cannot change the suggestion', () => {
    for (const { answers } of allPaths(techniques)) {
      const keys = Object.keys(answers);
      expect(new Set(keys).size).toBe(keys.length);
      // Replay the path: each question asked could have changed which technique came first.
      let before: Answers = {};
      for (const id of keys as (keyof Answers)[]) {
        const question = nextQuestion(techniques, before)!;
        expect(question.id).toBe(id);
        const leader = topOf(before);
        const changes = question.options.some((o) => {
          const scored = scoreTechniques(techniques, withAnswer(before, question.id, o.id));
          const old = scored.find((s) => s.technique.id === leader)!;
          return scored[0].technique.id !== leader && scored[0].score - old.score > MAX_READINESS;
        });
        expect(changes).toBe(true);
        before = withAnswer(before, id, answers[id]!);
      }
    }
  });

  it('skips a question on which every technique is the same', () => {
    const a = card({ id: 'a', purposes: ['review-an-event'], duration: { min: 10, max: 30 } });
    const b = card({ id: 'b', purposes: ['review-an-event'], duration: { min: 120, max: 240 } });
    const c = card({ id: 'c', purposes: ['package-knowledge'] });
    // All three share settings and group size, so those questions cannot separate a from b; time can.
    expect(usefulQuestions([a, b, c], { want: 'review-an-event' }).map((q) => q.id)).toEqual([
      'time',
    ]);
    expect(nextQuestion([a, b, c], { want: 'review-an-event' })?.id).toBe('time');
    expect(nextQuestion([a, b, c], { want: 'review-an-event', time: 'under-30' })).toBeUndefined();
  });

  it('asks each question at most once on any path of question steps, 5 or fewer at the median', () => {
    // Question steps alone, as asked while no answer says anything (the app then shows the result).
    const counts = allPaths(techniques).map((p) => p.asked.length);
    expect(median(counts)).toBeLessThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(QUESTIONS.length);
  });

  it('gives the same next question for the same answers', () => {
    for (const { answers } of allPaths(techniques).slice(0, 40)) {
      expect(nextQuestion(techniques, answers)?.id).toBe(
        nextQuestion(techniques, { ...answers })?.id,
      );
    }
  });
});

describe('estimateTotal', () => {
  it('counts the questions asked, this one, and the likely rest', () => {
    expect(estimateTotal(techniques, {})).toBeGreaterThanOrEqual(1);
    const afterNotSure = estimateTotal(techniques, { want: NOT_SURE });
    expect(afterNotSure).toBeGreaterThanOrEqual(2);
    expect(afterNotSure).toBeLessThanOrEqual(4);
  });

  it('is never more than the most questions a path from here can take', () => {
    for (const start of [{}, { want: NOT_SURE }, { want: 'connect-people' }] as Answers[]) {
      const longest = Math.max(
        ...allPaths(techniques, start).map((p) => Object.keys(p.answers).length),
      );
      expect(estimateTotal(techniques, start)).toBeLessThanOrEqual(longest);
    }
  });
});
