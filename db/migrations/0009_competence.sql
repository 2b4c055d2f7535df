CREATE TABLE `competence_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`level` integer NOT NULL,
	`decided_on` text NOT NULL,
	`decided_by` integer,
	`note` text DEFAULT '' NOT NULL,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competence_levels_hire` ON `competence_levels` (`hire_id`,`decided_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `competence_levels_global_id` ON `competence_levels` (`global_id`);--> statement-breakpoint
CREATE TABLE `competence_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`course` text NOT NULL,
	`year` integer,
	`place` text DEFAULT '' NOT NULL,
	`evidence` integer DEFAULT false NOT NULL,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competence_mappings_hire` ON `competence_mappings` (`hire_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `competence_mappings_global_id` ON `competence_mappings` (`global_id`);--> statement-breakpoint
CREATE TABLE `competence_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`short_goals` text DEFAULT '' NOT NULL,
	`long_goals` text DEFAULT '' NOT NULL,
	`co_handler_id` integer,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`co_handler_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `competence_plans_hire_id_unique` ON `competence_plans` (`hire_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `competence_plans_global_id` ON `competence_plans` (`global_id`);--> statement-breakpoint
CREATE TABLE `competence_trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`name` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`planned` text DEFAULT '' NOT NULL,
	`year` integer NOT NULL,
	`cost_kr` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competence_trainings_year` ON `competence_trainings` (`year`,`hire_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `competence_trainings_global_id` ON `competence_trainings` (`global_id`);--> statement-breakpoint
CREATE TRIGGER `competence_levels_global_id_on_insert` AFTER INSERT ON `competence_levels` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `competence_levels` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `competence_mappings_global_id_on_insert` AFTER INSERT ON `competence_mappings` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `competence_mappings` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `competence_plans_global_id_on_insert` AFTER INSERT ON `competence_plans` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `competence_plans` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `competence_trainings_global_id_on_insert` AFTER INSERT ON `competence_trainings` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `competence_trainings` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;