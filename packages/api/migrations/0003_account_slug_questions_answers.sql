ALTER TABLE `accounts` ADD `slug` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `accounts` SET `slug` = lower(replace(`id`, '_', '-')) WHERE `slug` = '';--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_slug_idx` ON `accounts` (`slug`);--> statement-breakpoint
ALTER TABLE `services` ADD `questions` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `time_zone_display` text DEFAULT 'visitor' NOT NULL;--> statement-breakpoint
ALTER TABLE `bookings` ADD `answers` text DEFAULT '{}' NOT NULL;
