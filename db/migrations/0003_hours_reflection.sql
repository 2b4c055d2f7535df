CREATE TABLE `introducer_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`date` text NOT NULL,
	`minutes` integer NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`person_id` integer,
	`logged_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`logged_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reflection_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`uid` text NOT NULL,
	`date` text NOT NULL,
	`time` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`status` text NOT NULL,
	`cancel_reason` text,
	`attendees` text DEFAULT '' NOT NULL,
	`theme` text DEFAULT '' NOT NULL,
	`extra` integer DEFAULT false NOT NULL,
	`edited` integer DEFAULT false NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reflection_sessions_uid_unique` ON `reflection_sessions` (`uid`);--> statement-breakpoint
ALTER TABLE `hires` ADD `introducer_weekday` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `hires` ADD `introducer_time` text DEFAULT '09:00' NOT NULL;