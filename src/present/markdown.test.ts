import { describe, expect, it } from 'vitest';
import { excerpt, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders headings, emphasis and lists', () => {
    expect(renderMarkdown('## Dead\n\n- **70** by 14:00')).toBe(
      '<h2>Dead</h2>\n<ul>\n<li><strong>70</strong> by 14:00</li>\n</ul>\n',
    );
  });

  it('shows raw HTML as text', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps http(s) and mailto links and drops any other scheme', () => {
    expect(renderMarkdown('[a](https://example.org/)')).toContain(
      '<a href="https://example.org/" rel="nofollow noopener noreferrer">a</a>',
    );
    expect(renderMarkdown('[m](mailto:desk@example.org)')).toContain('href="mailto:desk@example.org"');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(renderMarkdown(`[x](${bad})`), bad).not.toContain('<a');
    }
  });

  it('loads no image, not even from the web', () => {
    expect(renderMarkdown('![map](https://tracker.example/pixel.png)')).not.toContain('<img');
  });
});

describe('excerpt', () => {
  it('gives plain text, cut on length', () => {
    expect(excerpt('## Title\n\nSome **bold** [link](https://x.org) text.')).toBe('Title Some bold link text.');
    expect(excerpt('word '.repeat(100), 20)).toHaveLength(20);
  });
});
