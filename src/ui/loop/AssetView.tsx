import {
  hasLessons,
  sourceText,
  whoToAskEmpty,
  type AssetLesson,
  type KnowledgeAsset,
} from '../../loop/asset';
import { NOT_THE_OFFICIAL_RECORD } from '../../storage/record-notice';
import { formatDay } from '../../storage/dates';
import { editUrl } from '../../routes/urls';

function LessonList({ heading, lessons }: { heading: string; lessons: AssetLesson[] }) {
  if (!lessons.length) return null;
  return (
    <section>
      <h2>{heading}</h2>
      <ul class="asset-lessons">
        {lessons.map((l) => (
          <li key={l.id}>
            <span class="pre">{l.text}</span>
            {l.tags.length > 0 && <span class="muted"> (tags: {l.tags.join(', ')})</span>}{' '}
            <span class="asset-source">
              From <a href={editUrl(l.source.sessionId)}>{sourceText(l.source)}</a>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A knowledge asset as one readable, printable document: the same sections as its Markdown. */
export function AssetView({ asset }: { asset: KnowledgeAsset }) {
  return (
    <article class="asset" aria-labelledby="asset-title">
      <h1 id="asset-title">{asset.title}</h1>
      <section>
        <h2>Context</h2>
        {asset.works.map((w) => (
          <div key={w.name}>
            <p>
              <strong>Piece of work:</strong> {w.name}
            </p>
            {w.description && <p class="pre">{w.description}</p>}
          </div>
        ))}
        {asset.from && (
          <p>
            <strong>Dates covered:</strong>{' '}
            {asset.from === asset.to
              ? formatDay(asset.from)
              : `${formatDay(asset.from)} to ${formatDay(asset.to)}`}
          </p>
        )}
        {asset.techniques.length > 0 && (
          <>
            <p>
              <strong>Techniques used:</strong>
            </p>
            <ul>
              {asset.techniques.map((t) => (
                <li key={t.title}>
                  {t.title}: {t.dates.map(formatDay).join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
        {asset.intents.length > 0 && (
          <>
            <p>
              <strong>What the work set out to do:</strong>
            </p>
            <ul>
              {asset.intents.map((i) => (
                <li key={i.source.sessionId}>
                  <span class="pre">{i.text}</span>{' '}
                  <span class="asset-source">({sourceText(i.source)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {!hasLessons(asset) && (
        <section>
          <h2>Lessons</h2>
          <p>No lessons have been recorded yet.</p>
        </section>
      )}
      <LessonList heading="What to repeat" lessons={asset.repeat} />
      <LessonList heading="What to avoid" lessons={asset.avoid} />
      <LessonList heading="Other lessons" lessons={asset.other} />
      <section>
        <h2>Who to ask</h2>
        {asset.roles.length ? (
          <ul>
            {asset.roles.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          <p>{whoToAskEmpty(asset)}</p>
        )}
        {asset.people.length > 0 && (
          <>
            <p>
              <strong>People named in these notes:</strong>
            </p>
            <ul>
              {asset.people.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section>
        <h2>Actions still open</h2>
        {asset.actions.length ? (
          <ul>
            {asset.actions.map((a, i) => (
              <li key={i}>
                {a.what}
                {(a.owner || a.due) &&
                  ` (${[a.owner, a.due && `due ${formatDay(a.due)}`].filter(Boolean).join(', ')})`}{' '}
                <span class="asset-source">({sourceText(a.source)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>None: every action in these notes is done.</p>
        )}
      </section>
      <p class="record-notice">{NOT_THE_OFFICIAL_RECORD}</p>
    </article>
  );
}
