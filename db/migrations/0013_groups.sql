CREATE TABLE `group_attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`present` integer NOT NULL,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `group_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `group_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_attendance_session_member` ON `group_attendance` (`session_id`,`member_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `group_attendance_global_id` ON `group_attendance` (`global_id`);--> statement-breakpoint
CREATE TABLE `group_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`hire_id` integer,
	`person_id` integer,
	`from_date` text NOT NULL,
	`to_date` text,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hire_id`) REFERENCES `hires`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "group_members_one_kind" CHECK(("group_members"."hire_id" IS NULL) <> ("group_members"."person_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `group_members_group` ON `group_members` (`group_id`);--> statement-breakpoint
CREATE INDEX `group_members_hire` ON `group_members` (`hire_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `group_members_global_id` ON `group_members` (`global_id`);--> statement-breakpoint
CREATE TABLE `group_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`uid` text NOT NULL,
	`date` text NOT NULL,
	`time` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`theme` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`cancel_reason` text,
	`sequence` integer DEFAULT 0 NOT NULL,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_sessions_group` ON `group_sessions` (`group_id`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `group_sessions_uid` ON `group_sessions` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `group_sessions_global_id` ON `group_sessions` (`global_id`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`leader_id` integer,
	`leader_name` text DEFAULT '' NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`weekday` integer NOT NULL,
	`time` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`max_members` integer NOT NULL,
	`meetings_per_year` integer NOT NULL,
	`archived_at` text,
	`global_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`leader_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `groups_global_id` ON `groups` (`global_id`);--> statement-breakpoint
CREATE TRIGGER `groups_global_id_on_insert` AFTER INSERT ON `groups` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `groups` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `group_members_global_id_on_insert` AFTER INSERT ON `group_members` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `group_members` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `group_sessions_global_id_on_insert` AFTER INSERT ON `group_sessions` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `group_sessions` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `group_attendance_global_id_on_insert` AFTER INSERT ON `group_attendance` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `group_attendance` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
