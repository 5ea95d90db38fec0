/** Saved web pages → article text: readability on linkedom, blocks as paragraphs, furniture dropped. */
import { describe, expect, it } from 'vitest';
import { declaredCharset, isHtml } from '../../src/input/html.js';
import { htmlToText } from '../../src/input/html-article.js';

const page = (body: string, head = '<title>Blast kills three in Kandahar | Example News</title>') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<style>p { color: red }</style><script>var ad = "<p>Buy now</p>";</script></head><body>${body}</body></html>`;

const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav><header><div class="logo">Example News</div></header>';
const FOOTER = '<footer><p>Copyright 2013 Example News. All rights reserved.</p></footer>';
const ARTICLE = `<article>
<h1>Blast kills three in Kandahar</h1>
<p>KANDAHAR, Afghanistan (Jan. 25, 2013) &mdash; Three people were killed and 12&nbsp;injured on Tuesday when a bomb
   exploded near a market, police said.</p>
<p>&ldquo;It was terrible,&rdquo; said Ahmad Shah, a shopkeeper. &#8220;We ran.&#x201D; <script>track()</script></p>
<p>The governor&rsquo;s office said the <b>Taliban</b> had <a href="/x">claimed</a> the attack.<br>Officials later raised the toll.</p>
</article>`;

describe('htmlToText', () => {
  it('keeps the article: headline, paragraphs separated by blank lines, entities decoded, <br> a line break', () => {
    expect(htmlToText(page(NAV + `<main>${ARTICLE}</main>` + FOOTER))).toEqual({
      text: [
        'Blast kills three in Kandahar',
        'KANDAHAR, Afghanistan (Jan. 25, 2013) — Three people were killed and 12 injured on Tuesday when a bomb exploded near a market, police said.',
        '“It was terrible,” said Ahmad Shah, a shopkeeper. “We ran.”',
        'The governor’s office said the Taliban had claimed the attack.\nOfficials later raised the toll.',
      ].join('\n\n'),
      warnings: [],
    });
  });

  it('drops scripts, styles, navigation and footers', () => {
    const { text } = htmlToText(page(NAV + `<main>${ARTICLE}</main>` + FOOTER));
    for (const gone of ['Buy now', 'color', 'track', 'Home', 'World', 'Example News', 'Copyright']) expect(text).not.toContain(gone);
  });

  it('puts the headline first when the body does not start with it, and keeps the byline', () => {
    const body = '<article><p class="byline">By Jane Doe</p><p>LONDON — The mayor of London, Sadiq Khan, opened the new bridge on Monday in front of a crowd of several hundred people who had waited since dawn.</p></article>';
    expect(htmlToText(page(body, '<title>Mayor opens bridge</title>')).text).toBe(
      'Mayor opens bridge\n\nBy Jane Doe\n\nLONDON — The mayor of London, Sadiq Khan, opened the new bridge on Monday in front of a crowd of several hundred people who had waited since dawn.',
    );
  });

  it('keeps <pre> text as it is', () => {
    const body = '<article><p>The statement, in full, was released by the ministry of defence on Friday afternoon to reporters.</p><pre>Line one\n   indented  line\n</pre></article>';
    expect(htmlToText(page(body, '')).text).toBe(
      'The statement, in full, was released by the ministry of defence on Friday afternoon to reporters.\n\nLine one\n   indented  line',
    );
  });

  it('uses the whole body, without page furniture, and warns when there is no article', () => {
    expect(htmlToText('<html><body><nav>Home | World</nav><footer>Copyright</footer></body></html>')).toEqual({
      text: '',
      warnings: ['no main article found in the HTML; the text of the whole page body is used'],
    });
  });

  it.each([
    ['an empty string', '', ''],
    ['a fragment', '<p>Rain in Oslo.</p>', 'Rain in Oslo.'],
    ['unclosed tags', '<html><body><p>Storm in <b>Bergen', 'Storm in Bergen'],
    ['a stray closing tag', '<p>A</p></div></span><p>B</p>', 'A\n\nB'],
  ])('never throws on %s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });
});

describe('isHtml', () => {
  it.each([
    ['a.html', 'plain', true],
    ['dir/A.HTM', 'plain', true],
    ['a.xhtml', '', true],
    ['a.txt', '<!DOCTYPE html><html>', true],
    ['a.txt', '\ufeff  <!doctype HTML>\n<html>', true],
    ['a.txt', '<!-- saved from url=(0014)about:internet -->\n<html lang="en">', true],
    ['-', '<html>', true],
    ['a.txt', 'We wrote <html> in a sentence.', false],
    ['a.txt', '<p>just a paragraph</p>', false],
    ['a.txt', '<!-- unterminated comment <html>', false],
    ['html/a.txt', 'text', false],
    ['a.htmlx', 'text', false],
  ])('%s %j → %s', (path, text, html) => expect(isHtml(path, text)).toBe(html));
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<META CHARSET='ISO-8859-1'>", 'ISO-8859-1'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', 'Shift_JIS'],
    ['<meta name="x" content="y">', undefined],
    ['no html at all', undefined],
  ])('%s → %s', (head, charset) => expect(declaredCharset(Buffer.from(`<html><head>${head}</head>`, 'latin1'))).toBe(charset));

  it('looks only at the first 1024 bytes', () => {
    expect(declaredCharset(Buffer.from(`<html>${' '.repeat(1100)}<meta charset="koi8-r">`))).toBe(undefined);
  });
});
