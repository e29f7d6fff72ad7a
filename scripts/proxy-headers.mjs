/** Request headers a test proxy drops: hop-by-hop and length headers, which its connection sets. */
export const DROPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
]);

/** Answer headers a test proxy drops: the same, and the encoding of a body fetch has decoded. */
export const DROPPED_ANSWER_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'transfer-encoding',
]);
