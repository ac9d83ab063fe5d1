/** Shown for any address that is not a page, online or offline. */
export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <a href="/">See all the techniques</a>
      </p>
    </>
  );
}
