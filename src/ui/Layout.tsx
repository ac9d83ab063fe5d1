import type { ComponentChildren } from 'preact';

declare const __BUILD_ID__: string;

/** The page frame: skip link, masthead, main landmark and footer with the privacy promise. */
export function Layout({
  children,
  offlineReady = false,
}: {
  children: ComponentChildren;
  offlineReady?: boolean;
}) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="masthead">
        <nav aria-label="Main">
          <a class="brand" href="/">
            Mobilise
          </a>
          <a href="/choose">Choose</a>
          <a href="/#techniques">Techniques</a>
          <a href="/notes">Notes</a>
          <a href="/work">Work</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="footer">
        <p role="status" data-testid="offline-status">
          {offlineReady ? 'Ready to work offline: every page is stored on this device.' : ''}
        </p>
        <p>
          Mobilise has no account, no tracking and no analytics: nothing you read or write here
          leaves this device.
        </p>
        <p>
          Based on the NHS Knowledge Mobilisation Framework. Version{' '}
          <span data-testid="build-id">{__BUILD_ID__}</span>.
        </p>
      </footer>
    </>
  );
}
