import { renderMarkdown } from './markdown';

describe('comment Markdown', () => {
  it('renders the basics: emphasis, lists, quotes, code and links', () => {
    expect(renderMarkdown('Some **strong** and *emphasis*')).toBe('<p>Some <strong>strong</strong> and <em>emphasis</em></p>');
    expect(renderMarkdown('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(renderMarkdown('> quoted')).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>');
    expect(renderMarkdown('`x < y`')).toBe('<p><code>x &lt; y</code></p>');
  });

  it('keeps http, https and mailto links, marked nofollow noopener', () => {
    expect(renderMarkdown('[NICE](https://www.nice.org.uk/guidance/ng28)')).toBe(
      '<p><a href="https://www.nice.org.uk/guidance/ng28" rel="nofollow noopener">NICE</a></p>',
    );
    expect(renderMarkdown('<mailto:team@example.nhs.uk>')).toContain('href="mailto:team@example.nhs.uk"');
  });

  it('never lets raw HTML, scripts or javascript: links through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript|href="data/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops tags outside the short list but keeps their text, and links without a scheme', () => {
    const html = renderMarkdown('# Heading\n\n![alt](https://example.com/x.png) [elsewhere](//example.com)');
    expect(html).toContain('Heading');
    expect(html).not.toMatch(/<h1|<img|href/);
  });
});
