ALTER TABLE "actors" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "actors" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null) and "latitude" between -90 and 90 and "longitude" between -180 and 180);