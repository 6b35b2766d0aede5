// Markdown of an update to HTML that is safe to put on a page: raw HTML is shown as text, links
// keep only http(s) and mailto targets, and images are not loaded (no third-party request).
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable(['image']);
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

// Links out of the page open as plain links and tell nothing of where the reader came from.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** A short plain-text excerpt of the body, for feeds and page descriptions. */
export function excerpt(source: string, length = 240): string {
  const text = source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
