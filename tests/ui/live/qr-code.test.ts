// @vitest-environment node
import { renderSVG } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCodeDataUrl } from '../../../src/ui/live/qr-code';

describe('qrCodeDataUrl', () => {
  it('is an SVG image address holding the QR code of the text', () => {
    const url = 'https://example.nhs.uk/techniques/peer-assist';
    const src = qrCodeDataUrl(url);
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(src.split(',')[1])).toBe(renderSVG(url, { ecc: 'M', border: 4 }));
  });

  it('escapes the SVG, so the address is one safe attribute value', () => {
    expect(qrCodeDataUrl('https://example.nhs.uk/"><script>')).not.toMatch(/[<>"\s]/);
  });
});
