CREATE TABLE `sign_in_throttles` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`failed_attempts` integer NOT NULL,
	`locked_until` integer,
	`last_failed_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `failed_attempts`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `locked_until`;