CREATE TABLE `sign_in_network_throttles` (
	`network_hash` text PRIMARY KEY NOT NULL,
	`failed_attempts` integer NOT NULL,
	`window_start` integer NOT NULL
);
