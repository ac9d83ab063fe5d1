import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadAllTechniques, techniques } from '../content/catalog';
import { cardToDoc, searchTechniques, techniqueToDoc, type SearchDoc } from '../content/search';
import { techniqueUrl } from '../routes/urls';

/**
 * Search as you type. Names and summaries are searchable at once; the full text of every technique
 * loads (from the offline cache) the first time the box is used.
 */
export function TechniqueSearch() {
  const [query, setQuery] = useState('');
  const [docs, setDocs] = useState<SearchDoc[]>(() => techniques.map(cardToDoc));
  const [fullText, setFullText] = useState<'no' | 'loading' | 'yes'>('no');

  const loadFullText = () => {
    if (fullText !== 'no') return;
    setFullText('loading');
    loadAllTechniques().then(
      (all) => {
        const byId = new Map(all.map((t) => [t.id, techniqueToDoc(t)]));
        setDocs(techniques.map((card) => byId.get(card.id) ?? cardToDoc(card)));
        setFullText('yes');
      },
      () => setFullText('no'), // names and summaries stay searchable; the next keystroke tries again
    );
  };

  // Someone may type into the prerendered box before the app has loaded: pick up what they typed.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed) {
      setQuery(typed);
      loadFullText();
    }
  }, []);

  const hits = useMemo(() => searchTechniques(docs, query), [docs, query]);
  const searching = query.trim().length > 0;

  return (
    <div class="search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="technique-search">Search techniques</label>
        <input
          id="technique-search"
          ref={input}
          type="search"
          autocomplete="off"
          placeholder="For example: lessons, new starter, online"
          value={query}
          onFocus={loadFullText}
          onInput={(e) => {
            loadFullText();
            setQuery(e.currentTarget.value);
          }}
        />
      </form>
      <p role="status">
        {searching
          ? hits.length === 1
            ? '1 technique matches'
            : `${hits.length} techniques match`
          : ''}
      </p>
      {searching && hits.length > 0 && (
        <ul class="cards" aria-label="Search results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <a class="card" href={techniqueUrl(hit.id)}>
                <strong>{hit.title}</strong>
                <span>{hit.excerpt}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {searching && hits.length === 0 && (
        <p>
          No technique matches “{query.trim()}”. Try a shorter or different word, or browse the list
          below.
        </p>
      )}
    </div>
  );
}
