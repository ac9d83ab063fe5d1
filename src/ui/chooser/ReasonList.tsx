/** A technique's reasons, as a list named for screen readers ("Why Peer Assist fits"). */
export function ReasonList({ reasons, label }: { reasons: readonly string[]; label: string }) {
  return (
    <ul class="chooser-reasons" aria-label={label}>
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
