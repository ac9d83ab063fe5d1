import { useContext, useRef, useState } from 'preact/hooks';
import { makePairs } from '../../live/pairing';
import { parseDontPair, parsePeople } from '../../live/people';
import { EarlierRounds } from './EarlierRounds';
import { PairingForm, type PairingFields } from './PairingForm';
import { PairsMade, type MadePairs } from './PairsMade';
import { RoundsContext, type Rounds } from './rounds-context';

/** `/pairing`: names in, random pairs out (with a trio when odd), avoiding earlier rounds' pairs. */
export function PairingPage({ rounds }: { rounds?: Rounds }) {
  const fromContext = useContext(RoundsContext);
  const { store, durable } = rounds ?? fromContext;
  const [made, setMade] = useState<MadePairs | null>(null);
  const [problem, setProblem] = useState('');
  const [roundsChanged, setRoundsChanged] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const make = async (fields: PairingFields) => {
    const { people, problems } = parsePeople(fields.names);
    const dontPair = parseDontPair(fields.dontPair, people);
    if (people.length < 2) {
      setMade(null);
      setProblem(
        people.length === 0
          ? 'Add the names of the people taking part, one a line.'
          : 'Add at least one more name: it takes two to make a pair.',
      );
      return;
    }
    setProblem('');
    const warnings = [...problems, ...dontPair.problems];
    let earlier: string[][] = [];
    try {
      earlier = (await store.list()).flatMap((r) => r.groups);
    } catch {
      warnings.push('Earlier rounds could not be read, so some pairs may have met before.');
    }
    const result = makePairs({
      people,
      earlier,
      dontPair: dontPair.pairs,
      mixGroups: fields.mixGroups,
      random: Math.random,
    });
    setMade((last) => ({
      ...result,
      serial: (last?.serial ?? 0) + 1,
      madeAt: Date.now(),
      warnings,
    }));
    // Take keyboard and screen reader users to the answer.
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  return (
    <>
      <h1>Coffee trial pairs</h1>
      <p class="lede">
        Make random pairs for{' '}
        <a href="/techniques/randomised-coffee-trials">Randomised Coffee Trials</a>, with one group
        of three when the number is odd. Names stay on this device.
      </p>
      <PairingForm onMake={make} />
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {made && (
        <PairsMade
          key={made.serial}
          made={made}
          store={store}
          durable={durable}
          headingRef={resultHeading}
          onKept={() => setRoundsChanged((n) => n + 1)}
        />
      )}
      <EarlierRounds store={store} durable={durable} changed={roundsChanged} />
    </>
  );
}
