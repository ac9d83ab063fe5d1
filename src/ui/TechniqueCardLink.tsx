import type { TechniqueCard } from '../content/types';
import { formatMinutes, formatRange } from './format';

/** One technique in a list: its name, summary and the two facts people choose by. */
export function TechniqueCardLink({ technique }: { technique: TechniqueCard }) {
  return (
    <a class={`card phase-${technique.phase}`} href={`/techniques/${technique.id}`}>
      <strong>{technique.title}</strong>
      <span>{technique.summary}</span>
      <span class="facts-line">
        {formatRange(technique.groupSize, 'person', 'people')} · {formatMinutes(technique.duration)}
      </span>
    </a>
  );
}
