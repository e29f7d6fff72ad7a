import { BookafyConsoleAgenda } from './components/agenda.js';
import { BookafyConsoleBookingDetails } from './components/bookings/booking-details.js';
import { BookafyConsoleBookingReschedule } from './components/bookings/booking-reschedule.js';
import { BookafyConsoleWeek } from './components/bookings/week-page.js';
import { BookafyConsole } from './components/console-app.js';
import { BookafyConsoleEmbed } from './components/embed/embed-page.js';
import { BookafyConsoleEmbedChoices } from './components/embed/embed-choices.js';
import { BookafyConsoleSnippetBox } from './components/embed/snippet-box.js';
import { BookafyConsoleEmbedPreview } from './components/embed/embed-preview.js';
import { BookafyConsoleAllowedOrigins } from './components/embed/allowed-origins.js';
import { BookafyConsoleWebhookEndpoints } from './components/embed/webhook-endpoints.js';
import { BookafyConsoleWebhookForm } from './components/embed/webhook-form.js';
import { BookafyConsoleWebhookDeliveries } from './components/embed/webhook-deliveries.js';
import { BookafyConsoleApiKeys } from './components/embed/api-keys.js';
import { BookafyConsoleSecretReveal } from './components/embed/secret-reveal.js';
import { BookafyConsoleConfirmDialog } from './components/embed/confirm-dialog.js';
import { BookafyConsoleInsight } from './components/insight/insight-page.js';
import { BookafyConsolePasswordReset } from './components/password-reset.js';
import { BookafyConsoleFeeds } from './components/settings/feeds-section.js';
import { BookafyConsoleSettings } from './components/settings/settings-page.js';
import { BookafyConsoleUsers } from './components/settings/users-section.js';
import { BookafyConsoleServiceForm } from './components/services/service-form.js';
import { BookafyConsoleServiceQuestions } from './components/services/service-questions.js';
import { BookafyConsoleServices } from './components/services/services-page.js';
import { BookafyConsoleStaffCalendar } from './components/staff/staff-calendar.js';
import { BookafyConsoleStaffDay } from './components/staff/staff-day.js';
import { BookafyConsoleStaffForm } from './components/staff/staff-form.js';
import { BookafyConsoleStaff } from './components/staff/staff-page.js';
import { BookafyConsoleStaffSchedule } from './components/staff/staff-schedule.js';
import { BookafyConsoleStaffTimeOff } from './components/staff/staff-time-off.js';
import { BookafyConsoleStaffWeek } from './components/staff/staff-week.js';
import { BookafyConsoleSignIn } from './components/sign-in-form.js';
import { BookafyConsoleSignUp } from './components/sign-up/sign-up-form.js';

const elements = {
  'bookafy-console': BookafyConsole,
  'bookafy-console-sign-in': BookafyConsoleSignIn,
  'bookafy-console-sign-up': BookafyConsoleSignUp,
  'bookafy-console-agenda': BookafyConsoleAgenda,
  'bookafy-console-password-reset': BookafyConsolePasswordReset,
  'bookafy-console-week': BookafyConsoleWeek,
  'bookafy-console-booking-details': BookafyConsoleBookingDetails,
  'bookafy-console-booking-reschedule': BookafyConsoleBookingReschedule,
  'bookafy-console-insight': BookafyConsoleInsight,
  'bookafy-console-settings': BookafyConsoleSettings,
  'bookafy-console-users': BookafyConsoleUsers,
  'bookafy-console-feeds': BookafyConsoleFeeds,
  'bookafy-console-services': BookafyConsoleServices,
  'bookafy-console-service-form': BookafyConsoleServiceForm,
  'bookafy-console-service-questions': BookafyConsoleServiceQuestions,
  'bookafy-console-staff': BookafyConsoleStaff,
  'bookafy-console-staff-form': BookafyConsoleStaffForm,
  'bookafy-console-staff-week': BookafyConsoleStaffWeek,
  'bookafy-console-staff-schedule': BookafyConsoleStaffSchedule,
  'bookafy-console-staff-calendar': BookafyConsoleStaffCalendar,
  'bookafy-console-staff-day': BookafyConsoleStaffDay,
  'bookafy-console-staff-time-off': BookafyConsoleStaffTimeOff,
  'bookafy-console-embed': BookafyConsoleEmbed,
  'bookafy-console-embed-choices': BookafyConsoleEmbedChoices,
  'bookafy-console-snippet-box': BookafyConsoleSnippetBox,
  'bookafy-console-embed-preview': BookafyConsoleEmbedPreview,
  'bookafy-console-allowed-origins': BookafyConsoleAllowedOrigins,
  'bookafy-console-webhook-endpoints': BookafyConsoleWebhookEndpoints,
  'bookafy-console-webhook-form': BookafyConsoleWebhookForm,
  'bookafy-console-webhook-deliveries': BookafyConsoleWebhookDeliveries,
  'bookafy-console-api-keys': BookafyConsoleApiKeys,
  'bookafy-console-secret-reveal': BookafyConsoleSecretReveal,
  'bookafy-console-confirm-dialog': BookafyConsoleConfirmDialog,
} as const;

/** Registers every console element that is not registered yet, so a second load never throws. */
export function defineConsoleElements(): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-console': BookafyConsole;
    'bookafy-console-sign-in': BookafyConsoleSignIn;
    'bookafy-console-sign-up': BookafyConsoleSignUp;
    'bookafy-console-agenda': BookafyConsoleAgenda;
    'bookafy-console-password-reset': BookafyConsolePasswordReset;
    'bookafy-console-week': BookafyConsoleWeek;
    'bookafy-console-booking-details': BookafyConsoleBookingDetails;
    'bookafy-console-booking-reschedule': BookafyConsoleBookingReschedule;
    'bookafy-console-insight': BookafyConsoleInsight;
    'bookafy-console-settings': BookafyConsoleSettings;
    'bookafy-console-users': BookafyConsoleUsers;
    'bookafy-console-feeds': BookafyConsoleFeeds;
    'bookafy-console-services': BookafyConsoleServices;
    'bookafy-console-service-form': BookafyConsoleServiceForm;
    'bookafy-console-service-questions': BookafyConsoleServiceQuestions;
    'bookafy-console-staff': BookafyConsoleStaff;
    'bookafy-console-staff-form': BookafyConsoleStaffForm;
    'bookafy-console-staff-week': BookafyConsoleStaffWeek;
    'bookafy-console-staff-schedule': BookafyConsoleStaffSchedule;
    'bookafy-console-staff-calendar': BookafyConsoleStaffCalendar;
    'bookafy-console-staff-day': BookafyConsoleStaffDay;
    'bookafy-console-staff-time-off': BookafyConsoleStaffTimeOff;
    'bookafy-console-embed': BookafyConsoleEmbed;
    'bookafy-console-embed-choices': BookafyConsoleEmbedChoices;
    'bookafy-console-snippet-box': BookafyConsoleSnippetBox;
    'bookafy-console-embed-preview': BookafyConsoleEmbedPreview;
    'bookafy-console-allowed-origins': BookafyConsoleAllowedOrigins;
    'bookafy-console-webhook-endpoints': BookafyConsoleWebhookEndpoints;
    'bookafy-console-webhook-form': BookafyConsoleWebhookForm;
    'bookafy-console-webhook-deliveries': BookafyConsoleWebhookDeliveries;
    'bookafy-console-api-keys': BookafyConsoleApiKeys;
    'bookafy-console-secret-reveal': BookafyConsoleSecretReveal;
    'bookafy-console-confirm-dialog': BookafyConsoleConfirmDialog;
  }
}
