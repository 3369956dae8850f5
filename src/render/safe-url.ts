/** A source link is shown only when it is a well-formed http(s) URL; anything else (javascript:, data:, junk) is dropped. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
