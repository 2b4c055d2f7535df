CREATE TABLE `check_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`checkpoint_id` text NOT NULL,
	`held_on` text NOT NULL,
	`workload` integer NOT NULL,
	`support` integer NOT NULL,
	`works` text DEFAULT '' NOT NULL,
	`change` text DEFAULT '' NOT NULL,
	`actions` text NOT NULL,
	`held_by` integer,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`held_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `check_ins_checkpoint` ON `check_ins` (`hire_id`,`checkpoint_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `check_ins_global_id` ON `check_ins` (`global_id`);--> statement-breakpoint
CREATE TRIGGER `check_ins_global_id_on_insert` AFTER INSERT ON `check_ins` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `check_ins` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
