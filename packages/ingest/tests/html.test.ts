import { describe, expect, it } from 'vitest';
import { htmlToArticle, looksLikeHtml } from '../src/html.js';

const page = `<!doctype html><html><head><title>Ministers meet | Example Wire</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Vienna</h1>
<p>The defence ministers of two neighbouring countries met in Vienna on Tuesday to discuss joint exercises and border security.</p>
<p>“The talks were useful,” one of them told reporters after the meeting, which lasted three hours.</p>
<ul><li>Joint exercises next spring</li></ul></article>
<footer>© Example Wire. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;

describe('HTML pages', () => {
  it('tells an HTML page from prose that merely contains a "<"', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('<p>One</p><p>Two</p><p>Three</p>')).toBe(true);
    expect(looksLikeHtml('Turnout was < 40% in the capital, officials said.')).toBe(false);
  });

  it('keeps the article body as lines of text, without navigation or footer', () => {
    const article = htmlToArticle(page);
    expect(article?.title).toBe('Ministers meet | Example Wire');
    expect(article?.text.split('\n')).toEqual([
      'Ministers meet in Vienna',
      'The defence ministers of two neighbouring countries met in Vienna on Tuesday to discuss joint exercises and border security.',
      '“The talks were useful,” one of them told reporters after the meeting, which lasted three hours.',
      'Joint exercises next spring',
    ]);
    expect(article?.text).not.toMatch(/Privacy|Sport/);
  });

  it('gives null for a page with no text', () => {
    expect(htmlToArticle('<html><body><div></div><div></div><div></div></body></html>')).toBeNull();
  });
});
