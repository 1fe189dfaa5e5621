CREATE INDEX "actors_key_prefix_idx" ON "actors" ("key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "meetings_within_idx" ON "meetings" ("within_id");