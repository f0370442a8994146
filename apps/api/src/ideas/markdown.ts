import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source stays text; links markdown-it would not follow (javascript:, data:) stay text too.
const markdown = new MarkdownIt({ html: false, linkify: true });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Comments are user content: no search-engine credit, and no window.opener for the page linked to.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' }) },
};

/**
 * Comment Markdown to the HTML stored beside it and shown as is. Rendered with raw HTML off,
 * then sanitised to a short list of tags anyway, so that neither a markdown-it quirk nor a
 * future option can let script or styling through.
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}
