CREATE INDEX "documents_search_idx" ON "documents" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || "text"));--> statement-breakpoint
CREATE INDEX "evidence_search_idx" ON "evidence" USING gin (to_tsvector('english', "exact"));--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin (to_tsvector('english', coalesce("quote", '') || ' ' || "content"));