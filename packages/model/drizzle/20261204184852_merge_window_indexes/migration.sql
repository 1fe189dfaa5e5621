DROP INDEX "statements_speaker_idx";--> statement-breakpoint
CREATE INDEX "meetings_reported_on_idx" ON "meetings" ("reported_on");--> statement-breakpoint
CREATE INDEX "statements_speaker_reported_idx" ON "statements" ("speaker_id","reported_on");