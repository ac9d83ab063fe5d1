// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withAnswer, type Answers } from '../../src/chooser/answers';
import { askNext, refineQuestions } from '../../src/chooser/next-question';
import { getOption, getQuestion, QUESTIONS, type QuestionId } from '../../src/chooser/questions';
import {
  adviceFor,
  adviceKey,
  rankTechniques,
  scoreTechniques,
  worthReading,
} from '../../src/chooser/rank';
import { techniques } from '../../src/content/catalog';
import type { TechniqueCard } from '../../src/content/types';
import { card } from './fixtures';

const want = QUESTIONS[0].options.filter((o) => o.criterion).map((o) => o.id);
const said = (q: QuestionId, id: string) => getOption(getQuestion(q)!, id)!.said!;
const topOf = (answers: Answers) => rankTechniques(techniques, answers)[0];

describe('refining the suggestion', () => {
  it('shows a suggestion after one answer, and offers questions that refine it', () => {
    for (const id of want) {
      const next = askNext(techniques, { want: id });
      if (next) expect(next.refines).toBe(true);
    }
    expect(refineQuestions(techniques, { want: 'learn-from-others' }).map((q) => q.id)).toEqual(
      expect.arrayContaining(['time', 'setting']),
    );
  });

  it('adapts the order to the answers so far', () => {
    const orders = new Set(
      want.map((id) =>
        refineQuestions(techniques, { want: id })
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(3);
  });

  // Every path the app can take, from each first answer: each question offered must have an answer
  // that changes the pick or the advice, and every reason must name one of the person's answers.
  // Checked at every point of every path (each point once: the paths share their beginnings).
  function walkAll(visit: (answers: Answers, offered: QuestionId | undefined) => void) {
    let leaves = 0;
    const walk = (answers: Answers) => {
      const question = askNext(techniques, answers)?.question;
      visit(answers, question?.id);
      if (!question) return void (leaves += 1);
      for (const option of question.options) walk(withAnswer(answers, question.id, option.id));
    };
    for (const id of want) walk({ want: id });
    return leaves;
  }

  const changesPickOrAdvice = (before: Answers, q: QuestionId) => {
    const now = scoreTechniques(techniques, before);
    return getQuestion(q)!.options.some((o) => {
      if (!o.criterion) return false;
      const next = withAnswer(before, q, o.id);
      const scored = scoreTechniques(techniques, next);
      return (
        scored[0].technique.id !== now[0].technique.id ||
        adviceKey(scored, next) !== adviceKey(now, before)
      );
    });
  };

  it('on every path, offers only questions that could change the pick or the advice, and gives reasons only from the answers given', () => {
    let offered = 0;
    const leaves = walkAll((answers, q) => {
      if (q) {
        offered += 1;
        expect(changesPickOrAdvice(answers, q), `${q} after ${JSON.stringify(answers)}`).toBe(true);
      }
      for (const r of rankTechniques(techniques, answers).slice(0, 3)) {
        for (const reason of r.reasons) {
          const id = answers[reason.question];
          expect(id, reason.text).toBeDefined();
          expect(reason.text.startsWith(`${said(reason.question, id!)}: `), reason.text).toBe(true);
        }
        if (r.whyNot && !r.whyNot.startsWith('Fits your answers'))
          expect(
            Object.entries(answers).some(([question, id]) => {
              const option = getOption(getQuestion(question)!, id!);
              return option?.said && r.whyNot.startsWith(option.said);
            }),
            r.whyNot,
          ).toBe(true);
      }
    });
    expect(leaves).toBeGreaterThan(1000);
    expect(offered).toBeGreaterThan(1000);
  }, 120_000);

  it('says nothing of a question never asked', () => {
    const first = topOf({ want: 'capture-expert-knowledge' });
    expect(first.reasons.map((r) => r.question)).toEqual(['want']);
  });

  it('shows suggestions after the first only when they fit well enough, else says it is a clear fit', () => {
    expect(worthReading(rankTechniques(techniques, { want: 'learn-from-others' }))).toEqual([]);
    expect(
      worthReading(rankTechniques(techniques, { want: 'explore-a-topic' })).map(
        (r) => r.technique.id,
      ),
    ).toContain('knowledge-cafe');
  });
});

describe('variants for constraints outside the usual range', () => {
  const adviceOn = (answers: Answers) => adviceFor(rankTechniques(techniques, answers), answers);

  it('offers the short online Peer Assist for 20 minutes online, and not for an hour', () => {
    const short = { want: 'learn-from-others', time: 'under-30', setting: 'online' };
    expect(topOf(short).technique.id).toBe('peer-assist');
    expect(adviceOn(short).variant?.id).toBe('short-online');
    expect(adviceOn(short).outside[0].text).toMatch(
      /You have 15 to 30 minutes: .*45 minutes to 8 hours/,
    );
    const hour = { want: 'learn-from-others', time: 'hour', setting: 'online' };
    expect(adviceOn(hour).variant).toBeUndefined();
    expect(adviceOn(hour).outside).toEqual([]);
    expect(adviceOn({ ...short, setting: 'in-person' }).variant?.id).toBe('short-in-person');
  });

  it('offers the large-group café above 50 people, and not for 11 to 30', () => {
    const big = { want: 'explore-a-topic', people: '80-plus', setting: 'online' };
    expect(topOf(big).technique.id).toBe('knowledge-cafe');
    expect(adviceOn(big).variant?.id).toBe('large-group');
    expect(adviceOn(big).outside[0].text).toMatch(/more than 80 people.*12 to 50 people/);
    const small = { want: 'explore-a-topic', people: '11-30', setting: 'online' };
    expect(adviceOn(small).variant?.id).not.toBe('large-group');
    expect(adviceOn(small).outside).toEqual([]);
  });

  it('puts Fishbowl first for a few speakers before a large audience, with its large-audience version', () => {
    const panel = { want: 'explore-a-topic', people: '80-plus', format: 'few-speak-many-listen' };
    expect(topOf(panel).technique.id).toBe('fishbowl');
    expect(adviceOn(panel).variant?.id).toBe('large-audience');
    const few = { want: 'explore-a-topic', people: '11-30', format: 'few-speak-many-listen' };
    expect(adviceOn(few).variant?.id).not.toBe('large-audience');
    expect(adviceOn({ ...panel, setting: 'online' }).variant?.id).toBe('online');
  });

  it('offers the huddle AAR under 15 minutes, and not for an hour', () => {
    expect(adviceOn({ want: 'review-an-event', time: 'under-15' }).variant?.id).toBe('huddle');
    expect(adviceOn({ want: 'review-an-event', time: 'hour' }).variant).toBeUndefined();
  });

  it('says which technique suits a constraint better when no variant covers it', () => {
    const only: TechniqueCard = card({
      id: 'long',
      purposes: ['review-an-event'],
      duration: { min: 240, max: 480 },
    });
    const other: TechniqueCard = card({
      id: 'short',
      purposes: ['package-knowledge'],
      duration: { min: 10, max: 30 },
    });
    const answers = { want: 'review-an-event', time: 'under-30' };
    const advice = adviceFor(rankTechniques([only, other], answers), answers);
    expect(advice.outside[0].text).toMatch(
      /^You have 15 to 30 minutes: that is outside the usual range/,
    );
    expect(advice.instead?.technique.id).toBe('short');
    expect(advice.instead?.text).toMatch(/^You have 15 to 30 minutes: short suits that better/);
  });
});
