/**
 * JSON with `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes. It
 * parses to the same value, but stays inert if a browser sniffs it as HTML or
 * a page embeds it in a `<script>` element.
 */
export function inertJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
