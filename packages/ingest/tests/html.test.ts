import { describe, expect, it } from 'vitest';
import { HtmlError, htmlNestingDepth, htmlToArticle, MAX_HTML_DEPTH } from '../src/html.js';

const page = `<!doctype html><html><head><title>Ministers meet | Example Wire</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Vienna</h1>
<p>The defence ministers of two neighbouring countries met in Vienna on Tuesday to discuss joint exercises and border security.</p>
<p>“The talks were useful,” one of them told reporters after the meeting, which lasted three hours.</p>
<ul><li>Joint exercises next spring</li></ul></article>
<footer>© Example Wire. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;

describe('HTML pages', () => {
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

describe('nesting depth, measured before any parser runs', () => {
  const nested = (n: number, tag = 'div') => `${`<${tag}>`.repeat(n)}<p>Words.</p>${`</${tag}>`.repeat(n)}`;

  it('counts the depth of the tree the parser builds', () => {
    expect(htmlNestingDepth(nested(3))).toBe(4);
    // void elements close at once; comments and script text hold no elements
    expect(htmlNestingDepth('<div><br><img src="x"><hr/><br></div>')).toBe(2);
    expect(htmlNestingDepth('<div><!-- <div><div> --><script>"<div><div>"</script></div>')).toBe(2);
    // paragraphs and list items close their open sibling
    expect(htmlNestingDepth('<ul><li>one<li>two<li>three</ul><p>four<p>five')).toBe(2);
    // a table nests three elements a level; "<div/>" opens a div in HTML
    expect(htmlNestingDepth('<table><tr><td><table><tr><td>x</table></table>')).toBe(6);
    expect(htmlNestingDepth('<div/><div/><div/>')).toBe(3);
    expect(htmlNestingDepth('Turnout was < 40% and > 30% in the <b>capital</b>')).toBe(1);
  });

  it('reads a page nested to the limit', () => {
    const page = nested(MAX_HTML_DEPTH - 1).replace(
      'Words.',
      'The defence ministers of two neighbouring countries met in Vienna on Tuesday to talk about exercises.',
    );
    expect(htmlToArticle(page)?.text).toMatch(/met in Vienna/);
  });

  it('refuses a page nested beyond the limit with HTML_TOO_DEEP, without parsing it', () => {
    let error: unknown;
    try {
      htmlToArticle(nested(100_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HtmlError);
    expect((error as HtmlError).code).toBe('HTML_TOO_DEEP');
    expect((error as HtmlError).message).toMatch(/more than 256 deep/);
  });

  it('refuses tables and lists nested beyond the limit, counting every element they nest', () => {
    const tables = `${'<table><tr><td>'.repeat(100)}<p>Words.</p>`;
    expect(() => htmlToArticle(tables)).toThrow(/more than 256 deep/);
    const divs = '<div/>'.repeat(1_000);
    expect(() => htmlToArticle(divs)).toThrow(/more than 256 deep/);
  });
});
