import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest; vite-plugin-pwa writes it as manifest.webmanifest and links it from every page. */
export const manifest: Partial<ManifestOptions> = {
  name: 'Mobilise: Knowledge Mobilisation toolkit',
  short_name: 'Mobilise',
  description:
    'The 13 techniques of the NHS Knowledge Mobilisation Framework, for learning before, during and after a piece of work. Works offline.',
  lang: 'en-GB',
  start_url: '/',
  scope: '/',
  id: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#005eb8',
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    { name: 'Choose a technique', short_name: 'Choose', url: '/choose' },
    { name: 'After Action Review', short_name: 'AAR', url: '/techniques/after-action-review' },
    { name: 'Peer Assist', url: '/techniques/peer-assist' },
    { name: 'Retrospect', url: '/techniques/retrospect' },
  ],
};
