import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<string, FunctionComponent>();

/**
 * A page whose code and data load after the app has mounted. The prerendered HTML (and so the first
 * client render, which hydration must match) is the heading and a loading line; the page follows.
 */
export function DeferredPage({
  name,
  heading,
  waiting,
  load,
}: {
  name: string;
  heading: string;
  waiting: string;
  load: () => Promise<FunctionComponent>;
}) {
  const [Page, setPage] = useState<FunctionComponent | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load().then(
      (page) => {
        loaded.set(name, page);
        if (live) setPage(() => page);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [name]);
  // Nothing is loaded before hydration, so this matches the prerendered HTML; later visits show the page at once.
  const Ready = Page ?? loaded.get(name);
  if (Ready) return <Ready />;
  return (
    <>
      <h1>{heading}</h1>
      <p role="status">
        {failed
          ? 'This page could not load. Check your connection, then reload the page.'
          : waiting}
      </p>
    </>
  );
}
