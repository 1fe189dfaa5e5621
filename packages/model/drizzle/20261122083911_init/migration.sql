CREATE TABLE "actors" (
	"id" serial PRIMARY KEY,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"org_kind" text,
	"acronym" text,
	"parent_id" integer,
	"founded" integer,
	"place_kind" text,
	"country_id" integer,
	"country_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_kind_check" CHECK ("kind" in ('person', 'organization', 'place'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" serial PRIMARY KEY,
	"content_hash" text NOT NULL,
	"text" text NOT NULL,
	"title" text,
	"url" text,
	"publisher" text,
	"published_at" text,
	"published_on" date,
	"language" text DEFAULT 'en' NOT NULL,
	"warnings" text[] DEFAULT '{}'::text[] NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" serial PRIMARY KEY,
	"document_id" integer NOT NULL,
	"target" text NOT NULL,
	"actor_id" integer,
	"role_id" integer,
	"meeting_id" integer,
	"statement_id" integer,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"exact" text NOT NULL,
	CONSTRAINT "evidence_one_target" CHECK (num_nonnulls("actor_id", "role_id", "meeting_id", "statement_id") = 1),
	CONSTRAINT "evidence_span_check" CHECK ("start" >= 0 and "end" > "start")
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"meeting_id" integer,
	"actor_id" integer,
	CONSTRAINT "meeting_participants_pkey" PRIMARY KEY("meeting_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'held' NOT NULL,
	"date" date,
	"place_id" integer,
	"forum_id" integer,
	"within_id" integer,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"reported_on" date
);
--> statement-breakpoint
CREATE TABLE "organization_members" (
	"organization_id" integer,
	"member_id" integer,
	CONSTRAINT "organization_members_pkey" PRIMARY KEY("organization_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" serial PRIMARY KEY,
	"person_id" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"organization_id" integer,
	"country_id" integer
);
--> statement-breakpoint
CREATE TABLE "statement_mentions" (
	"statement_id" integer,
	"actor_id" integer,
	CONSTRAINT "statement_mentions_pkey" PRIMARY KEY("statement_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" serial PRIMARY KEY,
	"key" text NOT NULL,
	"speaker_id" integer,
	"channel" text,
	"quote" text,
	"content" text NOT NULL,
	"about_id" integer,
	"reported_on" date
);
--> statement-breakpoint
CREATE UNIQUE INDEX "actors_key_key" ON "actors" ("key");--> statement-breakpoint
CREATE INDEX "actors_kind_idx" ON "actors" ("kind","id");--> statement-breakpoint
CREATE INDEX "actors_parent_idx" ON "actors" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_content_hash_key" ON "documents" ("content_hash");--> statement-breakpoint
CREATE INDEX "documents_published_on_idx" ON "documents" ("published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_target_span_key" ON "evidence" ("target","document_id","start","end");--> statement-breakpoint
CREATE INDEX "evidence_actor_idx" ON "evidence" ("actor_id");--> statement-breakpoint
CREATE INDEX "evidence_role_idx" ON "evidence" ("role_id");--> statement-breakpoint
CREATE INDEX "evidence_meeting_idx" ON "evidence" ("meeting_id");--> statement-breakpoint
CREATE INDEX "evidence_statement_idx" ON "evidence" ("statement_id");--> statement-breakpoint
CREATE INDEX "evidence_document_idx" ON "evidence" ("document_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_actor_idx" ON "meeting_participants" ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_key_key" ON "meetings" ("key");--> statement-breakpoint
CREATE INDEX "meetings_date_idx" ON "meetings" ("date");--> statement-breakpoint
CREATE INDEX "meetings_forum_idx" ON "meetings" ("forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roles_person_key_key" ON "roles" ("person_id","key");--> statement-breakpoint
CREATE INDEX "statement_mentions_actor_idx" ON "statement_mentions" ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_key_key" ON "statements" ("key");--> statement-breakpoint
CREATE INDEX "statements_speaker_idx" ON "statements" ("speaker_id");--> statement-breakpoint
CREATE INDEX "statements_about_idx" ON "statements" ("about_id");--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_parent_id_actors_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_country_id_actors_id_fkey" FOREIGN KEY ("country_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_document_id_documents_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_role_id_roles_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_statement_id_statements_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id");--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id");--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_place_id_actors_id_fkey" FOREIGN KEY ("place_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_forum_id_actors_id_fkey" FOREIGN KEY ("forum_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_within_id_meetings_id_fkey" FOREIGN KEY ("within_id") REFERENCES "meetings"("id");--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_organization_id_actors_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_member_id_actors_id_fkey" FOREIGN KEY ("member_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_person_id_actors_id_fkey" FOREIGN KEY ("person_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_organization_id_actors_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_country_id_actors_id_fkey" FOREIGN KEY ("country_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "statement_mentions" ADD CONSTRAINT "statement_mentions_statement_id_statements_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id");--> statement-breakpoint
ALTER TABLE "statement_mentions" ADD CONSTRAINT "statement_mentions_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_actors_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_about_id_meetings_id_fkey" FOREIGN KEY ("about_id") REFERENCES "meetings"("id");