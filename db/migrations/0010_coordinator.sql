CREATE TABLE `substitute_introducers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `substitute_introducers_hire` ON `substitute_introducers` (`hire_id`,`from_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `substitute_introducers_global_id` ON `substitute_introducers` (`global_id`);--> statement-breakpoint
ALTER TABLE `hires` ADD `coordinator_id` integer REFERENCES people(id);--> statement-breakpoint
CREATE TRIGGER `substitute_introducers_global_id_on_insert` AFTER INSERT ON `substitute_introducers` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `substitute_introducers` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
