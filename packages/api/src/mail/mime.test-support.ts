/** Each leaf part of a MIME message, by its Content-Type, with its base64 body decoded. */
export function decodedParts(raw: string): Map<string, string> {
  const parts = new Map<string, string>();
  const header = 'Content-Type: ([^\\r\\n]+)\\r\\nContent-Transfer-Encoding: base64\\r\\n';
  const pattern = new RegExp(
    `${header}(?:[^\\r\\n]+\\r\\n)*\\r\\n([A-Za-z0-9+/=\\r\\n]+?)\\r\\n--`,
    'g',
  );
  for (const match of raw.matchAll(pattern)) {
    const binary = atob(match[2]!.replace(/\r\n/g, ''));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    parts.set(match[1]!, new TextDecoder().decode(bytes));
  }
  return parts;
}
