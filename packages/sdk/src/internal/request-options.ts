/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call, retries included; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}
