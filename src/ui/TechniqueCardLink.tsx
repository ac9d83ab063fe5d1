import type { TechniqueCard } from '../content/types';
import { formatMinutes, formatRange } from './shared/format';
import { techniqueUrl } from '../routes/urls';

/** One technique in a list: its name, summary and the two facts people choose by. */
export function TechniqueCardLink({ technique }: { technique: TechniqueCard }) {
  return (
    <a class={`card phase-${technique.phase}`} href={techniqueUrl(technique.id)}>
      <strong>{technique.title}</strong>
      <span>{technique.summary}</span>
      <span class="facts-line">
        {formatRange(technique.groupSize, 'person', 'people')} · {formatMinutes(technique.duration)}
      </span>
    </a>
  );
}
