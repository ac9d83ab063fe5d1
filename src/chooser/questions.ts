/**
 * The chooser's questions as data. Each option names the technique attributes it points to; the
 * wording of reasons and "why not" lines comes from here too, so the scoring knows nothing else.
 */
import type { TechniqueCard } from '../content/types';

export type Purpose = TechniqueCard['purposes'][number];
export type WorkStage = TechniqueCard['workStages'][number];
export type KnowledgeSource = TechniqueCard['knowledgeFrom'][number];
export type Setting = keyof TechniqueCard['settings'];
export type Format = NonNullable<
  NonNullable<TechniqueCard['variants']>[number]['suits']['formats']
>[number];

/** What an answer asks of a technique. An option without one ("Not sure") asks nothing. */
export type Criterion =
  /** `related` purposes count for part of a match: they serve a neighbouring need. */
  | { kind: 'purpose'; purpose: Purpose; related: readonly Purpose[] }
  | { kind: 'stage'; stage: WorkStage }
  /** Any of these sources (a peer group's experience is its members' own, from more than one team). */
  | { kind: 'knowledge'; from: readonly KnowledgeSource[] }
  | { kind: 'people'; min: number; max: number }
  | { kind: 'minutes'; min: number; max: number }
  | { kind: 'setting'; setting: Setting }
  | { kind: 'format'; format: Format };

export interface Option {
  id: string;
  label: string;
  hint?: string;
  criterion?: Criterion;
  /** The answer in the person's own terms, to open a reason or a "why not" line ("You have about an hour"). */
  said?: string;
  /** Describes a technique that has this attribute, for "why not" lines ("another team's experience"). */
  describes?: string;
}

export type QuestionId = 'want' | 'stage' | 'knowledge' | 'people' | 'time' | 'setting' | 'format';

export interface Question {
  id: QuestionId;
  prompt: string;
  help: string;
  /** How much a match on this question counts. What you want matters most; practicalities least. */
  weight: number;
  options: readonly Option[];
}

export const NOT_SURE = 'not-sure';
const notSure: Option = { id: NOT_SURE, label: 'Not sure' };

function want(purpose: Purpose, label: string, describes: string, related: Purpose[] = []): Option {
  return {
    id: purpose,
    label,
    criterion: { kind: 'purpose', purpose, related },
    said: `You want to ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    describes,
  };
}

function people(min: number, max: number, label: string): Option {
  return {
    id: max >= 1000 ? `${min - 1}-plus` : `${min}-${max}`,
    label,
    criterion: { kind: 'people', min, max },
    said: `You expect ${label.charAt(0).toLowerCase()}${label.slice(1)} people`,
  };
}

function minutes(min: number, max: number, label: string, said: string): Option {
  const id =
    max <= 15
      ? 'under-15'
      : max <= 30
        ? 'under-30'
        : max <= 75
          ? 'hour'
          : max <= 120
            ? 'two-hours'
            : 'half-day';
  return { id, label, criterion: { kind: 'minutes', min, max }, said };
}

function setting(id: string, label: string, where: Setting, describes: string): Option {
  return {
    id,
    label,
    criterion: { kind: 'setting', setting: where },
    said: where === 'hybrid' ? 'Your meeting will be hybrid' : `You will meet ${describes}`,
    describes,
  };
}

function format(id: Format, label: string, hint: string | undefined, said: string): Option {
  return { id, label, ...(hint && { hint }), criterion: { kind: 'format', format: id }, said };
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'want',
    prompt: 'What do you most want to do?',
    help: 'Pick the one that matters most today.',
    weight: 10,
    options: [
      want(
        'learn-from-others',
        'Learn from people who have done it before',
        'learning from people who have done it before',
        ['agree-aims-and-risks'],
      ),
      want(
        'agree-aims-and-risks',
        'Agree the aim, what success looks like and the risks',
        'agreeing the aim and the risks',
        ['learn-from-others'],
      ),
      want(
        'build-on-what-works',
        'Find and build on what already works well',
        'building on what already works',
      ),
      want(
        'review-an-event',
        'Review an event, shift or task soon after it',
        'reviewing an event soon after it',
        ['review-a-project'],
      ),
      want(
        'review-a-project',
        'Review a whole project or phase at its end',
        'reviewing a whole project at its end',
        ['review-an-event'],
      ),
      want(
        'capture-expert-knowledge',
        'Capture what someone knows before they leave',
        'capturing what one person knows',
        ['package-knowledge'],
      ),
      want(
        'connect-people',
        'Connect people who would not otherwise meet',
        'connecting people who would not otherwise meet',
        ['keep-a-group-learning'],
      ),
      want(
        'explore-a-topic',
        'Explore a topic or question together',
        'exploring a topic together',
        ['connect-people'],
      ),
      want(
        'solve-members-problems',
        'Help each person work through a problem of their own',
        "working through members' own problems",
        ['keep-a-group-learning'],
      ),
      want(
        'assess-knowledge-use',
        'Assess how well we use evidence and knowledge',
        'assessing how well a team uses knowledge',
        ['agree-aims-and-risks'],
      ),
      want(
        'keep-a-group-learning',
        'Keep a group learning together over time',
        'keeping a group learning over months or years',
        ['connect-people', 'solve-members-problems'],
      ),
      want(
        'package-knowledge',
        'Package knowledge so others can find and reuse it',
        'packaging knowledge for others to reuse',
        ['capture-expert-knowledge'],
      ),
      notSure,
    ],
  },
  {
    id: 'stage',
    prompt: 'Where is the work?',
    help: 'Think of the piece of work, project or service this is for.',
    weight: 3,
    options: [
      {
        id: 'about-to-start',
        label: 'About to start',
        hint: 'You are planning it or starting soon',
        criterion: { kind: 'stage', stage: 'about-to-start' },
        said: 'Your work is about to start',
        describes: 'before the work starts',
      },
      {
        id: 'under-way',
        label: 'Under way',
        hint: 'It has started and is going on now',
        criterion: { kind: 'stage', stage: 'under-way' },
        said: 'Your work is under way',
        describes: 'while the work is under way',
      },
      {
        id: 'just-finished',
        label: 'Just finished',
        hint: 'An event, task or project has just ended',
        criterion: { kind: 'stage', stage: 'just-finished' },
        said: 'Your work has just finished',
        describes: 'just after the work ends',
      },
      {
        id: 'ongoing',
        label: 'Ongoing, not one piece of work',
        hint: 'Everyday practice, a service or a network',
        criterion: { kind: 'stage', stage: 'ongoing' },
        said: 'Your work is ongoing, not one project',
        describes: 'for ongoing work, not one project',
      },
      notSure,
    ],
  },
  {
    id: 'knowledge',
    prompt: 'Whose knowledge do you need?',
    help: 'Where the experience you want to draw on sits.',
    weight: 3,
    options: [
      {
        id: 'our-team',
        label: 'Our own team',
        criterion: { kind: 'knowledge', from: ['our-team'] },
        said: "You need your own team's experience",
        describes: "the team's own experience",
      },
      {
        id: 'another-team',
        label: 'Another team that has done it before',
        criterion: { kind: 'knowledge', from: ['another-team'] },
        said: "You need another team's experience",
        describes: "another team's experience",
      },
      {
        id: 'peer-group',
        label: 'A peer group that is not one team',
        hint: 'People in similar roles from different teams or trusts',
        // A peer group learns from its own members' experience, drawn from many places.
        criterion: { kind: 'knowledge', from: ['our-team', 'many-people'] },
        said: "You need a peer group's experience",
        describes: "a peer group's experience",
      },
      {
        id: 'one-expert',
        label: 'One person who knows a lot',
        hint: 'An expert, or someone about to leave',
        criterion: { kind: 'knowledge', from: ['one-expert'] },
        said: 'You need what one person knows',
        describes: "one person's know-how",
      },
      {
        id: 'many-people',
        label: 'Many people across the organisation',
        criterion: { kind: 'knowledge', from: ['many-people'] },
        said: "You need many people's knowledge",
        describes: "many people's knowledge",
      },
      notSure,
    ],
  },
  {
    id: 'people',
    prompt: 'How many people will take part?',
    help: 'Count everyone, in all. Some techniques run as many small meetings.',
    weight: 2,
    options: [
      people(2, 3, '2 or 3'),
      people(4, 10, '4 to 10'),
      people(11, 30, '11 to 30'),
      people(31, 80, '31 to 80'),
      { ...people(81, 300, 'More than 80'), id: '80-plus', said: 'You expect more than 80 people' },
      notSure,
    ],
  },
  {
    id: 'time',
    prompt: 'How long can people meet each time?',
    help: 'One meeting, or one conversation where people meet in pairs without organising meetings. Not the preparation.',
    weight: 2,
    options: [
      minutes(5, 15, 'Under 15 minutes', 'You have under 15 minutes'),
      minutes(15, 30, '15 to 30 minutes', 'You have 15 to 30 minutes'),
      minutes(45, 75, 'About an hour', 'You have about an hour'),
      minutes(90, 120, 'One to two hours', 'You have one to two hours'),
      minutes(180, 480, 'Half a day or more', 'You have half a day or more'),
      notSure,
    ],
  },
  {
    id: 'setting',
    prompt: 'Where will you meet?',
    help: 'Hybrid means some people in the room and some on a call.',
    weight: 1.5,
    options: [
      setting('in-person', 'In person', 'inPerson', 'in person'),
      setting('online', 'Online, on a video call', 'online', 'online'),
      setting('hybrid', 'Hybrid', 'hybrid', 'in a hybrid meeting'),
      notSure,
    ],
  },
  {
    id: 'format',
    prompt: 'How will people take part?',
    help: 'The shape of the talk on the day.',
    weight: 2,
    options: [
      format(
        'few-speak-many-listen',
        'A few speak while many listen',
        'The audience may join in',
        'A few will speak while many listen',
      ),
      format(
        'small-groups',
        'In small groups at the same time',
        undefined,
        'People will talk in small groups',
      ),
      format(
        'one-group',
        'All together in one conversation',
        undefined,
        'Everyone will talk as one group',
      ),
      format('pairs', 'In pairs or threes', undefined, 'People will meet in pairs or threes'),
      notSure,
    ],
  },
];

export function getQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

export function getOption(question: Question, id: string): Option | undefined {
  return question.options.find((o) => o.id === id);
}
