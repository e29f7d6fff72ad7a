import '@bookafy/widget';
import type { BookafyBookedEvent } from '@bookafy/widget';
import { useState } from 'react';

import { apiBase, introCall, publishableKey } from './settings.js';

/** A booking's start as the visitor reads it, in their own zone and language. */
function formatStart(start: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(
    Date.parse(start),
  );
}

/** A page that books the introductory call and keeps the booked time in React state. */
export function App() {
  const [bookedAt, setBookedAt] = useState<string>();

  const handleBooked = (event: BookafyBookedEvent) => {
    setBookedAt(formatStart(event.detail.booking.start));
  };

  return (
    <main>
      <h1>Book an introductory call</h1>
      <bookafy-widget
        publishableKey={publishableKey}
        apiBase={apiBase}
        service={introCall}
        theme="auto"
        onbookafy-booked={handleBooked}
      />
      <p role="status" data-testid="booked">
        {bookedAt ? `Booked: ${bookedAt}` : ''}
      </p>
    </main>
  );
}
