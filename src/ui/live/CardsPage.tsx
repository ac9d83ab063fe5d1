import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getCard, loadAllTechniques, loadTechnique, techniques } from '../../content/catalog';
import type { Technique } from '../../content/types';
import { PrintCard } from './PrintCard';

type Cards =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'unknown'; id: string }
  | { status: 'ready'; cards: Technique[]; one: boolean };

/**
 * `/cards?technique=<id>` prints one technique's card; `/cards` prints them all, one to a page.
 * The query string is read after mount, as the page was prerendered without it.
 */
export function CardsPage() {
  const [cards, setCards] = useState<Cards>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { query } = useLocation();
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('technique')?.trim();
    if (id && !getCard(id)) return setCards({ status: 'unknown', id });
    let current = true;
    setCards({ status: 'loading' });
    const load = id ? loadTechnique(id).then((t) => (t ? [t] : [])) : loadAllTechniques();
    load.then(
      (all) => {
        if (!current) return;
        // Print in the app's order: by phase, then by title.
        const inOrder = techniques.flatMap((card) => all.filter((t) => t.id === card.id));
        setCards({ status: 'ready', cards: inOrder, one: Boolean(id) });
        document.title = id
          ? `Printable card: ${getCard(id)!.title} · Mobilise`
          : 'Printable cards · Mobilise';
      },
      () => current && setCards({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [query.technique, attempt]);
  return (
    <div class="print-cards">
      <div class="no-print">
        <h1>Printable cards</h1>
        {cards.status === 'loading' && <p role="status">Loading the cards…</p>}
        {cards.status === 'failed' && (
          <p role="alert">
            The cards could not be loaded. Check your connection, then{' '}
            <button type="button" class="secondary" onClick={() => setAttempt((n) => n + 1)}>
              try again
            </button>
          </p>
        )}
        {cards.status === 'unknown' && (
          <p>
            There is no technique called “{cards.id}”. <a href="/cards">See every card</a>.
          </p>
        )}
        {cards.status === 'ready' && (
          <>
            <p>
              {cards.one
                ? 'One card, on one page.'
                : `All ${cards.cards.length} techniques, one card to a page.`}{' '}
              Each card fits an A5 or A4 sheet.
            </p>
            <div class="run-controls">
              <button type="button" onClick={() => window.print()}>
                {cards.one ? 'Print this card' : 'Print all cards'}
              </button>
              {cards.one && <a href="/cards">All cards</a>}
            </div>
          </>
        )}
      </div>
      {cards.status === 'ready' &&
        cards.cards.map((t) => (
          <PrintCard key={t.id} technique={t} origin={window.location.origin} />
        ))}
    </div>
  );
}
