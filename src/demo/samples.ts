/**
 * Trainer demo data: a clearly labelled set of sample sessions from one made-up piece of work, for showing
 * the app in a workshop. Every sample's id starts with DEMO_PREFIX, so they can be removed in one go
 * without touching anyone's real notes. Pure: builds plain records, stores nothing.
 */
import {
  emptyAction,
  emptyLesson,
  type Action,
  type Lesson,
  type LessonKind,
  type Session,
} from '../storage/session-record';
import type { Work } from '../storage/work';

export const DEMO_PREFIX = 'demo-';
export const DEMO_TITLE_PREFIX = 'Sample: ';

export const isDemoSession = (s: Pick<Session, 'id'>): boolean => s.id.startsWith(DEMO_PREFIX);

/** The sample piece of work that groups the trial's Before Action Review, After Action Reviews and Retrospect. */
export const DEMO_WORK_ID = `${DEMO_PREFIX}work-discharge-trial`;

/** The sample piece of work, labelled "Sample:" like the sessions. */
export function demoWork(now: Date): Work {
  const time = new Date(now.getTime() - 46 * 86_400_000).toISOString();
  return {
    id: DEMO_WORK_ID,
    name: `${DEMO_TITLE_PREFIX}Next-day prescriptions trial on Ward 7`,
    description:
      'A four-week trial on bay B of Ward 7: take-home medicines prescribed the day before discharge, so patients leave earlier. Led by the Ward 7 sister with pharmacy and the discharge coordinator.',
    createdAt: time,
    updatedAt: time,
  };
}

function daysBefore(now: Date, days: number): string {
  const d = new Date(now.getTime() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

const action = (what: string, owner: string, due: string, done = false): Action => ({
  ...emptyAction(),
  what,
  owner,
  due,
  done,
});
const lesson = (text: string, tags: string[], kind?: LessonKind): Lesson => ({
  ...emptyLesson(),
  text,
  tags,
  ...(kind ? { kind } : {}),
});

interface Sample {
  key: string;
  techniqueId: string;
  title: string;
  daysAgo: number;
  facilitator: string;
  participants: string;
  fields: Record<string, string>;
  /** True for the sessions of the sample piece of work. */
  inWork?: boolean;
  actions?: (now: Date) => Action[];
  lessons?: Lesson[];
}

const SAMPLES: Sample[] = [
  {
    key: 'peer-assist',
    techniqueId: 'peer-assist',
    title: 'Learning from Ward 3 before we change discharge',
    daysAgo: 60,
    facilitator: 'Priya (library and knowledge service)',
    participants: 'Ward 7 sister\nDischarge coordinator\nWard 3 matron\nPharmacist from Ward 3',
    fields: {
      challenge: 'Patients wait most of the day for medicines to take home, so beds free up late.',
      peers: 'Ward 3 matron\nWard 3 pharmacist',
      'what-worked':
        'Writing take-home prescriptions the day before\nA named discharge lead on each shift',
      'what-to-avoid': 'Starting on a bank holiday week',
      'what-we-will-do': 'Trial next-day prescriptions on one bay for a month',
      'report-back': 'Share our results with Ward 3 at the June huddle.',
    },
    lessons: [
      lesson(
        'Ask a ward that has already solved the problem before designing your own fix.',
        ['discharge', 'peer assist'],
        'repeat',
      ),
    ],
  },
  {
    key: 'before-action-review',
    techniqueId: 'before-action-review',
    title: 'Next-day prescriptions trial: kick-off',
    daysAgo: 45,
    inWork: true,
    facilitator: 'Ward 7 sister',
    participants: 'Ward 7 team on the early shift',
    fields: {
      intent: 'Have take-home medicines ready by 11am for patients going home from bay B.',
      'results-and-measures':
        'Median time from decision to discharge under 4 hours\nNo rise in prescribing errors',
      challenges: 'Weekend cover\nLate ward rounds',
      'lessons-to-apply': 'A named discharge lead on each shift (from Ward 3)',
      'what-will-make-the-difference': 'Pharmacy sees the list by 4pm the day before.',
      'review-date': 'Four weeks from now',
    },
  },
  {
    key: 'after-action-review',
    techniqueId: 'after-action-review',
    title: 'Week 2 of the discharge trial',
    daysAgo: 30,
    inWork: true,
    facilitator: 'Ward 7 sister',
    participants: '6 staff: nurses, a doctor, a pharmacist and a discharge coordinator',
    fields: {
      expected: 'Take-home medicines ready by 11am for bay B patients.',
      actual: 'Ready by 11am on weekdays; after 3pm at the weekend.',
      difference:
        'The weekend pharmacist did not see the list, because it went to a weekday inbox.',
      learned:
        'Send the list to the shared pharmacy inbox\nCheck weekend cover before a trial starts',
      'roles-present': 'Nurses (band 5 and 6), F2 doctor, pharmacist, discharge coordinator',
      'agreed-to-share': 'The four answers and actions, with no names, to the ward meeting.',
    },
    actions: (now) => [
      action(
        'Change the list to go to the shared pharmacy inbox',
        'Discharge coordinator',
        daysBefore(now, 20),
        true,
      ),
      action('Agree weekend cover with pharmacy', 'Ward 7 sister', daysBefore(now, -7)),
    ],
    lessons: [
      lesson('Check weekend and night cover before any change that relies on another team.', [
        'discharge',
        'weekends',
      ]),
    ],
  },
  {
    key: 'after-action-review-week-4',
    techniqueId: 'after-action-review',
    title: 'Week 4 of the discharge trial',
    daysAgo: 16,
    inWork: true,
    facilitator: 'Discharge coordinator',
    participants: '5 staff from the early and late shifts, and the weekend pharmacist',
    fields: {
      expected:
        'Take-home medicines ready by 11am for patients going home from bay B.\n\nMedian time from decision to discharge under 4 hours\nNo rise in prescribing errors',
      actual:
        'Ready by 11am on six days out of seven, weekends included. Median time to discharge 3.5 hours. No extra errors reported.',
      difference:
        'The shared inbox fixed the weekend gap. One late ward round on a Monday pushed that day back.',
      learned: 'Keep the shared pharmacy inbox\nChange the Monday ward round to start at 9am',
      'roles-present': 'Nurses, the discharge coordinator and the weekend pharmacist',
      'agreed-to-share': 'Results so far to the discharge steering group.',
    },
    actions: (now) => [
      action(
        'Ask the consultants to move the Monday ward round to 9am',
        'Ward 7 sister',
        daysBefore(now, 2),
      ),
    ],
    lessons: [
      lesson(
        'A shared inbox, not a person, should receive anything the weekend team must act on.',
        ['pharmacy', 'weekends'],
        'repeat',
      ),
    ],
  },
  {
    key: 'retrospect',
    techniqueId: 'retrospect',
    title: 'Discharge trial: end of project',
    daysAgo: 3,
    inWork: true,
    facilitator: 'Priya (library and knowledge service), who was not on the project',
    participants: 'Ward 7 sister\nDischarge coordinator\nPharmacy lead\nF2 doctor',
    fields: {
      objectives: 'Faster discharge for bay B without more prescribing errors.',
      'what-happened': 'Median time to discharge fell from 6 to 3.5 hours over four weeks.',
      'went-well': 'Early lists to pharmacy\nA named discharge lead',
      'could-be-better': 'Weekend cover came late\nData collection was by hand',
      advice:
        'When a change relies on pharmacy, agree weekend cover first, because the weekend team works from a different inbox.',
      readers: 'Other wards planning discharge changes; the discharge steering group.',
    },
    lessons: [
      lesson('Agree weekend cover first when a change relies on pharmacy.', [
        'discharge',
        'pharmacy',
        'weekends',
      ]),
    ],
  },
  {
    key: 'knowledge-cafe',
    techniqueId: 'knowledge-cafe',
    title: 'What gets in the way of a timely discharge?',
    daysAgo: 10,
    facilitator: 'Priya (library and knowledge service)',
    participants: '24 people from six wards',
    fields: {
      question: 'What gets in the way of getting patients home on time?',
      insights: 'Transport booking is the hidden delay\nFamilies often hear the plan last',
      surprises: 'Two wards already share a discharge checklist',
      'people-to-follow-up': 'Transport manager',
      pledge: 'I will ask families about transport on the day of admission.',
    },
  },
];

/** The sample sessions, dated relative to `now`, every one labelled "Sample:" and with a demo id. */
export function demoSessions(now: Date): Session[] {
  return SAMPLES.map((s) => {
    const time = new Date(now.getTime() - s.daysAgo * 86_400_000).toISOString();
    return {
      id: `${DEMO_PREFIX}${s.key}`,
      techniqueId: s.techniqueId,
      workId: s.inWork ? DEMO_WORK_ID : '',
      title: `${DEMO_TITLE_PREFIX}${s.title}`,
      date: time.slice(0, 10),
      facilitator: s.facilitator,
      participants: s.participants,
      headcount: null,
      fields: s.fields,
      actions: s.actions?.(now) ?? [],
      lessons: s.lessons ?? [],
      createdAt: time,
      updatedAt: time,
      revision: 1,
    };
  });
}
