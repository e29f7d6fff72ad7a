/**
 * The client address of the `index`-th test visitor (from 1), in 10.0.0.0/8, as tests send it
 * in `CF-Connecting-IP` so that the API's per-address write limit counts visitors apart.
 *
 * @param {number} index
 * @returns {string}
 */
export function visitorAddress(index) {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}
