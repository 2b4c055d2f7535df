CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `template_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`number` integer,
	`content` text NOT NULL,
	`published_at` text,
	`published_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_versions_number` ON `template_versions` (`template_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `template_versions_one_draft` ON `template_versions` (`template_id`) WHERE number IS NULL;--> statement-breakpoint
CREATE TABLE `templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `templates_uid_unique` ON `templates` (`uid`);--> statement-breakpoint
-- Published versions are immutable: plans refer to them, so editing must never reach them.
CREATE TRIGGER `template_versions_published_no_update` BEFORE UPDATE ON `template_versions`
WHEN OLD.`number` IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'published template versions are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `template_versions_published_no_delete` BEFORE DELETE ON `template_versions`
WHEN OLD.`number` IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'published template versions are immutable'); END;
