/** Realistic situations, each written out as a facilitator would say it, with their answers and the technique they should get. */
import type { Answers } from '../../src/chooser/answers';

export interface Situation {
  situation: string;
  answers: Answers;
  expected: string;
}

export const SITUATIONS: readonly Situation[] = [
  {
    situation:
      'A library manager wants the senior nursing team of ten to check how well they use evidence and knowledge, in an hour together, before they set next year’s priorities.',
    answers: {
      want: 'assess-knowledge-use',
      stage: 'about-to-start',
      knowledge: 'our-team',
      people: '4-10',
      time: 'hour',
      setting: 'in-person',
    },
    expected: 'self-assessment',
  },
  {
    situation:
      'A ward team of eight is about to redesign its discharge process and wants two hours on a video call with a team at another hospital that has already done it.',
    answers: {
      want: 'learn-from-others',
      stage: 'about-to-start',
      knowledge: 'another-team',
      people: '4-10',
      time: 'two-hours',
      setting: 'online',
    },
    expected: 'peer-assist',
  },
  {
    situation:
      'A project team opens a new clinic on Monday and has 30 minutes, some in the room and some on a call, to agree what success looks like and what could go wrong.',
    answers: {
      want: 'agree-aims-and-risks',
      stage: 'about-to-start',
      knowledge: 'our-team',
      people: '4-10',
      time: 'under-30',
      setting: 'hybrid',
    },
    expected: 'before-action-review',
  },
  {
    situation:
      'A directorate wants 40 staff to spend half a day in person finding out what its best wards do well, so that others can build on it.',
    answers: {
      want: 'build-on-what-works',
      stage: 'ongoing',
      knowledge: 'many-people',
      people: '31-80',
      time: 'half-day',
      setting: 'in-person',
    },
    expected: 'appreciative-enquiry',
  },
  {
    situation:
      'Straight after a major incident exercise, the twelve staff who took part have 20 minutes in the room to review what happened.',
    answers: {
      want: 'review-an-event',
      stage: 'just-finished',
      knowledge: 'our-team',
      people: '11-30',
      time: 'under-30',
      setting: 'in-person',
    },
    expected: 'after-action-review',
  },
  {
    situation:
      'Our 12-month electronic records project has just ended, and the project team of eight has booked half a day to capture lessons for future projects.',
    answers: {
      want: 'review-a-project',
      stage: 'just-finished',
      knowledge: 'our-team',
      people: '4-10',
      time: 'half-day',
      setting: 'in-person',
    },
    expected: 'retrospect',
  },
  {
    situation:
      'A senior biomedical scientist retires in two months, and her manager wants an hour with her to capture how she makes calibration decisions.',
    answers: {
      want: 'capture-expert-knowledge',
      stage: 'ongoing',
      knowledge: 'one-expert',
      people: '2-3',
      time: 'hour',
      setting: 'in-person',
    },
    expected: 'knowledge-harvesting',
  },
  {
    situation:
      'An organiser wants 60 staff across three hospital sites, who never normally meet, to get to know each other over short chats, in person or by video.',
    answers: {
      want: 'connect-people',
      stage: 'ongoing',
      knowledge: 'many-people',
      people: '31-80',
      time: 'under-30',
      setting: 'not-sure',
    },
    expected: 'randomised-coffee-trials',
  },
  {
    situation:
      'A trust wants 25 people from different services to talk openly together about how to cut waiting times, in a two-hour session in a big room.',
    answers: {
      want: 'explore-a-topic',
      stage: 'under-way',
      knowledge: 'many-people',
      people: '11-30',
      time: 'two-hours',
      setting: 'in-person',
      format: 'small-groups',
    },
    expected: 'knowledge-cafe',
  },
  {
    situation:
      'Infection prevention nurses from across the region want to keep learning from each other over the coming years, meeting online for an hour at a time.',
    answers: {
      want: 'keep-a-group-learning',
      stage: 'ongoing',
      knowledge: 'many-people',
      people: '11-30',
      time: 'hour',
      setting: 'online',
    },
    expected: 'communities-of-practice',
  },
  {
    situation:
      'Six new team leaders each want help to work through a hard problem of their own, meeting every month for a morning.',
    answers: {
      want: 'solve-members-problems',
      stage: 'ongoing',
      knowledge: 'our-team',
      people: '4-10',
      time: 'half-day',
      setting: 'in-person',
    },
    expected: 'action-learning-sets',
  },
  {
    situation:
      'A team finishing a digital rollout wants to turn what it learned into a guide the next site can find and reuse, working on it online for a couple of hours.',
    answers: {
      want: 'package-knowledge',
      stage: 'just-finished',
      knowledge: 'our-team',
      people: '4-10',
      time: 'two-hours',
      setting: 'online',
    },
    expected: 'knowledge-assets',
  },
  {
    situation:
      'A medical director wants 60 staff in the hall to hear a frank discussion between clinicians and managers about a sensitive change, in a meeting of about an hour.',
    answers: {
      want: 'explore-a-topic',
      stage: 'under-way',
      knowledge: 'many-people',
      people: '31-80',
      time: 'hour',
      setting: 'in-person',
    },
    expected: 'fishbowl',
  },
];
