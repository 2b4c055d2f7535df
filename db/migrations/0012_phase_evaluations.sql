CREATE TABLE `phase_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`phase_id` text NOT NULL,
	`template_version_id` integer NOT NULL,
	`answered_on` text NOT NULL,
	`source` text NOT NULL,
	`scores` text NOT NULL,
	`good` text DEFAULT '' NOT NULL,
	`improve` text DEFAULT '' NOT NULL,
	`entered_by` integer,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_version_id`) REFERENCES `template_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `phase_evaluations_phase` ON `phase_evaluations` (`hire_id`,`phase_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `phase_evaluations_global_id` ON `phase_evaluations` (`global_id`);--> statement-breakpoint
CREATE TRIGGER `phase_evaluations_global_id_on_insert` AFTER INSERT ON `phase_evaluations` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `phase_evaluations` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
