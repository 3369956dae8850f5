/**
 * Decoding a saved web page's bytes. A page says its character set in a byte
 * order mark or a `<meta charset>` (or the older `http-equiv` form); Russian
 * outlets still publish `windows-1251` and `koi8-r`. Node's `TextDecoder`
 * (full ICU) knows every label the WHATWG Encoding standard lists.
 */

/** The outcome of decoding: the text, or why it cannot be read (with the line where known). */
export type Decoded = { text: string; encoding: string; warnings: string[] } | { error: string; line?: number };

/** How far into the page the `<meta charset>` is looked for (the HTML standard says 1024 bytes; saved pages often put more before it). */
const PRESCAN_BYTES = 8192;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/** The encoding a byte order mark at the start names, with the mark's length, or null. */
export function encodingOfBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [mark, encoding] of BOMS) if (mark.every((byte, i) => bytes[i] === byte)) return { encoding, length: mark.length };
  return null;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The charset label a page declares in a `<meta>` near its start, as written, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one character, so the ASCII markup reads the same in any ASCII-compatible encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString("latin1");
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/** The WHATWG name for a label (`cp1251` → `windows-1251`), or null when no decoder knows it. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Whether every byte is ASCII, so that any ASCII-compatible charset reads it the same. */
function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a page: a byte order mark wins, then the declared charset, then
 * UTF-8. A declaration the bytes contradict (a page saved as UTF-8 that still
 * says `windows-1251`) is reported and the bytes are read as what they are.
 */
export function decodePage(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  const label = declaredCharset(bytes);
  let declared = label === null ? null : canonicalEncoding(label);
  if (label !== null && declared === null) warnings.push(`the page declares the unknown charset "${label}"; read as UTF-8`);
  // The HTML standard: a <meta> cannot declare UTF-16 (it could not have been read to find it); it means UTF-8.
  if (declared?.startsWith("utf-16")) declared = "utf-8";

  const bom = encodingOfBom(bytes);
  if (bom) {
    if (declared && declared !== bom.encoding)
      warnings.push(
        `the page declares ${declared} but starts with a ${bom.encoding.toUpperCase()} byte order mark, which wins; read as ${bom.encoding}`,
      );
    try {
      return { text: new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: false }).decode(bytes), encoding: bom.encoding, warnings };
    } catch {
      return { error: `the page starts with a ${bom.encoding.toUpperCase()} byte order mark but is not valid ${bom.encoding}` };
    }
  }
  if (declared === null || declared === "utf-8") {
    const text = strictUtf8(bytes);
    if (text !== null) return { text, encoding: "utf-8", warnings };
    const line = lineOfBadByte(bytes);
    return declared
      ? { error: `the page declares UTF-8 but is not valid UTF-8 (first bad byte on line ${line})`, line }
      : {
          error: `the page declares no charset and is not valid UTF-8 (first bad byte on line ${line}); add <meta charset="…"> naming its encoding`,
          line,
        };
  }
  // Russian text in a single-byte charset is not valid UTF-8 beyond a few letters (a capital or lower-case letter is
  // a UTF-8 lead byte, and the next letter is no continuation byte): valid UTF-8 was saved as UTF-8, whatever the
  // page says. A page whose only non-ASCII bytes are a letter or two could be misread; the warning says so.
  if (!isAscii(bytes)) {
    const asUtf8 = strictUtf8(bytes);
    if (asUtf8 !== null) {
      warnings.push(`the page declares ${declared} but its bytes are UTF-8; read as UTF-8`);
      return { text: asUtf8, encoding: "utf-8", warnings };
    }
  }
  return { text: new TextDecoder(declared).decode(bytes), encoding: declared, warnings };
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
export function lineOfBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
