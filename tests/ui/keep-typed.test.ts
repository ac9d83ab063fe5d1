import { afterEach, describe, expect, it } from 'vitest';
import { keepTyped } from '../../src/ui/keep-typed';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keepTyped', () => {
  it('puts typed text back into a box that was replaced by an empty one, and tells the app', () => {
    document.body.innerHTML = '<textarea id="names"></textarea><input id="q" type="search">';
    (document.getElementById('names') as HTMLTextAreaElement).value = 'Ada\nBen';
    const restore = keepTyped();
    document.body.innerHTML = '<textarea id="names"></textarea><input id="q" type="search">';
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push((e.target as HTMLTextAreaElement).id), {
      once: true,
    });
    restore();
    expect((document.getElementById('names') as HTMLTextAreaElement).value).toBe('Ada\nBen');
    expect((document.getElementById('q') as HTMLInputElement).value).toBe('');
    expect(seen).toEqual(['names']);
  });

  it('never overwrites what is in the box now', () => {
    document.body.innerHTML = '<input id="q">';
    (document.getElementById('q') as HTMLInputElement).value = 'old';
    const restore = keepTyped();
    (document.getElementById('q') as HTMLInputElement).value = 'newer typing';
    restore();
    expect((document.getElementById('q') as HTMLInputElement).value).toBe('newer typing');
  });
});
