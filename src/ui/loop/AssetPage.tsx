import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getCard } from '../../content/catalog';
import {
  assetFileName,
  assetFromLessons,
  assetFromWork,
  assetToMarkdown,
  type KnowledgeAsset,
} from '../../loop/asset';
import { flaggedIn, type NoteText } from '../../privacy/note-scan';
import { localDate } from '../../storage/session-record';
import { downloadText } from '../shared/files';
import { useNotes } from '../shared/NotesContext';
import { ExportWarning, useExportWarning } from '../shared/ExportWarning';
import { AssetView } from './AssetView';
import { useLoopData, type LoopData } from './use-loop-data';

const techniqueTitle = (id: string) => getCard(id)?.title ?? id;

/** Every text the asset shows, for the patient-identifier check before it leaves the device. */
function assetTexts(a: KnowledgeAsset): NoteText[] {
  const text = (t: string, staffNames = false) => ({ where: 'asset', text: t, staffNames });
  return [
    ...a.works.flatMap((w) => [text(w.name), text(w.description)]),
    ...a.intents.map((i) => text(i.text)),
    ...[...a.repeat, ...a.avoid, ...a.other].map((l) => text(l.text)),
    ...a.roles.map((r) => text(r, true)),
    ...a.people.map((p) => text(p, true)),
    ...a.actions.flatMap((act) => [text(act.what), text(act.owner, true)]),
  ];
}

/** The asset the address asks for, or the reason there is none. */
function assetFor(
  query: Record<string, string>,
  data: LoopData,
  today: string,
  includeNames: boolean,
): KnowledgeAsset | string {
  if (query.work) {
    const work = data.works.find((w) => w.id === query.work);
    if (!work)
      return 'That piece of work is not on this device. It may have been deleted, or made in another browser or on another device.';
    return assetFromWork(work, data.sessions, { techniqueTitle, today, includeNames });
  }
  const ids = (query.lessons ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (!ids.length)
    return 'No lessons were chosen. Choose some in the lessons library, or make an asset from a whole piece of work.';
  const asset = assetFromLessons(ids, data.sessions, data.works, {
    techniqueTitle,
    today,
    includeNames,
  });
  if (asset.repeat.length + asset.avoid.length + asset.other.length === 0)
    return 'None of the chosen lessons are on this device any more. They may have been deleted, or written in another browser.';
  return asset;
}

/** /lessons/asset?work=<id> or ?lessons=<id>,<id>: a knowledge asset to read, print or download as Markdown. */
export function AssetPage() {
  const notes = useNotes();
  const { query } = useLocation();
  const { data, problem } = useLoopData(notes);
  const [today, setToday] = useState('');
  const [includeNames, setIncludeNames] = useState(false);
  const warning = useExportWarning();
  useEffect(() => setToday(localDate(new Date())), []);
  const result = useMemo(
    () => (data && today ? assetFor(query, data, today, includeNames) : null),
    [data, today, query.work, query.lessons, includeNames],
  );
  /** Asks first while the asset holds text that looks like a patient detail ("It isn't" in any note counts). */
  const out = (asset: KnowledgeAsset, label: string, proceed: () => void) => () =>
    warning.guard(
      flaggedIn(
        assetTexts(asset),
        (data?.sessions ?? []).flatMap((s) => s.dismissedWarnings ?? []),
      ),
      label,
      proceed,
    );

  useEffect(() => {
    if (result && typeof result !== 'string') document.title = `${result.title} · Mobilise`;
  }, [result]);

  if (problem) {
    return (
      <>
        <h1>Knowledge asset</h1>
        <p role="alert">{problem}</p>
      </>
    );
  }
  if (!result) {
    return (
      <>
        <h1>Knowledge asset</h1>
        <p role="status">Putting the knowledge asset together…</p>
      </>
    );
  }
  if (typeof result === 'string') {
    return (
      <>
        <h1>Knowledge asset</h1>
        <p role="alert">{result}</p>
        <p>
          <a href="/lessons">Go to the lessons library</a> · <a href="/work">Pieces of work</a>
        </p>
      </>
    );
  }
  return (
    <div class="asset-page">
      <div class="no-print asset-tools">
        <p class="hint">
          A knowledge asset for the next team, made on this device from your notes. Nothing is
          uploaded.
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={includeNames}
            aria-describedby="asset-names-hint"
            onChange={(e) => setIncludeNames(e.currentTarget.checked)}
          />{' '}
          Include people's names
        </label>
        <p class="hint" id="asset-names-hint">
          “Who to ask” lists roles. Names of facilitators, participants and action owners are left
          out unless you tick this, as people move on and may not want to be named.
        </p>
        <div class="button-row">
          <button
            type="button"
            onClick={out(result, 'Download', () =>
              downloadText(assetFileName(result), 'text/markdown', assetToMarkdown(result)),
            )}
          >
            Download as Markdown
          </button>
          <button
            type="button"
            class="secondary"
            onClick={out(result, 'Print', () => window.print())}
          >
            Print or save as PDF
          </button>
        </div>
        <ExportWarning warning={warning} subject="This asset still has" />
      </div>
      <AssetView asset={result} />
      <p class="no-print">
        <a href="/lessons">Back to the lessons library</a>
      </p>
    </div>
  );
}
