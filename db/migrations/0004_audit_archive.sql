CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`person_id` integer,
	`entity` text NOT NULL,
	`entity_id` integer,
	`hire_id` integer,
	`action` text NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_hire` ON `audit_log` (`hire_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
ALTER TABLE `hires` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `hires` ADD `archived_by` integer REFERENCES people(id);--> statement-breakpoint
CREATE INDEX `introducer_hours_hire` ON `introducer_hours` (`hire_id`,`date`);--> statement-breakpoint
CREATE INDEX `plan_items_hire` ON `plan_items` (`hire_id`,`position`);--> statement-breakpoint
CREATE INDEX `reflection_sessions_hire` ON `reflection_sessions` (`hire_id`,`date`);--> statement-breakpoint
-- The old change log moves into the audit trail; free text (reasons, purposes, themes, names) is
-- left behind, so the trail names events, never contents.
INSERT INTO `audit_log` (`id`, `at`, `person_id`, `entity`, `entity_id`, `hire_id`, `action`, `detail`)
SELECT
	`id`,
	`at`,
	`person_id`,
	CASE
		WHEN `plan_item_id` IS NOT NULL THEN 'plan-item'
		WHEN `action` LIKE 'hours.%' THEN 'hours'
		WHEN `action` LIKE 'reflection.%' THEN 'reflection'
		ELSE 'hire'
	END,
	CASE
		WHEN `plan_item_id` IS NOT NULL THEN `plan_item_id`
		WHEN `action` LIKE 'hours.%' THEN coalesce(json_extract(`detail`, '$.entryId'), json_extract(`detail`, '$.id'))
		WHEN `action` LIKE 'reflection.%' THEN json_extract(`detail`, '$.sessionId')
		ELSE `hire_id`
	END,
	`hire_id`,
	`action`,
	CASE
		WHEN `action` = 'hire.updated' THEN json_object('fields', (SELECT json_group_array(`key`) FROM json_each(`change_log`.`detail`)))
		ELSE json_remove(`detail`, '$.reason', '$.name', '$.title', '$.team', '$.purpose', '$.theme', '$.attendees', '$.cancelReason', '$.note', '$.instructions')
	END
FROM `change_log`;
