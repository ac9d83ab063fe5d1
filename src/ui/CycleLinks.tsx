import type { TechniqueCard } from '../content/types';
import { TechniqueCardLink } from './TechniqueCardLink';

/** What usually comes before and after a technique in the learning cycle. */
export function CycleLinks({
  before,
  after,
}: {
  before: (TechniqueCard | undefined)[];
  after: (TechniqueCard | undefined)[];
}) {
  const list = (cards: (TechniqueCard | undefined)[]) => (
    <ul class="cards">
      {cards
        .filter((c): c is TechniqueCard => c !== undefined)
        .map((c) => (
          <li key={c.id}>
            <TechniqueCardLink technique={c} />
          </li>
        ))}
    </ul>
  );
  return (
    <section aria-labelledby="s-cycle">
      <h2 id="s-cycle">In the learning cycle</h2>
      <div class="cycle">
        <div>
          <h3>Often comes before</h3>
          {list(before)}
        </div>
        <div>
          <h3>Often comes next</h3>
          {list(after)}
        </div>
      </div>
    </section>
  );
}
