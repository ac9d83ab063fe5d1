/** Plain-English wording for technique facts, shared by cards and pages. */
import type { Phase, TechniqueCard } from '../../content/types';

export const PHASE_NAMES: Record<Phase, string> = {
  before: 'Learning before',
  during: 'Learning during',
  after: 'Learning after',
};

export const PHASE_INTROS: Record<Phase, string> = {
  before: 'Before you start: learn from what others know and agree what success looks like.',
  during: 'While the work goes on: review as you go, and share what people know.',
  after: 'When it ends: capture the lessons so the next team starts ahead.',
};

export function formatRange(
  { min, max }: { min: number; max: number },
  unit: string,
  plural = `${unit}s`,
): string {
  const word = max === 1 ? unit : plural;
  return min === max ? `${min} ${word}` : `${min} to ${max} ${word}`;
}

/** "45 minutes", "1 to 2 hours", "4 hours to 3 days"-style wording for a duration in minutes. */
export function formatMinutes({ min, max }: { min: number; max: number }): string {
  const days = (m: number) => Math.max(1, Math.round(m / 420)); // a working day of about seven hours
  const one = (m: number) =>
    m < 90
      ? `${m} minutes`
      : m <= 480
        ? `${Number((m / 60).toFixed(1))} hours`
        : `${days(m)} ${days(m) === 1 ? 'day' : 'days'}`;
  if (min === max) return one(min);
  if (max < 90) return `${min} to ${max} minutes`;
  return `${one(min)} to ${one(max)}`;
}

export function formatLeadTime({ min, max }: { min: number; max: number }): string {
  if (max === 0) return 'None: can start now';
  if (min === 0) return `Up to ${formatRange({ min: max, max }, 'day')}`;
  return formatRange({ min, max }, 'day');
}

export const DIFFICULTY_NAMES: Record<TechniqueCard['difficulty'], string> = {
  easy: 'Easy to run',
  moderate: 'Needs some practice',
  skilled: 'Needs a skilled facilitator',
};

export function formatSettings(settings: TechniqueCard['settings']): string {
  const names = { inPerson: 'in person', online: 'online', hybrid: 'hybrid' } as const;
  const where = (fit: 'good' | 'possible' | 'poor') =>
    (Object.keys(names) as (keyof typeof names)[])
      .filter((k) => settings[k] === fit)
      .map((k) => names[k])
      .join(' or ');
  const parts = [
    where('good'),
    where('possible') && `${where('possible')} with care`,
    where('poor') && `not ${where('poor')}`,
  ];
  const text = parts.filter(Boolean).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
