import { useMemo } from 'preact/hooks';
import { qrCodeDataUrl } from './qr-code';

/** A QR code image that opens `url`, with the address written out for anyone who cannot scan it. */
export function QrCode({
  url,
  caption,
  class: className = '',
}: {
  url: string;
  caption: string;
  class?: string;
}) {
  const src = useMemo(() => qrCodeDataUrl(url), [url]);
  return (
    <figure class={`qr ${className}`}>
      <img src={src} alt={`QR code that opens ${url}`} />
      <figcaption>
        {caption}
        <span class="qr-url">{url.replace(/^https?:\/\//, '')}</span>
      </figcaption>
    </figure>
  );
}
