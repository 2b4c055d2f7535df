CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`person_id` integer,
	`hire_id` integer,
	`plan_item_id` integer,
	`action` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_item_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `extra_days_off` (
	`date` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hires` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`team` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`manager_id` integer,
	`introducer_id` integer,
	`newly_graduated` integer NOT NULL,
	`template_version_id` integer NOT NULL,
	`finished_at` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`manager_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`introducer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_version_id`) REFERENCES `template_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hire_id` integer NOT NULL,
	`template_item_id` text,
	`phase_id` text NOT NULL,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`category` text NOT NULL,
	`expected_minutes` integer NOT NULL,
	`responsible` text NOT NULL,
	`required` integer NOT NULL,
	`start_date` text NOT NULL,
	`due_date` text NOT NULL,
	`dates_edited` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`not_applicable_reason` text,
	`done_at` text,
	`done_by` integer,
	`followed_up_at` text,
	`followed_up_by` integer,
	`note` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`followed_up_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
