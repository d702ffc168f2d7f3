/**
 * Turning a URL from the data into one the page may follow. The schema already refuses other
 * schemes; this resolves relative URLs against the document's own address and checks the
 * result once more, because a base URL can change what a relative URL means.
 */
export function resolveUrl(value: string | undefined, baseUrl?: string): string | undefined {
  if (!value) return undefined;
  try {
    // Called while rendering, which only a browser does (a server sends the tags empty).
    const url = new URL(value, baseUrl ?? document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when a URL leads away from the page's own site, to mark links that open another site. */
export function isExternal(href: string): boolean {
  try {
    return typeof location !== 'undefined' && new URL(href).origin !== location.origin;
  } catch {
    return false;
  }
}
