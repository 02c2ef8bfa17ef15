/** What a standalone page is made of. */
export interface DocumentPageParts {
  title: string;
  /** The page's language (`en` or `cy`). */
  lang: string;
  /** Every style the body uses, as one style sheet. */
  css: string;
  /** The rendered markup of the body. */
  body: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The base64 SHA-256 of a text, as a Content-Security-Policy hash source wants it (Web Crypto). */
async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A whole HTML page around rendered markup, safe to open anywhere: its own Content-Security-Policy
 * allows only its one style element (by hash), so no script, no request and no other style can run,
 * whatever the markup holds.
 */
export async function documentPage({ title, lang, css, body }: DocumentPageParts): Promise<string> {
  // The rules come from the kit's styles, never from answers; escaping `</style` anyway means no text
  // can end the element early.
  const sheet = css.replace(/<\/style/gi, '<\\/style');
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${await sha256Base64(sheet)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return (
    `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${policy}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${sheet}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}
