import { useEffect, useRef, useState } from 'preact/hooks';

export interface PairingFields {
  names: string;
  dontPair: string;
  mixGroups: boolean;
}

/** The names, the "don't pair" rules and the mixing choice. Text typed before the app loaded is kept. */
export function PairingForm({ onMake }: { onMake: (fields: PairingFields) => void }) {
  const [names, setNames] = useState('');
  const [dontPair, setDontPair] = useState('');
  const [mixGroups, setMixGroups] = useState(false);
  const namesBox = useRef<HTMLTextAreaElement>(null);
  const dontPairBox = useRef<HTMLTextAreaElement>(null);
  const mixBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setNames(namesBox.current?.value ?? '');
    setDontPair(dontPairBox.current?.value ?? '');
    setMixGroups(mixBox.current?.checked ?? false);
  }, []);
  const count = names.split('\n').filter((line) => line.trim()).length;
  return (
    <form
      class="pairing-form"
      onSubmit={(e) => {
        e.preventDefault();
        onMake({ names, dontPair, mixGroups });
      }}
    >
      <div class="field">
        <label for="pairing-names">Names</label>
        <p class="hint" id="pairing-names-hint">
          One person a line. To mix sites or roles, add one after a comma: “Sam Patel, Pharmacy”.
        </p>
        <textarea
          id="pairing-names"
          ref={namesBox}
          rows={10}
          aria-describedby="pairing-names-hint pairing-count"
          value={names}
          onInput={(e) => setNames(e.currentTarget.value)}
        />
        <p class="hint" id="pairing-count">
          {count === 1 ? '1 name' : `${count} names`}
        </p>
      </div>
      <div class="field">
        <label for="pairing-dont">Don’t pair (optional)</label>
        <p class="hint" id="pairing-dont-hint">
          Two or more names a line, with commas between. Nobody on a line is paired with anyone else
          on it.
        </p>
        <textarea
          id="pairing-dont"
          ref={dontPairBox}
          rows={3}
          aria-describedby="pairing-dont-hint"
          value={dontPair}
          onInput={(e) => setDontPair(e.currentTarget.value)}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          ref={mixBox}
          checked={mixGroups}
          onChange={(e) => setMixGroups(e.currentTarget.checked)}
        />
        Mix groups: pair people from different sites or roles where possible
      </label>
      <button type="submit" class="big">
        Make pairs
      </button>
    </form>
  );
}
