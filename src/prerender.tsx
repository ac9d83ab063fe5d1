/** Build-time only: renders every page to HTML so the first paint needs no JavaScript. */
import { prerender as renderToString } from 'preact-iso';
import { App } from './App';
import css from './styles/global.css?inline';
import { titleFor } from './ui/titles';

export async function prerender({ url }: { url: string }) {
  const { html, links } = await renderToString(<App />);
  return {
    html,
    links,
    head: {
      lang: 'en-GB',
      title: titleFor(url),
      elements: new Set([{ type: 'style', props: {}, children: css }]),
    },
  };
}
