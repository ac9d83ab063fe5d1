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
  // A technique that starts the cycle (or ends it) has nothing on one side: say so, not an empty list.
  const list = (cards: (TechniqueCard | undefined)[], none: string) => {
    const found = cards.filter((c): c is TechniqueCard => c !== undefined);
    if (!found.length) return <p>{none}</p>;
    return (
      <ul class="cards">
        {found.map((c) => (
          <li key={c.id}>
            <TechniqueCardLink technique={c} />
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby="s-cycle">
      <h2 id="s-cycle">In the learning cycle</h2>
      <div class="cycle">
        <div>
          <h3>Often comes before</h3>
          {list(before, 'Nothing needs to come first: this is a good place to start.')}
        </div>
        <div>
          <h3>Often comes next</h3>
          {list(after, 'Nothing in particular: use what you learned.')}
        </div>
      </div>
    </section>
  );
}
