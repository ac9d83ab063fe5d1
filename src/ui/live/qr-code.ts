import { renderSVG } from 'uqr';

/**
 * A QR code for `text`, made on the device, as an image address. The SVG never goes into the page's
 * HTML: it is only ever an <img> source, so nothing in it can run.
 */
export function qrCodeDataUrl(text: string): string {
  // A four-module white border is the quiet zone scanners need, also on a dark page.
  const svg = renderSVG(text, { ecc: 'M', border: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
