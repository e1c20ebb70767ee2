/** Escaping for the three contexts the report writes into: HTML text, attributes and inline scripts. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values (always double-quoted) in the HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * JSON inside a `<script>` element: `<`, `>` and `&` as \u escapes so no `</script>` or `<!--` in a
 * name can end the element early; U+2028/U+2029 escaped for older parsers. JSON.parse reads it back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * JavaScript source inside a `<script>` element (the bundled Chart.js): `</script` and `<!--` would end
 * or confuse the element, so the `/` and `!` get a backslash, which means the same inside a JS string.
 */
export function scriptForHtml(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
