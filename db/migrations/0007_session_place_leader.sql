ALTER TABLE `reflection_sessions` ADD `place` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `reflection_sessions` ADD `leader_id` integer REFERENCES people(id);