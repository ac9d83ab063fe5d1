// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answersBefore,
  chooserHref,
  hasInformation,
  parseAnswers,
  withAnswer,
  withoutLast,
} from '../../src/chooser/answers';
import { QUESTIONS, type Criterion } from '../../src/chooser/questions';
import { KNOWLEDGE_FROM, PURPOSES, WORK_STAGES } from '../../src/content/schema';

describe('answers in the address', () => {
  it.each([
    ['', {}],
    ['want=learn-from-others', { want: 'learn-from-others' }],
    [
      '?stage=about-to-start&want=learn-from-others',
      { stage: 'about-to-start', want: 'learn-from-others' },
    ],
    ['want=no-such-option&stage=under-way', { stage: 'under-way' }],
    ['colour=blue&people=4-10', { people: '4-10' }],
    ['want=review-an-event&want=review-a-project', { want: 'review-an-event' }],
  ])('parses "%s"', (query, expected) => {
    expect(parseAnswers(query)).toEqual(expected);
  });

  it('keeps the order the questions were answered in', () => {
    expect(Object.keys(parseAnswers('time=hour&want=not-sure&stage=ongoing'))).toEqual([
      'time',
      'want',
      'stage',
    ]);
  });

  it('round-trips through the address', () => {
    const answers = { want: 'connect-people', time: 'under-30', stage: 'not-sure' };
    const href = chooserHref(answers);
    expect(href).toBe('/choose?want=connect-people&time=under-30&stage=not-sure');
    expect(parseAnswers(new URL(href, 'http://x').searchParams)).toEqual(answers);
    expect(chooserHref({})).toBe('/choose');
  });

  it('adds an answer last, and moves a question answered again to the end', () => {
    expect(Object.keys(withAnswer({ want: 'not-sure' }, 'stage', 'ongoing'))).toEqual([
      'want',
      'stage',
    ]);
    expect(withAnswer({ want: 'not-sure', stage: 'ongoing' }, 'want', 'connect-people')).toEqual({
      stage: 'ongoing',
      want: 'connect-people',
    });
    expect(
      Object.keys(withAnswer({ want: 'not-sure', stage: 'ongoing' }, 'want', 'connect-people')),
    ).toEqual(['stage', 'want']);
  });

  it('rebuilds the answers before a question, and one step back', () => {
    const answers = { want: 'not-sure', knowledge: 'our-team', stage: 'ongoing' };
    expect(answersBefore(answers, 'knowledge')).toEqual({ want: 'not-sure' });
    expect(answersBefore(answers, 'want')).toEqual({});
    expect(withoutLast(answers)).toEqual({ want: 'not-sure', knowledge: 'our-team' });
    expect(withoutLast({})).toEqual({});
  });

  it('knows when the answers say nothing', () => {
    expect(hasInformation({})).toBe(false);
    expect(hasInformation(Object.fromEntries(QUESTIONS.map((q) => [q.id, 'not-sure'])))).toBe(
      false,
    );
    expect(hasInformation({ want: 'not-sure', setting: 'online' })).toBe(true);
  });
});

describe('the questions', () => {
  it('cover what the chooser must ask, each with "Not sure"', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([
      'want',
      'stage',
      'knowledge',
      'people',
      'time',
      'setting',
      'format',
    ]);
    for (const q of QUESTIONS) {
      expect(q.options.at(-1)).toMatchObject({ id: 'not-sure', label: 'Not sure' });
      expect(q.options.at(-1)?.criterion).toBeUndefined();
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
    }
  });

  it('offer every purpose, stage and source of knowledge a technique can have', () => {
    const criteria = QUESTIONS.flatMap((q) => q.options).flatMap((o) =>
      o.criterion ? [o.criterion] : [],
    );
    const values = <K extends Criterion['kind']>(
      kind: K,
      pick: (c: Extract<Criterion, { kind: K }>) => string,
    ) =>
      criteria
        .filter((c): c is Extract<Criterion, { kind: K }> => c.kind === kind)
        .map(pick)
        .sort();
    expect(values('purpose', (c) => c.purpose)).toEqual([...PURPOSES].sort());
    expect(values('stage', (c) => c.stage)).toEqual([...WORK_STAGES].sort());
    const sources = criteria.flatMap((c) => (c.kind === 'knowledge' ? [...c.from] : []));
    expect([...new Set(sources)].sort()).toEqual([...KNOWLEDGE_FROM].sort());
    expect(values('setting', (c) => c.setting)).toEqual(['hybrid', 'inPerson', 'online']);
  });
});
