import type { Message } from '../db/schema/index.js';

/** What a message tells: a new or confirmed booking, a move, a cancellation, a reminder. */
export type MessageKind = Message['kind'];

/** Who a message is for. */
export type Recipient = Message['recipient'];

/** The parts of a message before it is queued. */
export interface MessageContent {
  subject: string;
  text: string;
  html: string;
  ics: string | null;
}
