ALTER TABLE `hires` ADD `global_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `hires_global_id` ON `hires` (`global_id`);--> statement-breakpoint
ALTER TABLE `introducer_hours` ADD `global_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `introducer_hours_global_id` ON `introducer_hours` (`global_id`);--> statement-breakpoint
ALTER TABLE `people` ADD `global_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `people_global_id` ON `people` (`global_id`);--> statement-breakpoint
ALTER TABLE `plan_items` ADD `global_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `plan_items_global_id` ON `plan_items` (`global_id`);--> statement-breakpoint
UPDATE `hires` SET `global_id` = lower(hex(randomblob(16)));--> statement-breakpoint
UPDATE `introducer_hours` SET `global_id` = lower(hex(randomblob(16)));--> statement-breakpoint
UPDATE `people` SET `global_id` = lower(hex(randomblob(16)));--> statement-breakpoint
UPDATE `plan_items` SET `global_id` = lower(hex(randomblob(16)));--> statement-breakpoint
CREATE TRIGGER `hires_global_id_on_insert` AFTER INSERT ON `hires` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `hires` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `introducer_hours_global_id_on_insert` AFTER INSERT ON `introducer_hours` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `introducer_hours` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `people_global_id_on_insert` AFTER INSERT ON `people` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `people` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `plan_items_global_id_on_insert` AFTER INSERT ON `plan_items` WHEN NEW.`global_id` IS NULL BEGIN
  UPDATE `plan_items` SET `global_id` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id`;
END;
