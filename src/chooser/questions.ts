/**
 * The chooser's questions as data. Each option names the technique attributes it points to; the
 * wording of reasons and "why not" lines comes from here too, so the scoring knows nothing else.
 */
import type { TechniqueCard } from '../content/types';

export type Purpose = TechniqueCard['purposes'][number];
export type WorkStage = TechniqueCard['workStages'][number];
export type KnowledgeSource = TechniqueCard['knowledgeFrom'][number];
export type Setting = keyof TechniqueCard['settings'];

/** What an answer asks of a technique. An option without one ("Not sure") asks nothing. */
export type Criterion =
  /** `related` purposes count for part of a match: they serve a neighbouring need. */
  | { kind: 'purpose'; purpose: Purpose; related: readonly Purpose[] }
  | { kind: 'stage'; stage: WorkStage }
  | { kind: 'knowledge'; from: KnowledgeSource }
  | { kind: 'people'; min: number; max: number }
  | { kind: 'minutes'; min: number; max: number }
  | { kind: 'setting'; setting: Setting };

export interface Option {
  id: string;
  label: string;
  hint?: string;
  criterion?: Criterion;
  /** Shown as a reason when a technique matches this answer ("Brings in another team's experience"). */
  reason?: string;
  /** Describes a technique that has this attribute, for "why not" lines ("another team's experience"). */
  describes?: string;
}

export type QuestionId = 'want' | 'stage' | 'knowledge' | 'people' | 'time' | 'setting';

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
    reason: `Made for ${describes}`,
    describes,
  };
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
        reason: 'Made for before you start',
        describes: 'before the work starts',
      },
      {
        id: 'under-way',
        label: 'Under way',
        hint: 'It has started and is going on now',
        criterion: { kind: 'stage', stage: 'under-way' },
        reason: 'Made for work that is under way',
        describes: 'while the work is under way',
      },
      {
        id: 'just-finished',
        label: 'Just finished',
        hint: 'An event, task or project has just ended',
        criterion: { kind: 'stage', stage: 'just-finished' },
        reason: 'Made for just after the work ends',
        describes: 'just after the work ends',
      },
      {
        id: 'ongoing',
        label: 'Ongoing, not one piece of work',
        hint: 'Everyday practice, a service or a network',
        criterion: { kind: 'stage', stage: 'ongoing' },
        reason: 'Made for ongoing work, not one project',
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
        criterion: { kind: 'knowledge', from: 'our-team' },
        reason: "Draws on your own team's experience",
        describes: "the team's own experience",
      },
      {
        id: 'another-team',
        label: 'Another team that has done it before',
        criterion: { kind: 'knowledge', from: 'another-team' },
        reason: "Brings in another team's experience",
        describes: "another team's experience",
      },
      {
        id: 'one-expert',
        label: 'One person who knows a lot',
        hint: 'An expert, or someone about to leave',
        criterion: { kind: 'knowledge', from: 'one-expert' },
        reason: 'Draws out what one expert knows',
        describes: "one person's know-how",
      },
      {
        id: 'many-people',
        label: 'Many people across the organisation',
        criterion: { kind: 'knowledge', from: 'many-people' },
        reason: 'Draws on many people across the organisation',
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
      { id: '2-3', label: '2 or 3', criterion: { kind: 'people', min: 2, max: 3 } },
      { id: '4-10', label: '4 to 10', criterion: { kind: 'people', min: 4, max: 10 } },
      { id: '11-30', label: '11 to 30', criterion: { kind: 'people', min: 11, max: 30 } },
      { id: '31-plus', label: 'More than 30', criterion: { kind: 'people', min: 31, max: 100 } },
      notSure,
    ],
  },
  {
    id: 'time',
    prompt: 'How much time do you have for the session?',
    help: 'The time together, not the preparation.',
    weight: 2,
    options: [
      {
        id: 'under-30',
        label: 'Under 30 minutes',
        criterion: { kind: 'minutes', min: 10, max: 30 },
        reason: 'in under 30 minutes',
      },
      {
        id: 'hour',
        label: 'About an hour',
        criterion: { kind: 'minutes', min: 45, max: 75 },
        reason: 'in about an hour',
      },
      {
        id: 'two-hours',
        label: 'One to two hours',
        criterion: { kind: 'minutes', min: 90, max: 120 },
        reason: 'in one to two hours',
      },
      {
        id: 'half-day',
        label: 'Half a day or more',
        criterion: { kind: 'minutes', min: 180, max: 480 },
        reason: 'in half a day or more',
      },
      notSure,
    ],
  },
  {
    id: 'setting',
    prompt: 'Where will you meet?',
    help: 'Hybrid means some people in the room and some on a call.',
    weight: 1.5,
    options: [
      {
        id: 'in-person',
        label: 'In person',
        criterion: { kind: 'setting', setting: 'inPerson' },
        reason: 'Works well in person',
        describes: 'in person',
      },
      {
        id: 'online',
        label: 'Online, on a video call',
        criterion: { kind: 'setting', setting: 'online' },
        reason: 'Works well online',
        describes: 'online',
      },
      {
        id: 'hybrid',
        label: 'Hybrid',
        criterion: { kind: 'setting', setting: 'hybrid' },
        reason: 'Works well in a hybrid meeting',
        describes: 'in a hybrid meeting',
      },
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
